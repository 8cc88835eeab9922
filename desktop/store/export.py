"""Highlights, notes, figures and quotations out of the library, for every audience.

Every export is written to a temporary file beside the destination and renamed into place,
so a reader of the old file never sees half a new one and a failed export changes nothing.
The temporary files are named `.dubao-export-*.tmp`; one that a killed export left behind
is removed by the next export to that folder. What the library holds was written by anyone
(a page's title, a file's name, a note pasted from the web), so every format writes it as
text: escaped in Markdown and HTML, never a formula in CSV."""

from __future__ import annotations

import contextlib
import csv
import html
import itertools
import json
import os
import re
import secrets
import sqlite3
import stat
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.decode import os_reason
from desktop.core.paths import shown
from desktop.core.sentences import sentence_around
from desktop.core.tokens import as_tokens

if TYPE_CHECKING:
    from desktop.store.library import Library

Row = dict[str, Any]  # an article, a highlight or a word as the library gives it

FORMATS = (
    "markdown",
    "csv",
    "json",
    "html",
    "anki",
    "figures-csv",
    "statements-csv",
    "vocab-anki",
    "vocab-csv",
)
EXTENSIONS = {
    "markdown": ".md",
    "csv": ".csv",
    "json": ".json",
    "html": ".html",
    "anki": ".apkg",
    "figures-csv": ".csv",
    "statements-csv": ".csv",
    "vocab-anki": ".apkg",
    "vocab-csv": ".csv",
}
TONE_CSS = {1: "#d62828", 2: "#e07b00", 3: "#2a9d2a", 4: "#1d5fd1", 5: "#8a8a8a"}
COLOR_CSS = {
    "yellow": "#ffe066",
    "green": "#8ce99a",
    "blue": "#74c0fc",
    "pink": "#faa2c1",
    "purple": "#d0bfff",
}
# fixed once: Anki recognises our note type and deck across exports by these
ANKI_MODEL_ID = 1_735_114_882
ANKI_DECK_ID = 1_735_114_883
ANKI_VOCAB_MODEL_ID = 1_735_114_884
ANKI_VOCAB_DECK_ID = 1_735_114_885


class ExportError(ValueError):
    """The export cannot be written; the message is one line for a person."""


def export(
    library: Library,
    fmt: str,
    dest: str | os.PathLike[str],
    article_ids: Iterable[int] | None = None,
) -> int:
    """Write `fmt` to dest; returns how many records were written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    target = destination(Path(dest))
    articles = _articles(library, article_ids)
    writer = _WRITERS[fmt]
    return _atomic_write(target, lambda path: writer(library, articles, path))


def destination(dest: Path) -> Path:
    """The file to replace: `dest`, or the file a symbolic link there points to (the link
    stays a link); refused when it is a folder, a device, a pipe or in no folder at all."""
    try:
        target = Path(os.path.realpath(dest)) if dest.is_symlink() else dest
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise ExportError(f"{shown(dest)}: cannot be written ({os_reason(exc)})") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise ExportError(f"{shown(dest)}: is a folder; name a file to write")
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise ExportError(
            f"{shown(dest)}: is not a regular file (a device or a pipe); name a file to write"
        )
    try:
        folder = os.stat(target.parent)
    except OSError:
        folder = None
    if folder is None or not stat.S_ISDIR(folder.st_mode):
        raise ExportError(f"{shown(target.parent)}: no such folder")
    return target


def _articles(library: Library, article_ids: Iterable[int] | None) -> list[Row]:
    listed = library.articles()
    if article_ids is None:
        return listed
    wanted = set(article_ids)
    unknown = wanted - {a["id"] for a in listed}
    if unknown:
        raise ExportError(f"no article {min(unknown)} in the library")
    return [a for a in listed if a["id"] in wanted]


TEMP_PREFIX = ".dubao-export-"
TEMP_SUFFIX = ".tmp"
STALE_AFTER = 60.0  # seconds: an export's temporary file older than this, and unlocked, was left


def _atomic_write(dest: Path, write: Callable[[Path], int]) -> int:
    """Write through a temporary file beside dest, then rename it over dest.

    The temporary file is made like any new file (0666 less the umask, which the system
    applies) or takes the mode of the file it replaces; it is locked while it is written,
    which tells the next export's clean-up that it is not stale."""
    _remove_stale_temporaries(dest.parent)
    try:
        mode = stat.S_IMODE(os.stat(dest).st_mode)
    except OSError:
        mode = None
    tmp: Path | None = None
    try:
        fd, tmp = _create_temporary(dest.parent)
        try:
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            count = write(tmp)
        finally:
            os.close(fd)  # before the rename, which Windows refuses for an open file
        os.replace(tmp, dest)
        tmp = None
    except OSError as exc:
        raise ExportError(f"{shown(dest)}: cannot be written ({os_reason(exc)})") from None
    finally:
        if tmp is not None:
            _unlink_quietly(tmp)
    return count


def _create_temporary(folder: Path) -> tuple[int, Path]:
    for _ in range(100):
        path = folder / f"{TEMP_PREFIX}{secrets.token_hex(6)}{TEMP_SUFFIX}"
        try:
            fd = os.open(
                path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666
            )
        except FileExistsError:
            continue
        _lock(fd)
        return fd, path
    raise FileExistsError(f"no free temporary name in {folder}")


def _lock(fd: int) -> bool:
    """Take the file's flock (tied to this open file, not dropped when another descriptor of
    the file is closed, unlike POSIX record locks); False when another holds it."""
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be removed there anyway
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _remove_stale_temporaries(folder: Path) -> None:
    """Remove our temporary files that a killed export left in this folder: ours by name and
    owner, old, and locked by no one."""
    try:
        entries = [
            e
            for e in os.scandir(folder)
            if e.name.startswith(TEMP_PREFIX) and e.name.endswith(TEMP_SUFFIX)
        ]
    except OSError:
        return
    now = time.time()
    for entry in entries:
        try:
            st = entry.stat(follow_symlinks=False)
            someone_elses = hasattr(os, "geteuid") and st.st_uid != os.geteuid()
            if not stat.S_ISREG(st.st_mode) or now - st.st_mtime < STALE_AFTER or someone_elses:
                continue
            fd = os.open(
                entry.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
            )
        except OSError:
            continue
        try:
            if _lock(fd):
                with contextlib.suppress(OSError):  # someone else's to clean, or gone already
                    os.unlink(entry.path)
        finally:
            os.close(fd)


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _annotated_articles(
    library: Library, articles: list[Row]
) -> Iterator[tuple[Row, str, list[Row]]]:
    """Each article the reader wrote something in: its note on the whole article ("" for none)
    and its highlights."""
    for a in articles:
        highlights, note = library.highlights(a["id"]), library.article_note(a["id"])
        if note or highlights:
            yield a, note, highlights


def _title(a: Row) -> str:
    title: str = a["title"] or "(continued from another page)"
    return title


# --- highlights --------------------------------------------------------------------------------

# CommonMark's and GitHub's inline syntax: code, emphasis, links and images, raw HTML and entities,
# strikethrough, tables, maths; and what a line may start with: headings, quotes, lists, setext
# underlines, fences (``` and ~~~ are covered above). Leading spaces would make a code block.
_MD_INLINE = re.compile(r"[\\`*_\[\]|~$#]")
_MD_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_MD_BARE_LINK = re.compile(r"(?i)www\.|:(?=//)")
_MD_LINE_START = re.compile(r"^([-+=>])|^(\d+)([.)])")


def md_text(text: str, *, inline: bool = False) -> str:
    """`text` as Markdown that renders as exactly that text (no HTML, link, image, code,
    heading, list or table); lines kept as hard breaks, or joined by spaces when `inline`."""
    text = re.sub(r"[&<>]", lambda m: _MD_ENTITIES[m.group()], text)
    text = _MD_INLINE.sub(lambda m: "\\" + m.group(), text)
    # GitHub links a bare `www.` or `scheme://` before escapes are read (showing them as `\`)
    text = _MD_BARE_LINK.sub(lambda m: m.group()[:-1] + "\\" + m.group()[-1], text)
    lines = [
        _MD_LINE_START.sub(
            lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3),
            line.strip(" \t"),
        )
        for line in text.split("\n")
    ]
    if inline:
        return " ".join(line for line in lines if line)
    # a blank line ends a paragraph as it did; within one, each line ends with a hard break
    return "\n".join(
        line + "\\" if line and following else line
        for line, following in zip(lines, [*lines[1:], ""])
    )


def md_code(text: str) -> str:
    """`text` as a code span: fenced by more backticks than it holds in a row, on one line."""
    text = shown(text)
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _markdown(library: Library, articles: list[Row], path: Path) -> int:
    out, count = ["# Dubao highlights", ""], 0
    for a, note, highlights in _annotated_articles(library, articles):
        out += [f"## {md_text(_title(a), inline=True)}", ""]
        meta = [x for x in (a["source"], "、".join(a["byline"])) if x]
        if meta:
            out.append(f"*{md_text(' · '.join(meta), inline=True)}*  ")
        out += [f"Source: {md_code(Path(a['source_path']).name)}", ""]
        if note:
            out += ["**Note on the article:**", "", md_text(note), ""]
            count += 1
        for h in highlights:
            out += [f"> {line}".rstrip() for line in md_text(h["quote"]).split("\n")]
            out.append("")
            if h["note"]:
                out += [md_text(h["note"]), ""]
            details = [f"colour: {h['color']}"] + (
                [f"tags: {' '.join('#' + t.replace(' ', '_') for t in h['tags'])}"]
                if h["tags"]
                else []
            )
            out += [f"<sub>{md_text(' · '.join(details), inline=True)}</sub>", ""]
            count += 1
    path.write_text("\n".join(out), encoding="utf-8")
    return count


# what a spreadsheet takes for the start of a formula (OWASP's CSV injection list)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def csv_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as it is: text that would start a formula (`=HYPERLINK(…)`,
    `@SUM(…)`, `-1+2`) gets a leading `'`, which spreadsheets read as "this is text";
    numbers, and text that is a plain number (`-3.8`), stay as they are."""
    if (
        isinstance(value, str)
        and value.startswith(_FORMULA_START)
        and not _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


def _csv_rows(path: Path, header: list[str], rows: Iterable[list[Any]]) -> int:
    count = 0
    with open(
        path, "w", encoding="utf-8-sig", newline=""
    ) as f:  # the BOM makes spreadsheets read UTF-8
        w = csv.writer(f)
        w.writerow(header)
        for row in rows:
            w.writerow([csv_cell(cell) for cell in row])
            count += 1
    return count


def _csv(library: Library, articles: list[Row], path: Path) -> int:
    """One row a highlight; a note on a whole article is a row with no quote and no span."""

    def rows() -> Iterator[list[Any]]:
        for a, note, highlights in _annotated_articles(library, articles):
            if note:
                yield [_title(a), "", note, "", "", "", "", ""]
            for h in highlights:
                yield [
                    _title(a),
                    h["quote"],
                    h["note"],
                    ", ".join(h["tags"]),
                    h["color"],
                    h["created"],
                    h["start"],
                    h["end"],
                ]

    return _csv_rows(
        path, ["article", "quote", "note", "tags", "colour", "created", "start", "end"], rows()
    )


def _article_uri(a: Row) -> str:
    """The article's address: its file, and which article of it."""
    return Path(a["source_path"]).resolve().as_uri() + f"#article-{a['position'] + 1}"


def annotation(library_uid: str, a: Row, h: Row) -> dict[str, Any]:
    """One highlight as a W3C Web Annotation."""
    bodies = []
    if h["note"]:
        bodies.append(
            {
                "type": "TextualBody",
                "value": h["note"],
                "format": "text/plain",
                "purpose": "commenting",
            }
        )
    bodies += [{"type": "TextualBody", "value": t, "purpose": "tagging"} for t in h["tags"]]
    item: dict[str, Any] = {
        "id": f"urn:dubao:{library_uid}:highlight:{h['id']}",
        "type": "Annotation",
        "motivation": "commenting" if h["note"] else "highlighting",
        "created": h["created"],
        "modified": h["updated"],
        "target": {
            "source": _article_uri(a),
            "styleClass": h["color"],
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": h["quote"],
                    "prefix": h["prefix"],
                    "suffix": h["suffix"],
                },
                {"type": "TextPositionSelector", "start": h["start"], "end": h["end"]},
            ],
        },
    }
    if bodies:
        item["body"] = bodies
    return item


def article_annotation(library_uid: str, a: Row, note: str) -> dict[str, Any]:
    """A note on a whole article as a W3C Web Annotation: its target is the article itself."""
    return {
        "id": f"urn:dubao:{library_uid}:article-note:{a['id']}",
        "type": "Annotation",
        "motivation": "commenting",
        "body": [
            {"type": "TextualBody", "value": note, "format": "text/plain", "purpose": "commenting"}
        ],
        "target": _article_uri(a),
    }


def _json(library: Library, articles: list[Row], path: Path) -> int:
    uid = library.uid
    items = []
    for a, note, highlights in _annotated_articles(library, articles):
        if note:
            items.append(article_annotation(uid, a, note))
        items += [annotation(uid, a, h) for h in highlights]
    css = " ".join(f".{name} {{ background-color: {color}; }}" for name, color in COLOR_CSS.items())
    collection = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": f"urn:dubao:{uid}:highlights",
        "type": "AnnotationCollection",
        "label": "Dubao highlights",
        "total": len(items),
        "stylesheet": {"type": "CssStylesheet", "value": css},
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    path.write_text(json.dumps(collection, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(items)


HTML_STYLE = """
body { font-family: "Noto Serif CJK SC", "Songti SC", serif; max-width: 46em; margin: 2em auto;
       padding: 0 1em; color: #1f1f1f; background: #fbfaf7; line-height: 1.7; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ddd; }
.meta { color: #6b6b6b; font-size: .9em; }
blockquote { margin: 1em 0 .3em; padding: .4em .8em; border-radius: 4px; }
.note { margin: .2em 0 .2em 1em; white-space: pre-wrap; }
.article-note { margin: .5em 0 1em; padding-left: .6em; border-left: 3px solid #c9c4b8; }
.tags span { display: inline-block; background: #eee; border-radius: 3px; padding: 0 .4em;
             margin-right: .3em; font-size: .85em; }
@media (prefers-color-scheme: dark) { body { background: #1e1f22; color: #e6e6e6; }
                                      blockquote { color: #111; } }
"""


def _html(library: Library, articles: list[Row], path: Path) -> int:
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8">',
        "<title>Dubao highlights</title>",
        f"<style>{HTML_STYLE}</style></head><body>",
        "<h1>Dubao highlights</h1>",
    ]
    count = 0
    for a, note, highlights in _annotated_articles(library, articles):
        meta = " · ".join(
            x for x in (a["source"], "、".join(a["byline"]), Path(a["source_path"]).name) if x
        )
        out.append(f"<h2>{e(_title(a))}</h2><p class='meta'>{e(meta)}</p>")
        if note:
            out.append(f"<div class='note article-note'>{e(note)}</div>")
            count += 1
        for h in highlights:
            color = COLOR_CSS.get(h["color"], "#ffe066")
            out.append(f"<blockquote style='background:{color}'>{e(h['quote'])}</blockquote>")
            if h["note"]:
                out.append(f"<div class='note'>{e(h['note'])}</div>")
            if h["tags"]:
                out.append(
                    "<div class='tags'>"
                    + "".join(f"<span>{e(t)}</span>" for t in h["tags"])
                    + "</div>"
                )
            count += 1
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")
    return count


def _ruby(article: Row, start: int, end: int) -> str:
    """The passage with pinyin over each word, as HTML ruby (Anki shows it)."""
    parts = []
    tokens = as_tokens(article["tokens"])
    for i, (t_start, t_end) in enumerate(tokens.spans()):
        if t_end <= start or t_start >= end:
            continue
        a, b = max(start, t_start), min(end, t_end)
        word = article["text"][a:b]
        syllables = " ".join(s for s in tokens.pinyin(i)[a - t_start : b - t_start] if s)
        parts.append(
            f"<ruby>{html.escape(word)}<rt>{html.escape(syllables)}</rt></ruby>"
            if syllables
            else html.escape(word)
        )
    return "".join(parts).replace("\n", "<br>")


def _anki(library: Library, articles: list[Row], path: Path) -> int:
    import genanki

    model = genanki.Model(
        ANKI_MODEL_ID,
        "Dubao highlight",
        fields=[{"name": "Passage"}, {"name": "Note"}, {"name": "Source"}],
        templates=[
            {
                "name": "Passage",
                "qfmt": "<div class='passage'>{{Passage}}</div>",
                "afmt": "{{FrontSide}}<hr id='answer'><div class='note'>{{Note}}</div>"
                "<div class='source'>{{Source}}</div>",
            }
        ],
        css=".card { font-family: 'Noto Serif CJK SC', serif; font-size: 24px; text-align: left; }"
        " rt { font-size: 0.5em; } .note { font-size: 18px; }"
        " .source { color: #888; font-size: 14px; }",
    )
    deck = genanki.Deck(ANKI_DECK_ID, "Dubao highlights")
    uid = library.uid
    count = 0
    for a, article_note, highlights in _annotated_articles(library, articles):
        source = html.escape(" · ".join(x for x in (_title(a), a["source"]) if x))
        if article_note:  # a card of its own: the article's title, the note on the back
            deck.add_note(
                genanki.Note(
                    model=model,
                    fields=[html.escape(_title(a)), _anki_text(article_note), source],
                    guid=genanki.guid_for("dubao", uid, "article-note", a["id"]),
                )
            )
            count += 1
        if not highlights:
            continue
        article = library.article(a["id"])
        for h in highlights:
            note = genanki.Note(
                model=model,
                fields=[
                    _ruby(article, h["start"], h["end"]),
                    _anki_text(h["note"]),
                    source,
                ],
                tags=[t.replace(" ", "_") for t in h["tags"]],
                guid=genanki.guid_for("dubao", uid, h["id"]),
            )
            deck.add_note(note)
            count += 1
    _write_apkg(genanki.Package(deck), path)
    return count


def _anki_text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _write_apkg(package: Any, path: Path) -> None:
    """What genanki's write_to_file does, without the SQLite copy of every exported note that
    it leaves in the shared temporary folder: the collection is built in memory (a private
    folder, removed at once, where SQLite cannot serialise)."""
    timestamp = time.time()
    ids = itertools.count(int(timestamp * 1000))
    with zipfile.ZipFile(path, "w") as apkg:
        # Python 3.11's, where SQLite has it (the check on the version tells mypy so)
        if sys.version_info >= (3, 11) and hasattr(sqlite3.Connection, "serialize"):
            conn = sqlite3.connect(":memory:")
            try:
                package.write_to_db(conn.cursor(), timestamp, ids)
                conn.commit()
                apkg.writestr("collection.anki2", conn.serialize())
            finally:
                conn.close()
        else:
            with tempfile.TemporaryDirectory(prefix="dubao-anki-") as folder:
                collection = os.path.join(folder, "collection.anki2")
                conn = sqlite3.connect(collection)
                try:
                    package.write_to_db(conn.cursor(), timestamp, ids)
                    conn.commit()
                finally:
                    conn.close()
                apkg.write(collection, "collection.anki2")
        apkg.writestr("media", json.dumps({}))


# --- analysts ------------------------------------------------------------------------------


def _figures_csv(library: Library, articles: list[Row], path: Path) -> int:
    def rows() -> Iterator[list[Any]]:
        for a in articles:
            art = library.article(a["id"])
            for f in art["figures"]:
                yield [
                    _title(a),
                    f["text"],
                    f["kind"],
                    "" if f["value"] is None else f["value"],
                    f["unit"] or "",
                    sentence_around(art["text"], f["start"], f["end"]),
                ]

    return _csv_rows(path, ["article", "text", "kind", "value", "unit", "sentence"], rows())


def _statements_csv(library: Library, articles: list[Row], path: Path) -> int:
    def rows() -> Iterator[list[Any]]:
        for a in articles:
            art = library.article(a["id"])
            roles = {s["name"]: s.get("role") or "" for s in art["speakers"]}
            for st in art["statements"]:
                yield [
                    _title(a),
                    st["speaker"] or "",
                    roles.get(st["speaker"], ""),
                    "direct" if st["direct"] else "reported",
                    art["text"][st["start"] : st["end"]],
                ]

    return _csv_rows(
        path, ["article", "speaker", "role", "direct or reported", "statement"], rows()
    )


# --- learners ------------------------------------------------------------------------------


def _vocabulary(library: Library, articles: list[Row]) -> list[Row]:
    """The learning words met in these articles, each with the first sentence it was met in."""
    wanted = {a["id"]: a for a in articles}
    learning = {w["word"]: w for w in library.words("learning")}
    first: dict[str, tuple[int, int]] = {}
    for word, article_id, offset in library.conn.execute(
        "SELECT word, article_id, first_offset FROM word_occurrences"
        " ORDER BY article_id, first_offset"
    ):
        if word in learning and article_id in wanted and word not in first:
            first[word] = (article_id, offset)
    texts: dict[int, str] = {}
    out = []
    for word, w in learning.items():
        if word not in first:
            continue
        article_id, offset = first[word]
        text = texts.setdefault(article_id, library.article(article_id)["text"])
        sentence = sentence_around(text, offset, offset + len(word))
        out.append({**w, "sentence": sentence, "article": _title(wanted[article_id])})
    return out


def _tone_colored(pinyin: str) -> str:
    from desktop.core.tones import tone_of

    return " ".join(
        f'<span style="color:{TONE_CSS[tone_of(s)]}">{html.escape(s)}</span>'
        for s in pinyin.split()
    )


def _bold_word(sentence: str, word: str) -> str:
    return html.escape(sentence).replace(html.escape(word), f"<b>{html.escape(word)}</b>", 1)


def _vocab_csv(library: Library, articles: list[Row], path: Path) -> int:
    rows = (
        [
            w["word"],
            w["pinyin"],
            w["definition"],
            "" if w["hsk"] is None else w["hsk"],
            w["count"],
            w["sentence"],
            w["article"],
        ]
        for w in _vocabulary(library, articles)
    )
    return _csv_rows(
        path, ["word", "pinyin", "definition", "hsk", "count", "sentence", "article"], rows
    )


def _vocab_anki(library: Library, articles: list[Row], path: Path) -> int:
    import genanki

    model = genanki.Model(
        ANKI_VOCAB_MODEL_ID,
        "Dubao word",
        fields=[
            {"name": "Hanzi"},
            {"name": "Pinyin"},
            {"name": "Definition"},
            {"name": "Sentence"},
            {"name": "Article"},
        ],
        templates=[
            {
                "name": "Recognition",
                "qfmt": "<div class='hanzi'>{{Hanzi}}</div>",
                "afmt": "{{FrontSide}}<hr id='answer'><div class='pinyin'>{{Pinyin}}</div>"
                "<div>{{Definition}}</div><div class='sentence'>{{Sentence}}</div>"
                "<div class='source'>{{Article}}</div>",
            }
        ],
        css=".card { font-family: 'Noto Serif CJK SC', serif; text-align: center; }"
        " .hanzi { font-size: 48px; } .pinyin { font-size: 22px; }"
        " .sentence { font-size: 20px; margin-top: 1em; }"
        " .source { color: #888; font-size: 13px; }",
    )
    deck = genanki.Deck(ANKI_VOCAB_DECK_ID, "Dubao vocabulary")
    uid = library.uid
    words = _vocabulary(library, articles)
    for w in words:
        deck.add_note(
            genanki.Note(
                model=model,
                guid=genanki.guid_for("dubao-word", uid, w["word"]),
                fields=[
                    html.escape(w["word"]),
                    _tone_colored(w["pinyin"]),
                    html.escape(w["definition"]),
                    _bold_word(w["sentence"], w["word"]),
                    html.escape(w["article"]),
                ],
            )
        )
    _write_apkg(genanki.Package(deck), path)
    return len(words)


_WRITERS: dict[str, Callable[[Library, list[Row], Path], int]] = {
    "markdown": _markdown,
    "csv": _csv,
    "json": _json,
    "html": _html,
    "anki": _anki,
    "figures-csv": _figures_csv,
    "statements-csv": _statements_csv,
    "vocab-anki": _vocab_anki,
    "vocab-csv": _vocab_csv,
}
