"""Text widths: CJK words as the sum of their characters, remembered between runs, checked."""

import marshal
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QFontMetricsF

from desktop.core import cache
from desktop.gui.reader import metrics
from desktop.gui.theme import hanzi_font, pinyin_font

CJK_CLASS = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]*")


@pytest.fixture
def fresh(tmp_path, monkeypatch, qapp):
    """A new run: nothing in memory, an empty cache folder."""
    monkeypatch.setenv("DUBAO_CACHE", str(tmp_path))
    monkeypatch.setattr(metrics, "_in_use", {})
    monkeypatch.setattr(metrics, "_remembered", None)
    return tmp_path


def _new_run(monkeypatch):
    monkeypatch.setattr(metrics, "_in_use", {})
    monkeypatch.setattr(metrics, "_remembered", None)


def test_a_cjk_word_is_as_wide_as_its_characters(fresh, sample_articles):
    font = hanzi_font(18)
    shaped = QFontMetricsF(font)
    m = metrics.metrics_for(font)
    article = sample_articles[0]
    words = {article.text[t["start"] : t["end"]] for t in article.to_json()["tokens"]}
    cjk = [w for w in words if len(w) > 1 and metrics.cjk_only(w)]
    assert len(cjk) > 100
    for word in cjk:
        assert m.width(word) == pytest.approx(shaped.horizontalAdvance(word), abs=0.01)
    assert m.width("2.63万亿元") == shaped.horizontalAdvance(
        "2.63万亿元"
    )  # others are shaped whole
    assert (
        metrics.cjk_only("跨境电商，。")
        and not metrics.cjk_only("2.63万")
        and not metrics.cjk_only("“电商”")
    )


def test_widths_are_remembered_for_the_next_run(fresh, monkeypatch):
    font = pinyin_font(18)
    metrics.metrics_for(font).width("kuàjìng diànshāng")
    metrics.remember()
    assert list(fresh.iterdir())
    _new_run(monkeypatch)
    m = metrics.metrics_for(font)
    assert "kuàjìng diànshāng" in m.cache and not m.learned
    assert m.cache["kuàjìng diànshāng"] == QFontMetricsF(font).horizontalAdvance(
        "kuàjìng diànshāng"
    )


def test_widths_from_a_font_that_measures_differently_now_are_dropped(fresh, monkeypatch):
    font = pinyin_font(18)
    metrics.metrics_for(font).width("zhōng")
    metrics.remember()
    kept = cache.load("text-widths", metrics.cache_key())
    widths = marshal.loads(kept[font.key()])
    widths["zhōng"] += 1.5  # as if the font file had changed since
    kept[font.key()] = marshal.dumps(widths)
    cache.store("text-widths", metrics.cache_key(), kept)
    _new_run(monkeypatch)
    assert "zhōng" not in metrics.metrics_for(font).cache


def test_a_broken_cache_file_is_only_a_slower_start(fresh, monkeypatch):
    metrics.metrics_for(pinyin_font(18)).width("zhōng")
    metrics.remember()
    (stored,) = fresh.iterdir()
    stored.write_bytes(marshal.dumps(("dict", [b"not marshal"])))
    _new_run(monkeypatch)
    assert metrics.metrics_for(pinyin_font(18)).width("zhōng") > 0


def test_each_font_is_kept_on_its_own(fresh, monkeypatch):
    """A font whose stored widths cannot be read is measured again; the others keep theirs."""
    hanzi, pinyin = hanzi_font(18), pinyin_font(18)
    metrics.metrics_for(hanzi).width("跨境")
    metrics.metrics_for(pinyin).width("kuàjìng")
    metrics.remember()
    kept = cache.load("text-widths", metrics.cache_key())
    assert set(kept) == {hanzi.key(), pinyin.key()}
    kept[hanzi.key()] = b"not marshal"
    cache.store("text-widths", metrics.cache_key(), kept)
    _new_run(monkeypatch)
    assert "跨境" not in metrics.metrics_for(hanzi).cache
    assert "kuàjìng" in metrics.metrics_for(pinyin).cache


def test_a_second_remember_keeps_what_the_first_stored(fresh, monkeypatch):
    metrics.metrics_for(pinyin_font(18)).width("zhōng")
    metrics.remember()
    metrics.metrics_for(hanzi_font(18)).width("中")
    metrics.remember()  # only the hanzi font learned something since
    _new_run(monkeypatch)
    assert "zhōng" in metrics.metrics_for(pinyin_font(18)).cache
    assert "中" in metrics.metrics_for(hanzi_font(18)).cache


@given(st.text(alphabet=st.characters(min_codepoint=0x2F00, max_codepoint=0xFFFF), max_size=12))
def test_cjk_only_is_the_character_class(text):
    """The ranges test says what the character class says, at every edge of every range."""
    assert metrics.cjk_only(text) == bool(CJK_CLASS.fullmatch(text))
