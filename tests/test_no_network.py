"""Nothing Dubao does opens a socket: analysis, every import, every export."""

import socket

import pytest

from desktop.core.analysis import analyze
from desktop.store import Library
from desktop.store.export import FORMATS
from tests.conftest import ROOT, SAMPLE


@pytest.fixture
def no_sockets(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a network socket was opened")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_everything_offline(no_sockets, tmp_path):
    from tests.helpers import make_epub as _epub

    analyze(SAMPLE.read_text(encoding="utf-8"))
    book = tmp_path / "b.epub"
    _epub(book, [("章", ["王馨表示，增长了10%。"])])
    with Library(tmp_path / "l.db") as lib:
        ids = lib.import_file(SAMPLE) + lib.import_file(ROOT / "tests" / "data" / "news_page.html")
        ids += lib.import_file(book)
        lib.add_highlight(ids[0], 0, 8, note="<img src='http://example.com/x.png'>", tags=["t"])
        lib.set_word_status("经济", "learning")
        for fmt in FORMATS:
            lib.export(fmt, tmp_path / f"out-{fmt}")
