"""Shared fixtures. Qt runs offscreen; the sample page is analysed once per session."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from hypothesis import settings

# No per-example deadline: speed is measured by `make bench`, never asserted in tests (the first
# example of a run also pays for loading jieba). CI explores the same examples every run, so that a
# red build is about the change, not the dice; a developer's runs keep exploring.
settings.register_profile("dubao", deadline=None)
settings.register_profile("ci", parent=settings.get_profile("dubao"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "dubao")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_8ebea2dcc62a3401.txt"
NEWS_PAGE = ROOT / "tests" / "data" / "news_page.html"  # a saved web page
SECOND_PAGE = ROOT / "tests" / "data" / "second_page.txt"


@pytest.fixture(scope="session")
def sample_articles():
    from desktop.core.analysis import analyze

    return analyze(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def second_articles():
    from desktop.core.analysis import analyze

    return analyze(SECOND_PAGE.read_text(encoding="utf-8"))


def article_with(articles, fragment):
    """The one article whose text contains fragment."""
    found = [a for a in articles if fragment in a.text]
    assert len(found) == 1, f"{fragment!r} is in {len(found)} articles"
    return found[0]


def reading(articles, context, word):
    """The pinyin the analysis gives `word` where it stands inside `context`."""
    article = article_with(articles, context)
    start = article.text.index(context) + context.index(word)
    end = start + len(word)
    syllables = []
    for tok in article.tokens:
        for i in range(tok["start"], tok["end"]):
            if start <= i < end:
                syllables.append(tok["pinyin"][i - tok["start"]])
    return " ".join(syllables)
