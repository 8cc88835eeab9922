"""The analysis pipeline: page text -> articles with words, pinyin, figures and speakers.

`analyze(text)` is the one entry point; `Article.to_json()` / `Article.from_json()` give the
Article JSON of DESIGN.md, which the library caches so that opening an article never
re-analyses it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.core import dates
from desktop.core import figures as figures_mod
from desktop.core import speakers as speakers_mod
from desktop.core.decode import DecodeError
from desktop.core.page import Piece, split_page
from desktop.core.pinyin import Reading, read_many
from desktop.core.segment import cut
from desktop.core.vocabulary import person_spans

if TYPE_CHECKING:
    from desktop.core.sources import Source

JsonObject = dict[str, Any]  # one object of the Article JSON (DESIGN.md): a token, a figure…

# One article's analysis holds ~120 bytes a character (tokens, readings); past this an article is
# refused with a message rather than taking gigabytes (a page of many articles is not limited:
# they are analysed and kept one at a time)
MAX_ARTICLE_CHARS = 2_000_000
# Consecutive articles up to this many characters in all are read by the context model together:
# its loop takes a step a character of a batch's longest sentence however many sentences share the
# batch, so one article's few sentences a batch cost most of the steps (a page of short articles
# analysed 1.4x faster). Their analyses are held together until each is handed on: ~6 MB.
READ_TOGETHER_CHARS = 50_000


@dataclass
class Article:
    title: str | None
    byline: list[str]
    source: str | None
    continued_from: str | None
    continued_to: str | None
    text: str
    sections: list[JsonObject] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    tokens: list[JsonObject] = field(default_factory=list)
    figures: list[JsonObject] = field(default_factory=list)
    speakers: list[JsonObject] = field(default_factory=list)
    statements: list[JsonObject] = field(default_factory=list)
    # optional: where the context model was unsure, the other readings of a character
    pinyin_alternatives: list[JsonObject] = field(default_factory=list)

    def to_json(self) -> JsonObject:
        """The Article JSON (DESIGN.md). Its lists are the article's own, not copies: a deep copy
        (dataclasses.asdict) took a third of an import's time and doubled its tokens in memory."""
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Article:
        names = cls.__dataclass_fields__
        return cls(**{k: data[k] for k in names if k in data})


@dataclass
class Document:
    path: str
    encoding: str
    articles: list[Article]

    def to_json(self) -> JsonObject:
        return {
            "path": self.path,
            "encoding": self.encoding,
            "articles": [a.to_json() for a in self.articles],
        }


def analyze(
    text: str,
    corrections: Mapping[str, Sequence[str]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Article]:
    """Every article of a page, fully analysed. `corrections` are the reader's own readings;
    `progress(done, total)` is called after each article (it may raise to cancel)."""
    return analyze_pieces(split_page(text), corrections, progress)


def analyze_pieces(
    pieces: list[Piece],
    corrections: Mapping[str, Sequence[str]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Article]:
    """Articles a format has already cut (a web page, an EPUB's chapters)."""
    return list(each_article(pieces, corrections, progress))


def each_article(
    pieces: list[Piece],
    corrections: Mapping[str, Sequence[str]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Article]:
    """The articles handed on one at a time, so that a caller that stores or prints each as it
    comes keeps a few articles' analysis in memory (READ_TOGETHER_CHARS), not a 20 MB page's."""
    check_lengths(pieces)
    done = 0
    for group in _read_together(pieces):
        for article in analyze_group(group, corrections):
            done += 1
            if progress:  # before the article is handed on: progress says what is done
                progress(done, len(pieces))
            yield article


def _read_together(pieces: list[Piece]) -> Iterator[list[Piece]]:
    """The pieces in runs of consecutive ones of up to READ_TOGETHER_CHARS in all (a longer one
    alone)."""
    group: list[Piece] = []
    size = 0
    for piece in pieces:
        if group and size + len(piece.text) > READ_TOGETHER_CHARS:
            yield group
            group, size = [], 0
        group.append(piece)
        size += len(piece.text)
    if group:
        yield group


def check_lengths(pieces: list[Piece]) -> None:
    """DecodeError, before any analysis, for an article too long to analyse in memory."""
    for piece in pieces:
        if len(piece.text) > MAX_ARTICLE_CHARS:
            raise DecodeError(
                f"an article of {len(piece.text):,} characters is more than Dubao "
                f"reads at once ({MAX_ARTICLE_CHARS:,}); split the file"
            )


def pieces_of(source: Source) -> list[Piece]:
    """A loaded file's articles before analysis: the format's own cut, else the page's."""
    return source.pieces if source.pieces is not None else split_page(source.text)


def analyze_source(
    source: Source,
    corrections: Mapping[str, Sequence[str]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Article]:
    """A loaded file (sources.Source): its ready-cut articles if the format has them, else its
    page's."""
    return analyze_pieces(pieces_of(source), corrections, progress)


def analyze_piece(piece: Piece, corrections: Mapping[str, Sequence[str]] | None = None) -> Article:
    return analyze_group([piece], corrections)[0]


def analyze_group(
    pieces: Sequence[Piece], corrections: Mapping[str, Sequence[str]] | None = None
) -> list[Article]:
    """Each piece's Article; the context model reads all of them at once."""
    found = [_before_reading(piece) for piece in pieces]
    readings = read_many(
        [
            (piece.text, spans, names, corrections)
            for piece, (_, _, names, spans) in zip(pieces, found)
        ]
    )
    return [
        _article(piece, figs, people, spans, reading)
        for piece, (figs, people, _, spans), reading in zip(pieces, found, readings)
    ]


def _before_reading(
    piece: Piece,
) -> tuple[list[JsonObject], speakers_mod.Speakers, set[tuple[int, int]], list[tuple[int, int]]]:
    """A piece's figures, speakers, the spans of the names among them, and its tokens."""
    figs = figures_mod.find_figures(piece.text, base_date=_published(piece))
    people = speakers_mod.find_speakers(piece.text, byline=piece.byline, title=piece.title)
    name_spans = person_spans(people.speakers)
    spans = _token_spans(piece.text, [(f["start"], f["end"]) for f in figs], name_spans)
    return figs, people, name_spans, spans


def _article(
    piece: Piece,
    figs: list[JsonObject],
    people: speakers_mod.Speakers,
    spans: list[tuple[int, int]],
    reading: Reading,
) -> Article:
    return Article(
        title=piece.title,
        byline=piece.byline,
        source=piece.source,
        continued_from=piece.continued_from,
        continued_to=piece.continued_to,
        text=piece.text,
        sections=piece.sections,
        captions=piece.captions,
        tokens=[{"start": s, "end": e, "pinyin": p} for (s, e), p in zip(spans, reading.syllables)],
        figures=figs,
        speakers=people.speakers,
        statements=people.statements,
        pinyin_alternatives=[
            {"offset": o, "readings": r} for o, r in sorted(reading.alternatives.items())
        ],
    )


def _published(piece: Piece) -> date | None:
    """The article's own date: what the source says (a saved page's), else a date line in it."""
    if piece.date:
        try:
            return date.fromisoformat(piece.date)
        except ValueError:
            pass
    return dates.article_date(piece.text)


def _token_spans(
    text: str, figure_spans: list[tuple[int, int]], name_spans: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """jieba's tokens, with every name and every figure one token of its own: a figure reads
    as one unit (2.63万亿元), and no token can cross its edges."""
    return cut(text, sorted(set(figure_spans) | name_spans))
