"""Helpers several test modules share (test modules never import from each other)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from tests.conftest import SAMPLE


def make_epub(
    path: Path, chapters: list[tuple[str, list[str]]], extra: tuple = (), head: str = ""
) -> Path:
    """A small valid EPUB: one XHTML chapter per (title, paragraphs), in the spine's order;
    `head` is put in each chapter's <head> (a script, say, that must never become text)."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container xmlns="urn:oasis:names:'
            'tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" '
            'media-type="application/oebps-package+xml"/></rootfiles></container>',
        )
        items = "".join(
            f'<item id="c{i}" href="text/c{i}.xhtml" media-type="application/xhtml+xml"/>'
            for i in range(len(chapters))
        )
        refs = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
        z.writestr(
            "OEBPS/content.opf",
            f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/'
            f'opf"><manifest>{items}</manifest><spine>{refs}</spine></package>',
        )
        for i, (title, paras) in enumerate(chapters):
            body = "".join(f"<p>{p}</p>" for p in paras)
            z.writestr(
                f"OEBPS/text/c{i}.xhtml",
                f'<html xmlns="http://www.w3.org/1999/xhtml"><head>'
                f"<title>{title}</title>{head}</head><body><h1>{title}</h1>{body}</body></html>",
            )
        for name, data in extra:
            z.writestr(name, data)
    return path


# the JSON lines `prepare_source` wrote for a page, by its file name and bytes (all that
# load_source reads of it): one analysis per worker, wherever the test put its copy of the page
_PREPARED: dict[tuple[str, bytes], str] = {}


def store_page(lib, path: Path = SAMPLE) -> list[int]:
    """`lib.import_file(path)` for a test whose subject is not the import: the same rows stored
    the same way (`store_import` reading the prepared JSON lines back, under this file's path as
    the reader's import queue reads them), the page analysed once per worker rather than once per
    test. Tests of the import itself call `import_file` (tests/store/test_library.py holds the two
    equal)."""
    from dataclasses import replace

    from desktop.core.sources import load_source
    from desktop.store.documents import PreparedImport, prepare_source

    assert not lib.corrections(), "a library's corrections change the analysis: import_file"
    resolved = str(Path(path).resolve())
    key = (Path(path).name, Path(path).read_bytes())
    if key not in _PREPARED:
        out = io.StringIO()
        prepare_source(resolved, load_source(path), {}).write(out)
        _PREPARED[key] = out.getvalue()
    prepared = PreparedImport.read(io.StringIO(_PREPARED[key]))
    return lib.store_import(replace(prepared, path=resolved))


def when_modal(act, kind=None) -> None:
    """Run `act(dialog)` on the next modal dialog (of `kind`, if given) once it is up."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (kind is not None and not isinstance(dialog, kind)):
            QTimer.singleShot(20, poll)
        else:
            act(dialog)

    QTimer.singleShot(0, poll)


# a process that writes highlights, one a line as each is committed (argv: library, article id,
# count, tag), and one that imports a file into a library after saying "ready"
WRITER = """
import sys
from desktop.store import Library
lib = Library(sys.argv[1])
aid = int(sys.argv[2])
for n in range(int(sys.argv[3])):
    hid = lib.add_highlight(aid, n % 50, n % 50 + 3, note=f"{sys.argv[4]}-{n}")
    print(hid, flush=True)
"""

IMPORTER = """
import sys
from desktop.store import Library
lib = Library(sys.argv[1])
print("ready", flush=True)
lib.import_file(sys.argv[2])
"""


def token_center(window, word, occurrence=0):
    view = window.view
    text = window.article["text"]
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(word, at + 1)
    token = window.article["tokens"].index_at(at)
    return token, view.token_rect(token).center()


def scroll_to_token(window, token):
    rect = window.view.token_rect(token)
    window.scroll_area.ensureVisible(rect.center().x(), rect.center().y(), 10, 80)


def grab_view(window):
    """The reading view as drawn now."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # let the scroll area apply the new height
    return window.view.grab().toImage()


def speaker_of(text: str, fragment: str) -> set[str | None]:
    """Who the statements holding the fragment are given to."""
    from desktop.core.speakers import find_speakers

    at = text.index(fragment)
    return {
        s["speaker"]
        for s in find_speakers(text).statements
        if s["start"] <= at and s["end"] >= at + len(fragment)
    }


def people_named(text: str) -> set[str]:
    """The people the text's speakers are (organisations and unnamed sources left out)."""
    from desktop.core.speakers import find_speakers

    return {s["name"] for s in find_speakers(text).speakers if s["kind"] == "person"}


def speaker_kind(text: str, name: str) -> str:
    """What kind of speaker the text's speaker of this name is (person, organization, …)."""
    from desktop.core.speakers import find_speakers

    return next(s["kind"] for s in find_speakers(text).speakers if s["name"] == name)
