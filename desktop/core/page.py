"""A page of news text -> articles: titles, bylines, sections, captions, continuations.

Text dumps of printed pages put every printed line or paragraph on a line of its own. The
page is read as a list of such blocks, each remembering whether a blank line stood before it;
each block is classified on its own (byline, caption, continuation marker, source line, an
interview's `职务　姓名` line, heading-like, text), then articles are cut at bylines, datelines,
a headline standing alone, and after a source line that closes an article; paragraphs the layout
broke are joined again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from desktop.core import han
from desktop.core.dates import article_date
from desktop.core.lexicon import SURNAMES, is_outlet, name_shaped, speaker_line, to_simplified

HAN = han.CLASS
# Full-width and half-width forms are treated alike by every rule below.
SENTENCE_END = set("。！？!?…；;")
CLOSERS = SENTENCE_END | set('”’"」』）)】]》>：:')
CANNOT_START = set("，,。、；;：:？?！!）)」』】》”’")
_INNER_PUNCT = re.compile(r"[，,。；;]")

_NAME = rf"(?:[{HAN}]{{2,4}}|[{HAN}]{{1,8}}(?:[·•][{HAN}]{{1,8}})+)"
_NAMES = rf"{_NAME}(?:[\s、，,]+(?:(?:记者|通讯员|实习生)\s*)?{_NAME})*"
_REPORTER = r"(?:本报|本刊)?(?:特约|特派|见习|首席)?(?:记者|通讯员|编译)"
# what may follow the names on a byline line: where it was filed from, and the editor
_BYLINE_TAIL = (
    rf"(?:\s+(?:发自|报道|报导|[{HAN}]{{0,8}}(?:报道|报导|发自)[{HAN}]{{0,4}}|[{HAN}]{{0,4}}编辑\s*{_NAME})"
    # Taiwan's papers: `特派记者某某／北京报导`
    rf"|\s*[／/]\s*[{HAN}]{{0,8}}(?:报道|报导|电))*"
)
# what may stand before the outlet: `文|`, `文/`, a platform that reposts (`读创/`)
_CREDIT_LEAD = (
    r"(?:[■●◆▲□]\s*)?"  # a bullet before the credit: `■本报记者 某某`
    r"(?:(?:文|图文|撰文|作者)\s*[|｜/／:：]\s*)?"
    rf"(?:[{HAN}A-Za-z]{{1,8}}\s*[/／|｜]\s*)?"
)
_BYLINE = re.compile(
    rf"^{_CREDIT_LEAD}(?P<src>《?[{HAN}A-Za-z\d·•]{{0,14}}?》?){_REPORTER}\s*(?:[|｜:：]\s*)?"
    rf"(?P<names>{_NAMES})"
    rf"(?P<tail>{_BYLINE_TAIL})$"
)
# `责任编辑：张三`, `编辑 李四`, `（责编：王五）`: page furniture under an article, which ends it
# the name first and then the post: `张三 驻北京记者`, `李四 特派记者`
_BYLINE_AFTER = re.compile(
    rf"^(?P<names>{_NAME}(?:[\s、，,]+{_NAME})*)\s+(?:驻[{HAN}]{{1,8}}|特派|特约|本报|首席)?记者$"
)
# the staff credits under a feature: `领衔记者：某某 文字记者：某某、某某 策划：某某 主编：某某`
_CREDITS_LINE = re.compile(
    rf"^(?:[{HAN}]{{0,4}}(?:记者|编辑|策划|主编|统筹|制作|校对|监制|摄影|设计|审核|责编|视频|海报)"
    rf"\s*[:：]\s*{_NAMES}\s*)+$"
)
# who asks in an interview's transcript, before the colon of the question
_ASKER = re.compile(r"^(?:[^\s：:]{0,8}记者|问|答|主持人|[QqAa])\s*[:：]")
_RULE_LINE = re.compile(r"^[*＊=＝\-－_＿~～]{3,}$")
_EDITOR_LINE = re.compile(
    rf"^[（(【\[]?\s*(?:责任编辑|责编|编辑|校对|审核|监制)\s*[:：|｜]?\s*[【\[]?{_NAMES}[】\]]?\s*[）)】\]]?$"
)
# `作者：张三（ xx@example.com）`, `文/张三` — the author, printed at the head or the foot
# the outlet an author writes for, between the credit and the name (`文/观察者网 某某`)
_OUTLET_WORD = rf"[{HAN}A-Za-z]{{1,10}}(?:网|报|社|台|新闻|周刊|杂志)"
_AUTHOR = re.compile(
    rf"^(?:作者|文|撰文|文字)(?:\s*[:：/／|｜]\s*|\s+)(?:(?P<src>{_OUTLET_WORD})\s+)?"
    rf"(?P<names>{_NAMES})\s*(?:[（(][^（）()]*[）)])?"
    rf"(?:\s+(?:责编|编辑|责任编辑|校对)\s*[:：]?\s*{_NAMES})*$"
)
# a credit in brackets that opens the first paragraph: `【文/观察者网 王慧】`, `（文/张三 李四）`
_CREDIT_OPEN = re.compile(
    # or the paper before its reporters: `【环球时报记者 某某 某某】`, `【某某网报道 记者 某某】`
    rf"^[【（(\[]\s*(?:[{HAN}A-Za-z]{{2,10}}(?:[-－—][{HAN}A-Za-z]{{2,10}})?(?:报道|讯)\s*)?"
    rf"(?:文|撰文|记者|作者|[{HAN}]{{2,8}}?{_REPORTER})\s*[/／|｜:：]?\s*"
    rf"(?:[{HAN}A-Za-z]{{2,12}}\s+)??"
    rf"(?P<names>{_NAMES})\s*[】）)\]]\s*"
)
# a credit that closes a paragraph after its last sentence: `…平稳健康发展。（记者 栗翘楚）`
_CREDIT_CLOSE = re.compile(
    # the outlet may come first, in brackets: `…健康的发展局面。（央视记者 某某）`
    rf"(?<=[。！？!?”])\s*(?:[（(]\s*[{HAN}]{{2,6}}?|[（(]?\s*(?:本报|本刊)?)(?:记者|通讯员)"
    rf"\s*(?P<names>{_NAMES})\s*[）)]?$"
)
# the writers' names alone in brackets after the last sentence: `…顺利闭幕。（张三 李四）`
_NAMES_CLOSE = re.compile(
    rf"(?<=[。！？!?”])\s*[（(]\s*(?P<names>[{HAN}]{{2,4}}(?:[\s、，,]+[{HAN}]{{2,4}}){{0,3}})\s*[）)]$"
)
# `（据新华网）`, `（来源：经济参考报）`, `来源：新华社`: where an article comes from, at its end
_SOURCE_LINE = re.compile(
    rf"^(?:[（(]\s*(?:据|(?:文章|稿件|信息|新闻|本文)?来源[:：]|来自|转自|摘自|原载于?)\s*(?P<src>[{HAN}A-Za-z\d·]{{2,24}}?)"
    # with its author after it: `（本文来源：某某日报作者：某某）`
    rf"\s*(?:报道|消息|电)?\s*(?:(?:作者|记者)\s*[:：]\s*(?P<names>{_NAMES})\s*)?[）)]|(?:来源|稿件来源|文章来源|稿源)\s*[:：|｜]\s*(?P<src2>[{HAN}A-Za-z\d·]{{2,24}})"
    # `文章转载自：某某网 非本站原创`: a reposting site's line, with what it adds
    rf"|(?:文章|本文|稿件)?(?:转载自|转自|摘自)\s*[:：]?\s*(?P<src3>[{HAN}A-Za-z\d·]{{2,24}})(?:\s+\S{{1,8}})?)$"
)
_SOURCE_INLINE = re.compile(
    rf"[（(]\s*(?:据|(?:文章|稿件|信息|新闻)?来源[:：]|转自|摘自)\s*"
    rf"(?P<src>[{HAN}A-Za-z\d·]{{2,24}}?)\s*(?:报道|消息|电)?\s*[）)]$"
)
# an agency's credit with no names, on a line of its own over the body: `新华社记者`
_CREDIT_ALONE = re.compile(rf"^(?P<src>[{HAN}]{{2,8}}?(?:社|网|台|报))(?:特约|特派|首席)?记者$")
# a desk's team credited on a story, on a line of its own: `证券时报两会报道组`, `本报调研组`
_TEAM_CREDIT = re.compile(
    rf"^(?P<src>[{HAN}]{{2,8}}?(?:社|网|台|报))[{HAN}]{{0,6}}?(?:报道组|采访组|调研组|报道团|采访团)$"
)
_AGENCY_LEAD = re.compile(rf"^[（(]?据(?P<src>[{HAN}A-Za-z\d]{{2,24}}?)(?:电|报道|消息)[）)]?$")
# `新华社上海6月2日电（记者 李明）`, `本报北京3月1日讯 `, `本报讯（记者 张三）` heading a paragraph
_DATELINE = re.compile(
    rf"^(?P<head>[{HAN}]{{2,14}}?)(?P<date>\d{{1,2}}月\d{{1,2}}日)?(?:专电|电|讯|(?<=日)(?:报道|消息))"
    # with its date printed, the text may follow at once: `中国经济网北京12月20日讯上交所…`
    # the credit in brackets may name the paper before its reporter: `(中青报·中青网记者某某)`
    # (two names of three may be printed as one: `（记者某红梅顾某球）`)
    rf"(?:\s*[（(]\s*(?:[{HAN}·•]{{0,14}}?{_REPORTER})?\s*(?P<names>{_NAMES}|[{HAN}]{{6}})\s*[）)]\s*"
    # or the reporter between spaces, and where they filed from: `某都讯 记者某某 发自北京 近期…`
    rf"|\s+(?:{_REPORTER}\s*(?P<spaced>{_NAME})\s+(?:发自[{HAN}]{{2,8}}\s+)?)?"
    rf"|(?<=\d日[电讯]))"
)
# the headline a portal prints again in brackets before the first paragraph's dateline
_BRACKETED_HEADLINE = re.compile(r"^[\[【]([^\]】\n]{4,80})[\]】]")
# a wire or Taiwan paper's credit opening the first paragraph: `（中央社记者某某台北7日电）`,
# `〔记者某某、某某／台北报导〕`: the agency, the reporters, where and when they filed
_WIRE_OPEN = re.compile(
    rf"^[（(〔\[]\s*(?P<src>[{HAN}]{{2,6}}?)?记者\s*(?P<who>[{HAN}、，,／/ ]{{2,40}}?)\s*"
    rf"(?:\d{{1,2}}日|[一二三四五六七八九十]{{1,3}}日)?(?:电|报导|报道)\s*[）)〕\]]\s*"
)
# the editors in brackets after the last sentence, with a wire's date code: `（编辑：某某）1091007`
_EDITOR_CLOSE = re.compile(
    rf"(?<=[。！？!?”」』])\s*[（(]\s*(?:责任编辑|责编|编辑)\s*[:：]\s*{_NAMES}\s*[）)]\s*\d{{0,8}}$"
)
_OUTLET_END = re.compile(
    r"^.*?(?:通讯社|社|网|台|日报|时报|晚报|早报|周刊|报道|报|新闻|客户端)(?:网|社|客户端)?"
)
_LABEL = r"(?:第\s*)?([A-Za-z]{0,2}\d{1,3})\s*(?:版|页)"
_FROM_MARK = re.compile(
    rf"^(?:<<|《《|«)?\s*(?:[（(]\s*(?:上接|紧接|接上|接)|上接|紧接)\s*{_LABEL}\s*[）)]?\s*"
)
_TO_MARK = re.compile(rf"\s*[（(]?\s*(?:>>)?\s*(?:下转|转)\s*{_LABEL}\s*[）)]?\s*(?:>>|»)?$")
# a web page's line of when and where (`2024-03-05 10:20 来源：某某网`, `发布时间：2024年3月5日`):
# page furniture over the article, which gives its date and the site it was taken from
_META_LINE = re.compile(
    # a date, not a span of months (`2019年1-2月份` in a headline)
    r"^(?=.*(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?![\d\s]*月)))"
    r"(?=.*(?:\d{1,2}:\d\d|来源|发布|时间|日期|编辑|作者))[^。！？!?；;，,]{0,80}$"
)
_META_SOURCE = re.compile(rf"来源\s*[:：]\s*(?P<src>[{HAN}A-Za-z\d·]{{2,24}})")
# the same line with no `来源` word: when, then the outlet and its writers
# (`2021-06-18 21:49 某某日报 张三 实习生 李四`, `2003年09月22日15:19 某某晚报`)
_META_WHEN = re.compile(
    r"^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*(?:\d{1,2}:\d\d(?::\d\d)?)?"
)
_CREDIT_WORD = re.compile(r"(?:本报|见习|实习|特约|特派|首席)?(?:记者|通讯员)|实习生|文|作者")
_CAPTION_LINE = re.compile(
    r"^(?:[（(]\s*)?(?:"
    r"[^，,。；;]{0,30}?(?:(?:[/／]\s*)?(?:供图|供稿)|[/／\s]\s*摄影?)"
    r"|(?:新华社|中新社|人民视觉|视觉中国|东方IC|IC\s?photo)[^，,。；;]{0,10}?发"
    r"|资料图片?|图片来源[:：].{1,30}|图[为：:/].{0,60}"
    # a triangle points up at the picture it explains (`▲某某在记者会上`)
    r"|[▲△][^。！？!?]{1,38}"
    # who gave the picture, then 图 after a space (`微博@某某公安 图`)
    r"|[^，,。；;\s]{2,20}\s+图"
    # the photographer alone, the agency after (`沈 果摄（人民视觉）`, `张铎摄`)
    rf"|[{HAN}](?:\s?[{HAN}]){{1,3}}(?<!拍)摄(?:\s*[（(][^（）()]{{1,12}}[）)])?"
    # a short caption with its credit after it: `发布会现场。 图片来源：某某网`
    r"|[^，,。；;]{2,30}[。\s]\s*(?:图片来源|图源)[:：][^，,。；;]{1,20}"
    # or its credit in brackets: `波罗申科与泽连斯基（图：美联社）`, `…败选。（图截于其社交媒体）`
    r"|[^，,。；;（(]{2,30}。?\s*[（(]\s*(?:图|图片|照片)\s*(?:[:：/／]|截[于自取]|来源)[^（）()]{1,30}[）)]"
    r")(?:\s*[）)])?$"
)
# a reposted article's headline as its first paper printed it, under the new one: furniture
_ORIGINAL_TITLE = re.compile(r"^[（(【\[]?\s*原(?:标题|題目|題|标题为)\s*[:：]")
# a long photo caption: whatever it says, it ends with the credit `新华社记者 殷刚 摄`
_CAPTION_CREDIT = re.compile(
    rf"(?:记者|通讯员|摄影|——|[\s　])\s*[{HAN}]{{2,4}}(?:[\s、][{HAN}]{{2,4}})*\s*摄影?\s*[）)]?$"
    # or the photographer alone in brackets: `…在议会备询。（某某摄）`
    rf"|(?<=[。！？!?”」』])[（(][{HAN}]{{2,4}}摄[）)]$"
    # or the photographers after the last sentence, the agency after them:
    # `…问责力度。某 某 某某某摄影报道（人民视觉）`
    rf"|(?<=[。！？!?”」』])\s*[{HAN}](?:\s?[{HAN}]){{1,3}}(?:[\s、][{HAN}](?:\s?[{HAN}]){{1,3}})*"
    r"\s*摄(?:影报道|影)?\s*(?:[（(][^（）()]{1,12}[）)])?$"
)
_CAPTION_INLINE = re.compile(
    r"[（(](?:资料图片?|图片来源[:：][^（）()]{1,30}|[^（）()，,。]{1,30}?(?:[/／\s]摄|供图))[）)]"
)


@dataclass
class Piece:
    """One article of a page before word analysis."""

    title: str | None = None
    byline: list[str] = field(default_factory=list)
    source: str | None = None
    continued_from: str | None = None
    continued_to: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    headings: set[int] = field(default_factory=set)  # indexes into paragraphs
    captions: list[str] = field(default_factory=list)
    open_end: bool = False  # the last paragraph was cut by the layout
    date: str | None = None  # the day it was published, ISO, when the source says (a saved page)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def sections(self) -> list[dict[str, Any]]:
        out, offset = [], 0
        for i, para in enumerate(self.paragraphs):
            if i in self.headings:
                out.append({"heading": para, "start": offset})
            offset += len(para) + 1
        return out


@dataclass
class _Block:
    text: str
    kind: str  # text, byline, author, agency, source, speaker, caption, from, to, original
    names: list[str] = field(default_factory=list)
    source: str | None = None
    label: str | None = None
    after_blank: bool = True  # a blank line (or the page's start) stands before it
    closes: bool = (
        False  # it ends its article (a source line, or text that ends with `（据新华网）`)
    )
    wire: bool = False  # a wire's dateline that prints the headline (`新华社北京3月1日电 题：…`)


def split_page(text: str) -> list[Piece]:
    """Split the text of a page into articles; every non-empty input yields at least one."""
    blocks = [_classify(line, blank) for line, blank in _lines(text)]
    pieces: list[Piece] = []
    starts = _article_starts(blocks)
    for n, (start, title_end) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(blocks)
        piece = Piece()
        titles = [b.text for b in blocks[start:title_end] if b.kind == "text"]
        piece.captions.extend(b.text for b in blocks[start:title_end] if b.kind == "caption")
        if titles:
            parts: list[str] = []
            for t in titles:
                part = re.sub(r"\s+", " ", _titled(piece, t))
                if not any(_same_text(part, p) for p in parts):
                    parts.append(part)  # a wire's 题 line prints the headline above it again
            piece.title = " ".join(parts)
        site = next((_meta(piece, b) for b in blocks[start:title_end] if b.kind == "meta"), None)
        _fill(piece, blocks[title_end:end], site)
        if (
            piece.title is None
            and not piece.continued_from
            and n == 0
            and len(starts) > 1
            and piece.source is None  # a source line closes an article: a masthead has none
            # an interview's `职务　姓名` line introduces words: a masthead has none
            and not any(b.kind == "speaker" for b in blocks[title_end:end])
            and all(is_heading_like(p) for p in piece.paragraphs)
        ):
            continue  # a masthead or page label above the first headline, not an article
        if piece.paragraphs or piece.title:
            pieces.append(piece)
    return pieces or [Piece()]


def _wire_headline(line: str) -> bool:
    """`新华社北京3月1日电 题：…`, `新华社伦敦9月28日电 专访：…`: the dateline line that prints
    the headline (after 题, or after the label of a wire's genre, with no sentence in it)."""
    m = _dateline(line)
    if not m:
        return False
    rest = to_simplified(line)[m.end() :]
    if re.match(r"\s*题\s*[:：]", rest):
        return True
    label = _WIRE_GENRE.match(rest)
    return bool(label and len(rest) <= 80 and not re.search("[。！？!?；;]", rest))


# the labels a wire prints before a story's headline on its dateline line
_WIRE_GENRE = re.compile(
    r"\s*(?:专访|综述|特写|通讯|述评|新闻分析|记者手记|特稿|时评|调查|观察|访谈|人物)\s*[:：]"
)


def _titled(piece: Piece, line: str) -> str:
    """A headline line; a wire's `中新社北京9月27日电 题：…` line gives its agency and, after 题,
    the headline."""
    m = _dateline(line)
    if m and _wire_headline(line):
        piece.source = piece.source or _outlet(_printed(m, "head", line))
        return re.sub(r"^\s*\S\s*[:：]\s*", "", line[m.end() :])
    return line


def _lines(text: str) -> list[tuple[str, bool]]:
    """The page's non-empty lines, each with whether a blank line (or the start) is before it."""
    out, blank = [], True
    for line in text.split("\n"):
        line = line.strip(" \t\r\u3000\u00a0\ufeff")
        if _RULE_LINE.match(line):
            line = ""  # `*******`, `======`: a rule the page draws, as a blank line is
        if line:
            out.append((line, blank))
        blank = not line
    return out


def _classify(line: str, after_blank: bool = True) -> _Block:
    block = _classify_line(line)
    block.after_blank = after_blank
    return block


def _classify_line(printed: str) -> _Block:
    """What a line is, read in simplified characters (the rules are written in them); the names
    and sources it gives are taken from the line as printed."""
    line = to_simplified(printed)
    block = _classify_folded(line)
    block.wire = block.kind == "text" and _wire_headline(line)
    if line != printed:
        block.text = printed
        block.names = [_as_printed(n, line, printed) for n in block.names]
        if block.source:
            block.source = _as_printed(block.source, line, printed)
    return block


def _as_printed(words: str, folded: str, printed: str) -> str:
    at = folded.find(words)
    return printed[at : at + len(words)] if at >= 0 else words


def _classify_folded(line: str) -> _Block:
    if (m := _FROM_MARK.match(line)) and m.end() == len(line):
        return _Block(line, "from", label=m.group(1).upper())
    if (m := _TO_MARK.search(line)) and m.start() == 0:
        return _Block(line, "to", label=m.group(1).upper(), closes=True)
    if (len(line) <= 40 and _CAPTION_LINE.match(line)) or (
        len(line) <= 160 and _CAPTION_CREDIT.search(line)
    ):
        return _Block(line, "caption")
    if len(line) <= 80 and _META_LINE.match(line):
        if src := _META_SOURCE.search(line):
            return _Block(line, "meta", source=src.group("src"))
        outlet, names = _meta_credit(line)
        return _Block(line, "meta", names=names, source=outlet)
    if len(line) <= 80 and _ORIGINAL_TITLE.match(line):
        return _Block(line, "original")
    if len(line) <= 40 and _EDITOR_LINE.match(line):
        return _Block(line, "editor", closes=True)
    if len(line) <= 80 and _CREDITS_LINE.match(line):
        return _Block(line, "editor", closes=True)
    if len(line) <= 60 and (m := _BYLINE.match(line)):
        return _Block(
            line, "byline", names=_split_names(m.group("names")), source=_outlet(m.group("src"))
        )
    if len(line) <= 40 and (m := _BYLINE_AFTER.match(line)):
        return _Block(line, "byline", names=_split_names(m.group("names")))
    if len(line) <= 60 and (m := _AUTHOR.match(line)):
        return _Block(
            line,
            "author",
            names=_split_names(m.group("names")),
            source=_outlet(m.group("src") or ""),
        )
    if len(line) <= 24 and (m := _TEAM_CREDIT.match(line)):
        return _Block(line, "byline", names=[], source=_outlet(m.group("src")))
    if len(line) <= 30 and (m := _AGENCY_LEAD.match(line)):
        return _Block(line, "agency", source=_outlet(m.group("src")))
    if len(line) <= 32 and (m := _SOURCE_LINE.match(line)):
        return _Block(
            line,
            "source",
            names=_split_names(m.group("names") or ""),
            source=_outlet(m.group("src") or m.group("src2") or m.group("src3")),
            closes=True,
        )
    if len(line) <= 60 and speaker_line(line):
        return _Block(line, "speaker")
    m = _SOURCE_INLINE.search(line)
    return _Block(line, "text", closes=bool(m and m.start() > 0 and line[m.start() - 1] in CLOSERS))


def _split_names(names: str) -> list[str]:
    parts = re.split(r"[\s、，,]+", names)
    # a second credit between the names (`本报记者 某某 见习记者 某某`), in either script
    parts = [p for p in parts if not re.fullmatch(r"(?:见习|实习|特约|首席)记者", to_simplified(p))]
    parts = [re.sub(r"^(?:记者|通讯员|实习生)", "", p) for p in parts]
    out = []
    for p in parts:
        # `北京报道`, `发自上海` have the shape of a name but say where the report was filed; the
        # editor named after them is no reporter
        if re.search(r"报道$|报导$|^发自|编辑$|摄影?$", p):
            break
        if _two_names(p):
            out += [p[:3], p[3:]]  # `（记者某红梅顾某球）`: two names of three printed as one
        elif p:
            out.append(p)
    return out


def _two_names(part: str) -> bool:
    """Six characters, each half a single surname and a given name of two."""
    return (
        len(part) == 6
        and all(han.is_han(c) for c in part)
        and part[0] in SURNAMES
        and part[3] in SURNAMES
    )


def _meta_credit(line: str) -> tuple[str | None, list[str]]:
    """The outlet and the writers a date line names after the date and time; none unless an
    outlet comes first and every word after it is a writer's name or a credit (`实习生`)."""
    when = _META_WHEN.match(line)
    words = line[when.end() :].split() if when else []
    if not words or not is_outlet(to_simplified(words[0])):
        return None, []
    names = [w for w in words[1:] if not _CREDIT_WORD.fullmatch(to_simplified(w))]
    if not all(re.fullmatch(_NAME, w) and not is_outlet(w) for w in names):
        return words[0], []
    return words[0], names


def _outlet_name(name: str) -> bool:
    """The outlet a credit names before its author (`观察者网 王慧`), not a person's name."""
    return is_outlet(name) or (len(name) >= 3 and bool(re.search(r"(?:网|报|社|台|新闻)$", name)))


def _outlet(raw: str) -> str | None:
    """`新华社北京3月1日` -> 新华社; `本报`/`` -> None."""
    raw = re.sub(r"\d{1,2}月\d{1,2}日", "", raw).strip("·• 《》")
    if raw in ("", "本报", "本刊"):
        return None
    m = _OUTLET_END.match(to_simplified(raw))
    outlet = raw[: m.end()] if m else raw
    return None if outlet in ("本报", "本刊") else outlet


def is_heading_like(text: str) -> bool:
    """A short line without sentence punctuation: a headline or a section heading.
    An unclosed quotation or bracket means a paragraph the layout broke, not a heading."""
    if len(text) > 32 or _INNER_PUNCT.search(text) or not _balanced(text):
        return False
    if text[-1] in "：:、" or text[0] in CANNOT_START:
        return False
    if text[0] in "-－—–●■◆▲•" and text[-1] in "？?":
        return False  # an interviewer's question set off by a dash or a bullet
    if _ASKER.match(to_simplified(text)):
        return False  # a question of an interview's transcript: `记者：…？`, `问：…`
    return han.han_count(text) >= 2


def clause_heading(text: str) -> bool:
    """A heading that holds a comma or a colon (`关于能源供应：供应偏紧是阶段性的，影响可控`):
    short, balanced, no sentence inside it, and nothing at its end a sentence would carry on."""
    if len(text) > 36 or not _balanced(text) or re.search(r"[。；;！？!?]", text):
        return False
    if _ASKER.match(to_simplified(text)):
        return False
    if (
        text[-1] in "，,、：:…—"
        or text[0] in CANNOT_START
        or len(re.findall(r"[，,：:]", text)) > 2
    ):
        return False
    return han.han_count(text) >= 6


def _headline_line(text: str) -> bool:
    """The first line of a page that may be a headline although it has no byline: short, and not
    a sentence (a page that starts in the middle of an article starts with one)."""
    if (
        len(text) > 50
        or not _balanced(text)
        or text[-1] in "。，,；;：:、…—"
        or text[0] in CANNOT_START
    ):
        return False
    count = han.han_count(text)
    return count >= 4 or (count >= 3 and len(text) >= 5)  # 2018中国节


def _balanced(text: str) -> bool:
    pairs = ("“”", "‘’", "（）", "()", "《》", "「」", "『』", "【】")
    return all(text.count(pair[0]) == text.count(pair[1]) for pair in pairs)


def _two_part_headline(text: str) -> bool:
    parts = text.split()
    return (
        len(parts) == 2
        and is_heading_like(text)
        and all(len(re.findall(f"[{HAN}]", p)) >= 4 for p in parts)
    )


def _article_starts(blocks: list[_Block]) -> list[tuple[int, int]]:
    """(first block, first block after the title) of every article, in order."""
    starts: list[tuple[int, int]] = []
    taken = 0  # blocks before this belong to an earlier article
    # a page that signs, dates and closes nothing is one article, whatever its headings look like
    unsigned = not any(_credits_or_closes(b) for b in blocks)
    for i, b in enumerate(blocks):
        # `作者：…` and `（据新华网）` under an article's body belong to it and close it; over a
        # body they open one, as a byline does
        since = max(taken, starts[-1][1] if starts else 0)
        after_body = _has_body(blocks, since, i)
        anchor = (
            # a byline under the last article's body is its credit, not a new article's
            (b.kind in ("byline", "agency") and (not after_body or _body_follows(blocks[i + 1 :])))
            or (
                b.kind in ("author", "source")
                and not _has_body(blocks, since, _title_start(blocks, i, since))
                and _body_follows(blocks[i + 1 :])
            )
            or (b.kind == "text" and _dateline(b.text) and not _wire_headline(b.text))
        )
        if (
            anchor
            and starts
            and starts[-1][1] >= taken - 1
            and not _has_body(blocks, starts[-1][1], i)
        ):
            continue  # a dateline or a second credit under the byline: the same article
        if anchor and starts and _repeats_summary(blocks, starts[-1][1], i):
            continue  # a web page's summary over the body it sums up: the same article
        if i >= taken and _headline_alone(blocks, i, starts, unsigned):
            starts.append((i, i + 1))
            taken = i + 1
            continue
        if b.kind == "from" and i >= taken:
            # a continuation starts a new piece unless it follows a fresh title and byline
            if not starts or _has_body(blocks, starts[-1][1], i):
                starts.append((i, i))
                taken = i + 1
            continue
        if b.closes and (after_body or b.kind == "text"):
            taken = i + 1  # it closes its article: what follows starts another
            continue
        if not anchor or i < taken or (starts and starts[-1][1] == i):
            continue
        starts.append((_title_start(blocks, i, taken), i))
        taken = i + 1
    if not starts or starts[0][0] > 0:
        starts.insert(0, (0, 0))
    return starts


def _repeats_summary(blocks: list[_Block], body: int, anchor: int) -> bool:
    """Is the one paragraph between a headline and this dateline the page's summary of the
    article, which the dateline's paragraph then opens with?"""
    return (
        anchor == body + 1
        and blocks[body].kind == "text"
        and not _dateline(blocks[body].text)
        and _summed_up(blocks[body].text, blocks[anchor].text)
    )


def _summed_up(summary: str, paragraph: str) -> bool:
    """Does the paragraph open, after its dateline, with the summary's first words (`刚买了房子，…`
    over `某某报讯（记者某某）刚买了房子，…`)?"""
    lead = summary[:12]
    return len(lead) == 12 and lead in paragraph[:40]


def _title_start(blocks: list[_Block], anchor: int, taken: int) -> int:
    """Where the headline over a byline or dateline starts: up to two heading lines right above
    it (the one next to it may be a long headline with its subtitle), photo captions between
    them and the byline left out."""
    first = j = anchor
    lines = 0
    while j > taken and lines < 2:
        prev = blocks[j - 1]
        if prev.kind in ("caption", "meta"):  # a photo, or a web page's date line
            j -= 1
            continue
        if prev.wire:  # the wire's `…电 题：…` line, under the headline it repeats
            j -= 1
            first = j
            continue
        fits = is_heading_like(prev.text) or prev.text.startswith("——")
        if lines == 0:
            fits = fits or _long_headline(prev.text)
        if prev.kind != "text" or not fits:
            break
        j -= 1
        lines += 1
        first = j
    return first


# what a portal adds to a headline with pictures or video: `(图)`, `（组图）`, `(附视频)`
_PICTURE_MARK = re.compile(r"\s*[（(](?:组图|图|图文|附图|视频|附视频|多图)[）)]$")


def _long_headline(text: str) -> bool:
    """A headline with a subtitle or a clause (`专访|…——访…`, `上半年…，…`): no full stop in it, not
    ending as a sentence or a clause does, balanced."""
    text = _PICTURE_MARK.sub("", text)  # `…愿担责(图)`: a portal's note that a photo is there
    if not text:
        return False  # the note alone
    # one semicolon may join its two clauses (`…患者输液时猝死；医院承认过失愿担责`)
    if len(text) > 64 or not _balanced(text) or "。" in text or len(re.findall("[；;]", text)) > 1:
        return False
    if text[-1] in "，,、：:…—）)；;" or text[0] in CANNOT_START:
        return False
    if text[-1] in "”’" and text[0] in "“‘":
        return False  # a whole quotation is a paragraph; `某某“…”` may be a headline
    return han.han_count(text) >= 6


def _credits_or_closes(b: _Block) -> bool:
    """Does this block sign, date or close an article (what marks where pieces of a page meet)?"""
    return (
        b.closes
        or b.kind in ("byline", "author", "agency", "source", "editor", "meta", "from", "to")
        or (b.kind == "text" and _dateline(b.text) is not None)
    )


def _headline_alone(
    blocks: list[_Block], i: int, starts: list[tuple[int, int]], unsigned: bool = False
) -> bool:
    """A headline with no byline under it: a two-part headline before body text; the page's first
    line standing alone before body text; a heading-like line after a source line closed the
    article before it."""
    b = blocks[i]
    if b.kind != "text" or i + 1 >= len(blocks):
        return False
    k = i + 1
    while k + 1 < len(blocks) and (
        blocks[k].kind in ("caption", "meta", "original") or _under_headline(blocks[k], i)
    ):
        k += 1  # a photo, a web page's date line, or the first paper's headline under it
    nxt = blocks[k]
    if nxt.wire and (i == 0 or blocks[i - 1].closes):
        # the headline over the wire's `…电 题：…` line that prints it again
        return _headline_line(b.text) or _long_headline(b.text)
    body_next = nxt.kind == "text" and not is_heading_like(nxt.text) and not _dateline(nxt.text)
    if (
        (k > i + 1 or i == 0)
        and nxt.kind == "text"
        and k + 1 < len(blocks)
        and blocks[k + 1].kind == "text"
    ):
        # a photo stands between the headline and a section heading over the body, or the
        # page opens with its headline and the first section's heading
        after = blocks[k + 1].text
        body_next = body_next or not (_dateline(after) or (i == 0 and is_heading_like(after)))
    if (
        _two_part_headline(b.text)
        and body_next
        and (i == 0 or (_closed(blocks[i - 1].text) and not unsigned))
        and not _inside_signed(blocks, i, starts)
        and not _after_section_heading(blocks, i, starts)
        and not (i > 0 and _parallel_heading(b.text))
    ):
        return True
    if not (body_next and nxt.after_blank) or any(
        x.kind in ("byline", "author", "agency") for x in blocks[i + 1 : i + 3]
    ):
        return False
    if i == 0:
        return _headline_line(b.text)
    return blocks[i - 1].closes and _headline_line(b.text)


def _under_headline(block: _Block, i: int) -> bool:
    """Under a page's first line, lines a web page prints between the headline and the body:
    a column's label set off by a bullet (`■两会声音`), and its `来源：某某报` line (not the
    bracketed `（来源：…）` that closes an article)."""
    if i != 0:
        return False
    if block.kind == "source":
        return not block.text.startswith(("（", "("))
    return block.kind == "text" and bool(re.fullmatch(rf"[■●◆▲□○◇△][{HAN}\s]{{2,10}}", block.text))


def _parallel_heading(text: str) -> bool:
    """`夯实基础 能力更强`, `服务升级 产业更旺`: two short parallel phrases, the shape of a
    feature's section headings; a headline's parts run longer."""
    parts = text.split()
    return len(parts) == 2 and all(len(p) <= 5 for p in parts)


def _inside_signed(blocks: list[_Block], i: int, starts: list[tuple[int, int]]) -> bool:
    """Is block i inside the body of an article signed by a byline, with nothing closing it
    (a source line, an editor's line, a continuation mark) since? A two-part line there is
    one of its section headings (`王任政协主席前 先会见夏立言`): the next article on a page
    brings its own byline or dateline."""
    if not starts:
        return False
    begin = starts[-1][0]
    signed = False
    for b in blocks[begin:i]:
        if b.closes or b.kind in ("from", "to", "editor"):
            signed = False
        elif b.kind in ("byline", "author") or (b.kind == "text" and _dateline(b.text)):
            signed = True  # a byline, or a dateline that opens the first paragraph
    return signed


def _after_section_heading(blocks: list[_Block], i: int, starts: list[tuple[int, int]]) -> bool:
    """Has the article block i is in already printed a section heading between its paragraphs,
    with nothing closing it since? A two-part line there is its next section heading (`控股股东变更`
    … `财务状况好转 股价波动加大`), not the headline of another article."""
    begin = starts[-1][1] if starts else 0
    for k in range(max(begin, 1), i - 1):
        b = blocks[k]
        if b.closes or b.kind in ("from", "to", "editor", "source"):
            return False
        if (
            b.kind == "text"
            and is_heading_like(b.text)
            and _has_body(blocks, begin, k)
            and blocks[k + 1].kind == "text"
            and not is_heading_like(blocks[k + 1].text)
        ):
            return not any(x.closes for x in blocks[k:i])
    return False


def _has_body(blocks: list[_Block], start: int, end: int) -> bool:
    """Body text between start and end; a wire's headline line is part of the title, not body."""
    return any(b.kind in ("text", "speaker") and not b.wire for b in blocks[start:end])


def _closed(text: str) -> bool:
    return text[-1] in CLOSERS or is_heading_like(text)


def _meta(piece: Piece, block: _Block) -> str | None:
    """A web page's date line: the article's date, and the site (the source when the article
    names none of its own)."""
    if piece.date is None and (day := article_date(block.text)):
        piece.date = day.isoformat()
    return block.source


def _fill(piece: Piece, blocks: list[_Block], site: str | None = None) -> None:
    for n, b in enumerate(blocks):
        if b.kind in ("editor", "original"):
            continue
        if b.kind == "meta":
            site = site or _meta(piece, b)
            piece.byline.extend(x for x in b.names if x not in piece.byline)
            continue
        if b.kind in ("byline", "author", "agency", "source"):
            piece.byline.extend(x for x in b.names if x not in piece.byline)
            piece.source = piece.source or b.source
        elif b.kind == "caption":
            piece.captions.append(b.text)
        elif b.kind == "from":
            piece.continued_from = b.label
        elif b.kind == "to":
            piece.continued_to = b.label
        elif b.kind == "speaker":
            piece.paragraphs.append(
                b.text
            )  # it introduces a person's words: a paragraph of its own
            piece.open_end = False
        else:
            _add_text(piece, b, blocks[n - 1] if n else None, blocks[n + 1 :])
    piece.source = piece.source or site


def _add_text(piece: Piece, block: _Block, before: _Block | None, rest: list[_Block]) -> None:
    text = _strip_markers(piece, block.text)
    if not piece.paragraphs and block.wire:
        headline = re.sub(r"\s+", " ", _titled(piece, text))  # its agency becomes the source
        piece.title = piece.title or headline
        return
    if not piece.paragraphs and (m := _CREDIT_ALONE.match(to_simplified(text))):
        piece.source = piece.source or _outlet(_printed(m, "src", text))
        return  # `新华社记者` on a line of its own: the credit, with no names
    # the body under a web page's summary opens as the first paragraph would
    opens = not piece.paragraphs or (
        len(piece.paragraphs) == 1 and _summed_up(piece.paragraphs[0], text)
    )
    if opens and (m := _BRACKETED_HEADLINE.match(text)) and _same_text(m.group(1), piece.title):
        text = text[m.end() :].lstrip()  # `[headline]新华社北京…电`: a portal prints it again
    if opens and (m := _dateline(text)):
        piece.source = piece.source or _outlet(_printed(m, "head", text))
        for group in ("names", "spaced"):
            if m.group(group):
                names = _split_names(_printed(m, group, text))
                piece.byline.extend(n for n in names if not _outlet_name(n))
        text = text[m.end() :].lstrip()
    if opens and (m := _WIRE_OPEN.match(to_simplified(text))):
        if m.group("src") and (src := _outlet(_printed(m, "src", text))):
            piece.source = piece.source or src
        names = _wire_names(_printed(m, "who", text))
        piece.byline.extend(n for n in names if n not in piece.byline)
        text = text[m.end() :].lstrip()
    if m := _EDITOR_CLOSE.search(to_simplified(text)):
        text = text[: m.start()].rstrip()
    if not piece.paragraphs and (m := _CREDIT_OPEN.match(text)):
        names = [n for n in _split_names(m.group("names")) if not _outlet_name(n)]
        piece.byline.extend(n for n in names if n not in piece.byline)
        text = text[m.end() :].lstrip()
    if (m := _CREDIT_CLOSE.search(text)) or (
        (m := _NAMES_CLOSE.search(text))
        and all(name_shaped(n) and not _outlet_name(n) for n in _split_names(m.group("names")))
    ):
        piece.byline.extend(n for n in _split_names(m.group("names")) if n not in piece.byline)
        text = text[: m.start()].rstrip()
    if not text:
        return
    last_is_heading = (len(piece.paragraphs) - 1) in piece.headings
    # a blank line right after a short line without punctuation (no photo between) ends it
    alone = block.after_blank and before is not None and before.kind == "text"
    if piece.paragraphs and _continues(piece, text, alone):
        last = piece.paragraphs[-1]
        glue = (
            " "
            if last[-1].isascii() and last[-1].isalnum() and text[0].isascii() and text[0].isalnum()
            else ""
        )
        piece.paragraphs[-1] = last + glue + text
    elif (
        last_is_heading
        and is_heading_like(text)
        and _body_follows(rest)
        and len(piece.paragraphs[-1]) + len(text) <= 40
    ):
        piece.paragraphs[-1] += " " + text  # a heading printed on two lines
    else:
        # a heading stands between paragraphs: one before it, one after it
        if (
            piece.paragraphs
            and _body_follows(rest)
            and (
                is_heading_like(text)
                or (
                    clause_heading(text)
                    and block.after_blank
                    and piece.paragraphs[-1][-1] in CLOSERS
                )
            )
        ):
            piece.headings.add(len(piece.paragraphs))
        piece.paragraphs.append(text)
    last = piece.paragraphs[-1]
    piece.open_end = (len(piece.paragraphs) - 1) not in piece.headings and last[-1] not in CLOSERS


def _printed(m: re.Match[str], group: str, printed: str) -> str:
    return printed[m.start(group) : m.end(group)]


def _wire_names(who: str) -> list[str]:
    """The reporters of `陈某、李某／台北` or `杨某某台北`: names, with the place they filed from
    after the last one left out."""
    out = []
    who = re.split(r"[／/]", who)[0]  # the place after the slash
    for part in re.split(r"[、，,\s]+", who):
        for n in (len(part), 3, 2):
            rest = len(part) - n
            if (rest == 0 or 2 <= rest <= 4) and name_shaped(to_simplified(part[:n])):
                out.append(part[:n])
                break
    return out


def _body_follows(rest: list[_Block]) -> bool:
    return any(b.kind in ("text", "speaker") for b in rest)


def _same_text(a: str, b: str | None) -> bool:
    """The same words, whatever spaces or line breaks stand between them."""
    return b is not None and re.sub(r"\s", "", a) == re.sub(r"\s", "", b)


@lru_cache(maxsize=4096)
def _dateline(text: str) -> re.Match[str] | None:
    """`新华社北京3月1日电（记者 张三）` opening a paragraph, read in simplified characters (its
    groups' spans hold in the text as printed)."""
    m = _DATELINE.match(to_simplified(text))
    if m and (
        m.group("head").startswith(("本报", "本刊"))
        or _OUTLET_END.match(m.group("head"))
        or m.group("spaced")  # a reporter named after it: the head is a paper (南都讯 记者…)
    ):
        return m
    return None


def _continues(piece: Piece, text: str, after_blank_line: bool = False) -> bool:
    """Does this block carry on the previous paragraph, broken by the layout? Not across a blank
    line after a short line without punctuation: that line stands alone (a headline or a
    heading), the layout breaks long paragraphs."""
    if (len(piece.paragraphs) - 1) in piece.headings:
        return False
    if after_blank_line and is_heading_like(piece.paragraphs[-1]) and text[0] not in CANNOT_START:
        return False
    return piece.open_end or text[0] in CANNOT_START


def _strip_markers(piece: Piece, text: str) -> str:
    if m := _FROM_MARK.match(text):
        piece.continued_from = m.group(1).upper()
        text = text[m.end() :]
    if (m := _TO_MARK.search(text)) and m.group(0).strip().startswith(("（", "(", ">>")):
        piece.continued_to = m.group(1).upper()
        text = text[: m.start()]
    if (m := _SOURCE_INLINE.search(text)) and m.start() > 0 and text[m.start() - 1] in CLOSERS:
        piece.source = piece.source or _outlet(m.group("src"))
        text = text[: m.start()]
    for m in _CAPTION_INLINE.finditer(text):
        piece.captions.append(m.group(0).strip("（）()"))
    return _CAPTION_INLINE.sub("", text).strip()
