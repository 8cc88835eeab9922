"""Command line: the reader by default; `analyze`, `import`, `export` and `library` subcommands.

Every failure a user can cause (a missing, empty, binary or undecodable file, a file that
is not a library) ends with one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path
from typing import NoReturn

from desktop.core.decode import DecodeError, os_reason
from desktop.core.paths import shown

EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def _fail(message: str) -> int:
    print(f"dubao: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    commands = {
        "analyze": _analyze,
        "import": _import,
        "export": _export,
        "library": _library,
        "prepare": _prepare,
    }
    if argv and argv[0] in commands:
        return commands[argv[0]](argv[1:])
    return _reader(argv)


def _analyze(argv: list[str]) -> int:
    parser = _Parser(
        prog="dubao analyze", description="Analyse news pages and print what was found."
    )
    parser.add_argument("--json", action="store_true", help="print the Article JSON of every file")
    parser.add_argument("files", nargs="+", metavar="FILE")
    args = parser.parse_args(argv)
    from desktop.core.analysis import Document, analyze_source
    from desktop.core.sources import load_source

    try:  # every file is read before anything is printed: one bad file, no output
        sources = [(path, load_source(path)) for path in args.files]
    except DecodeError as exc:
        return _fail(str(exc))
    try:
        if args.json:
            _print_json(sources)
        else:
            for path, src in sources:
                print(_summary(Document(path, src.encoding, analyze_source(src)).to_json()))
    except DecodeError as exc:  # an article too long to analyse
        return _fail(str(exc))
    return 0


def _print_json(sources: list) -> None:
    """`{"documents": [...]}`, each article printed as it is analysed: the output of a 20 MB page
    is never held whole in memory."""
    from desktop.core.analysis import check_lengths, each_article, pieces_of

    pieces = [pieces_of(src) for _, src in sources]
    for each in pieces:
        check_lengths(each)  # before anything is printed
    out = sys.stdout
    out.write('{\n "documents": [')
    for n, (path, src) in enumerate(sources):
        head = json.dumps({"path": path, "encoding": src.encoding}, ensure_ascii=False)
        out.write(("," if n else "") + "\n  " + head[:-1] + ', "articles": [')
        for k, article in enumerate(each_article(pieces[n])):
            out.write(
                ("," if k else "") + "\n   " + json.dumps(article.to_json(), ensure_ascii=False)
            )
        out.write("\n  ]}")
    out.write("\n ]\n}\n")


def _import(argv: list[str]) -> int:
    parser = _Parser(prog="dubao import", description="Import news pages into the library.")
    parser.add_argument("files", nargs="+", metavar="FILE", help="files, or folders of .txt files")
    parser.add_argument(
        "--library",
        metavar="PATH",
        help="the library file (default: $DUBAO_LIBRARY or the user data folder)",
    )
    parser.add_argument(
        "--progress",
        action="store_true",
        help="print `progress N M` lines and the new article ids (for the reader)",
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="run at a lower priority (the reader's imports, beside the window)",
    )
    args = parser.parse_args(argv)
    if args.background and hasattr(os, "nice"):
        with contextlib.suppress(OSError):  # not allowed here: it only runs at the usual priority
            os.nice(10)
    from desktop.core.sources import expand_paths, load_source
    from desktop.store import Library, LibraryError, default_library_path

    # every input is read and decoded before the library is opened: one bad file among good
    # ones is named, and nothing is imported (the library is as it was)
    try:
        paths = expand_paths(args.files)
        if not paths:
            return _fail("no text files to import")
        sources = [(path, load_source(path)) for path in paths]
    except DecodeError as exc:
        return _fail(str(exc))
    try:
        with Library(args.library or default_library_path()) as lib:
            for path, _ in sources:
                lib.refuse_own_file(path)
            for path, source in sources:
                where = str(Path(path).resolve())
                if args.progress:
                    ids = lib.import_text(
                        where,
                        source.text,
                        source.encoding,
                        pieces=source.pieces,
                        progress=lambda done, total: print(f"progress {done} {total}", flush=True),
                    )
                    print("ids", *ids, flush=True)
                else:
                    ids = lib.import_text(where, source.text, source.encoding, pieces=source.pieces)
                    print(f"{shown(path)}: {len(ids)} articles")
    except LibraryError as exc:
        return _fail(str(exc))
    return 0


def _export(argv: list[str]) -> int:
    from desktop.store.export import FORMATS

    parser = _Parser(prog="dubao export", description="Export highlights, figures or quotations.")
    parser.add_argument(
        "--format", required=True, choices=FORMATS, metavar="F", help=", ".join(FORMATS)
    )
    parser.add_argument(
        "--out", required=True, metavar="PATH", help="the file to write (replaced if it exists)"
    )
    parser.add_argument("--library", metavar="PATH", help="the library file")
    parser.add_argument(
        "--article", type=int, action="append", metavar="ID", help="only these articles"
    )
    args = parser.parse_args(argv)
    from desktop.store import Library, LibraryError, default_library_path
    from desktop.store.export import ExportError, destination

    try:  # a destination that cannot be written is said before the library is opened
        destination(Path(args.out))
    except ExportError as exc:
        return _fail(str(exc))

    path = Path(args.library or default_library_path())
    try:
        os.stat(path)
    except FileNotFoundError:
        return _fail(f"{shown(path)}: no library there; import something first")
    except OSError as exc:
        return _fail(f"{shown(path)}: cannot be read ({os_reason(exc)})")
    try:
        with Library(path) as lib:
            count = lib.export(args.format, args.out, args.article)
    except LibraryError as exc:
        return _fail(str(exc))
    print(f"{shown(args.out)}: {count} records")
    return 0


def _library(argv: list[str]) -> int:
    parser = _Parser(
        prog="dubao library", description="Check, back up or restore the library file."
    )
    parser.add_argument("action", choices=("check", "backup", "restore"))
    parser.add_argument("backup", nargs="?", metavar="BACKUP", help="the backup to restore")
    parser.add_argument("--library", metavar="PATH", help="the library file")
    args = parser.parse_args(argv)
    from desktop.store import Library, LibraryError, default_library_path
    from desktop.store import backup as backups
    from desktop.store.errors import shown

    path = Path(args.library or default_library_path())
    if (args.action == "restore") != bool(args.backup):
        return _fail("restore takes the backup to restore; check and backup take none")
    try:
        if args.action == "restore":
            aside = backups.restore(path, Path(args.backup))
            print(f"restored {shown(args.backup)}; the file it replaced is kept as {shown(aside)}")
            return 0
        if not path.exists():
            return _fail(f"{shown(path)}: no library there")
        with Library(path) as lib:
            if args.action == "backup":
                print(lib.backup())
                backups.prune(path)
                return 0
            problem = lib.damage or lib.check()
    except LibraryError as exc:
        return _fail(str(exc))
    if problem:
        return _fail(f"{shown(path)}: damaged ({problem})")
    print("ok")
    return 0


def _prepare(argv: list[str]) -> int:
    """The reader's imports: read and analyse one file into the rows the library will hold, and
    write them to --out. This process never opens the library (see desktop/store/documents.py)."""
    parser = _Parser(prog="dubao prepare")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--out", required=True, metavar="PATH")
    parser.add_argument("--corrections", metavar="PATH", help="the reader's readings, as JSON")
    parser.add_argument("--unless-digest", metavar="SHA256", help="do nothing if the text is this")
    parser.add_argument("--background", action="store_true", help="run at a lower priority")
    args = parser.parse_args(argv)
    if args.background and hasattr(os, "nice"):
        with contextlib.suppress(OSError):  # not allowed here: it runs at the usual priority
            os.nice(10)
    from desktop.core.sources import load_source
    from desktop.store.documents import prepare_source, text_digest
    from desktop.store.errors import LibraryError

    try:
        corrections = (
            json.loads(Path(args.corrections).read_text(encoding="utf-8"))
            if args.corrections
            else {}
        )
        source = load_source(args.file)
        if args.unless_digest and text_digest(source.text) == args.unless_digest:
            print("unchanged", flush=True)
            return 0
        prepared = prepare_source(
            str(Path(args.file).resolve()),
            source,
            corrections,
            lambda done, total: print(f"progress {done} {total}", flush=True),
        )
        with open(args.out, "w", encoding="utf-8") as out:
            prepared.write(out)
    except (DecodeError, LibraryError, OSError) as exc:
        return _fail(str(exc))
    print(f"prepared {prepared.count}", flush=True)
    return 0


def _summary(doc: dict) -> str:
    lines = [f"{shown(doc['path'])} ({doc['encoding']}): {len(doc['articles'])} articles"]
    for n, a in enumerate(doc["articles"], 1):
        title = a["title"] or (
            f"(continued from {a['continued_from']})" if a["continued_from"] else "(untitled)"
        )
        lines.append(f"{n:>3}. {title}")
        who = "、".join(a["byline"]) or "-"
        lines.append(
            f"     {a['source'] or '-'} · {who} · {len(a['text'])} characters, "
            f"{len(a['sections'])} sections, {len(a['figures'])} figures, "
            f"{sum(s['kind'] == 'person' for s in a['speakers'])} people quoted, "
            f"{len(a['statements'])} statements"
        )
    return "\n".join(lines)


def _reader(argv: list[str]) -> int:
    parser = _Parser(prog="dubao", description="读报 Dubao: read Chinese news with pinyin.")
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="news pages (text files or folders) to open"
    )
    parser.add_argument("--library", metavar="PATH", help="the library file")
    parser.add_argument("--screenshot", metavar="OUT.png", help="draw the window to a PNG and exit")
    parser.add_argument("--pinyin", choices=("hover", "above", "off"), help="pinyin mode")
    parser.add_argument("--theme", choices=("system", "light", "dark"), help="colour theme")
    parser.add_argument(
        "--hover", metavar="WORD", help=argparse.SUPPRESS
    )  # screenshots of the popup
    args = parser.parse_args(argv)
    for f in args.files:
        if not os.path.lexists(f):  # never raises, unlike Path.exists on a folder we cannot enter
            return _fail(f"{shown(f)}: no such file")
    from desktop.gui import startup_measures

    startup_measures.before_qt()
    from desktop.gui.app import run

    return run(
        args.files,
        library_path=args.library,
        pinyin=args.pinyin,
        theme=args.theme,
        screenshot=args.screenshot,
        hover=args.hover,
    )


def run() -> None:
    """Entry point of `python -m desktop` and the `dubao` script."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:  # `dubao analyze … | head` closed the pipe: not an error
        sys.stderr.close()
        code = 0
    raise SystemExit(code)


if __name__ == "__main__":
    run()
