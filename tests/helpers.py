"""Helpers several test modules share (test modules never import from each other)."""

from __future__ import annotations

import zipfile
from pathlib import Path


def make_epub(path: Path, chapters: list[tuple[str, list[str]]], extra: tuple = ()) -> Path:
    """A small valid EPUB: one XHTML chapter per (title, paragraphs), in the spine's order."""
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
                f"<title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>",
            )
        for name, data in extra:
            z.writestr(name, data)
    return path
