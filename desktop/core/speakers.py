"""Who said what: speakers (people, anonymous sources, organisations) and their statements.

News text attributes speech in a few fixed shapes, which are read here clause by clause:
  reported   `ROLE NAME (在…时) 表示/指出/认为…，` + the rest of the sentence, and on to the end of the
             paragraph while no new attribution or quotation starts; `在X看来，…`; `据X介绍，…`
  direct     `“…”ROLE NAME (…) 说。`, `X表示：“…”`, and a quotation that follows a statement
             of the same speaker with no attribution of its own.
The subject of a speech verb is split into role and name at the end of the last job title
(`协会会长|王馨`); a name is a known surname plus one or two characters, followed by the
verb or an adverbial (在, 近日, 对…). Reporters in the byline and 记者 are never speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.segment import tokenizer
from desktop.resources import resource_path

_SENT_END = "。！？!?"
_CLAUSE_BREAK = "。！？!?；;，,：:\n"
_QUOTES = {"“": "”", "「": "」", "『": "』"}

_REPORT_VERBS = ("告诉记者", "如是说", "补充说", "举例说", "不约而同提到", "坦言", "坦承", "直言", "表示",
                 "指出", "认为", "介绍", "建议", "透露", "提醒", "提出", "强调", "呼吁", "回应", "解释",
                 "谈到", "提到", "预计", "预测", "判断", "相信", "评论", "说道", "写道", "声称", "称",
                 "说", "显示")
_VERB_RE = re.compile("|".join(_REPORT_VERBS))
# These need nothing after them: the object follows directly (受访者提到“精细化”等关键词).
_OBJECT_VERBS = ("提到", "谈到", "不约而同提到")
# Words ending in a speech verb that are not speech (简称, 堪称, 也就是说, 被认为).
_NOT_SPEECH = re.compile(r"(?:简|名|号|堪|俗|统|昵|职|对|相|匀|人)称$|(?:就是|比如|例如|可以|应该|听|小|传|再)说$|被认为$")
_ADVERBIAL = re.compile(
    r"^(?:在|于|近日|日前|此前|昨日|昨天|今天|今日|当天|当日|对|向|就|接受|回答|也|还|则|更|曾|又|都|已|"
    r"再次|多次|一再|反复|进一步|明确|同时|坦率|不约而同|均|亦|首先|最后|随后|公开|特别|专门|通过|针对|"
    r"围绕|结合|日|早前|早些时候|上周|本周|上月|近期|最近|如是|$)"
)
_STRONG_ADVERBIAL = re.compile(r"^(?:在|于|近日|日前|此前|对|向|就|接受|回答|$)")
_LEADING_CONNECTIVE = re.compile(r"^(?:而且|而|但是|但|并且|并|同时|此外|另外|对此|其中|随后|然后|此前|因此|所以|不过)")
_ANONYMOUS = re.compile(
    r"^(?P<name>有?(?:不少|许多|一些|多位|部分|多名|个别|很多|诸多|众多|有关|相关)?(?:业内|业界|市场|专业)?"
    r"(?:分析人士|业内人士|知情人士|观察人士|接近[^，,。]{1,10}人士|人士|专家学者|专家|学者|与会专家|与会者|网友|"
    r"受访者|受访人士|投资者|分析师|消费者|从业者|居民|市民|村民|研究人员|业内专家|观察人士))"
)
_REPORTER = re.compile(r"^(?:本报|本台|本刊)?(?:记者|笔者|小编)")
_PRONOUN = re.compile(r"^(?:他|她)(?:们)?")
_FOREIGN_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8})+")
_ORG_INFO = re.compile(r"(?:公开信息|公开资料|数据|资料|统计|报告|信息|消息|公告|调查|研究|结果|分析)$")
_ORG_SUFFIX = re.compile(
    r"(?:部|局|委|会|院|所|署|厅|办|处|司|公司|集团|银行|协会|学会|中心|管理层|办公室|政府|法院|检察院|机构|平台|"
    r"交易所|基金会|研究院|股份|实验室|大学|学院|联盟|委员会|小组|团队|方面|官方|当局|董事会)$"
)
_PRONOUN_AT = "\0pronoun@"
_BAD_GIVEN = set("的了在是和与及等对将也还都而从向被把为以于就说表示认指称据这那其之者们")


def _load_list(name: str) -> list[str]:
    text = resource_path(name).read_text(encoding="utf-8")
    return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]


_SURNAMES = set(_load_list("surnames.txt"))
_TITLES_RE = re.compile("|".join(sorted(map(re.escape, _load_list("titles.txt")), key=len, reverse=True)))


@dataclass
class _Speaker:
    name: str
    kind: str
    role: str = ""
    mentions: list[list[int]] = field(default_factory=list)


@dataclass
class Speakers:
    speakers: list[dict]
    statements: list[dict]


@dataclass
class _Found:
    start: int
    end: int
    speaker: str | None
    direct: bool


def find_speakers(text: str, byline: list[str] = ()) -> Speakers:
    """Speakers and statements of one article's text (paragraphs separated by "\\n")."""
    return _Reader(text, set(byline)).read()


class _Reader:
    def __init__(self, text: str, reporters: set[str]):
        self.text = text
        self.reporters = reporters
        self.speakers: dict[str, _Speaker] = {}
        self.found: list[_Found] = []
        self.freq = tokenizer().FREQ

    # --- the pass over the text -------------------------------------------------------------

    def read(self) -> Speakers:
        quotes = _quotations(self.text)
        attributed = self._direct_with_attribution(quotes)
        self._reported()
        self._continuing_quotes(quotes, attributed)
        self._mentions()
        self._resolve_pronouns()
        self.found.sort(key=lambda f: f.start)
        speakers = [{"name": s.name, "kind": s.kind, "role": s.role or None,
                     "mentions": sorted(s.mentions)} for s in self.speakers.values()]
        statements = [{"start": f.start, "end": f.end, "speaker": f.speaker, "direct": f.direct}
                      for f in self.found]
        return Speakers(speakers, statements)

    def _direct_with_attribution(self, quotes: list[tuple[int, int]]) -> set[int]:
        """`“…”ROLE NAME说。` and `NAME表示：“…”`; returns the starts of the quotations used."""
        used = set()
        for q_start, q_end in quotes:
            inner = self.text[q_start + 1:q_end]
            if not _speech_like(inner):
                continue
            who = self._attribution_after(q_end + 1) or self._attribution_before(q_start)
            if who:
                self.found.append(_Found(q_start + 1, q_end, who, True))
                used.add(q_start)
        return used

    def _attribution_after(self, pos: int) -> str | None:
        text = self.text
        if pos < len(text) and text[pos] in "，,":
            pos += 1
        end = _next_of(text, pos, _SENT_END + "\n“")
        sentence = text[pos:end]
        for m in _VERB_RE.finditer(sentence):
            after = sentence[m.end():m.end() + 1]
            if m.start() > 60 or after not in ("", "。", "，", ",", "！", "?", "？", "道", ":", "："):
                continue
            clause = _clause_before(sentence, m.start())
            return self._speaker_of(clause, pos + m.start() - len(clause))
        return None

    def _attribution_before(self, q_start: int) -> str | None:
        text = self.text
        pos = q_start
        while pos > 0 and text[pos - 1] in " ：:，,":
            pos -= 1
        line_start = text.rfind("\n", 0, pos) + 1
        head = text[line_start:pos]
        m = re.search(f"(?:{_VERB_RE.pattern})(?:道)?$", head)
        if not m or pos == q_start or _NOT_SPEECH.search(head[:m.end()]):
            return None
        clause = _clause_before(head, m.start())
        return self._speaker_of(clause, line_start + m.start() - len(clause))

    def _reported(self) -> None:
        text = self.text
        for m in _VERB_RE.finditer(text):
            after = text[m.end():m.end() + 1]
            if after in ("，", ",", "：", ":"):
                start = m.end() + 1
            elif m.group(0) in _OBJECT_VERBS and after and after not in _SENT_END:
                start = m.end()
            else:
                continue
            if (text[start:start + 1] in _QUOTES and m.group(0) not in _OBJECT_VERBS) \
                    or _NOT_SPEECH.search(text[max(0, m.start() - 4):m.end()]):
                continue  # `X表示：“…”` is direct speech, handled with the quotations
            clause = _clause_before(text, m.start())
            clause_start = m.start() - len(clause)
            if clause.startswith("据"):
                clause, clause_start = clause[1:], clause_start + 1
            who = self._speaker_of(clause, clause_start)
            if who:
                self._add_reported(start, who, whole_paragraph=m.group(0) not in _OBJECT_VERBS)
        for m in re.finditer(r"在(?P<who>[^，,。；;“”\n]{2,30}?)看来[，,]", text):
            who = self._speaker_of(m.group("who"), m.start("who"))
            if who:
                self._add_reported(m.end(), who)
        for m in re.finditer(r"据(?P<who>[^，,。；;“”\n]{2,30}?)(?:初步)?(?:统计|测算|报道|消息|披露)[，,]", text):
            who = self._speaker_of(m.group("who"), m.start("who"), organisation=True)
            if who:
                self._add_reported(m.end(), who)

    def _add_reported(self, start: int, who: str, whole_paragraph: bool = True) -> None:
        if any(f.start <= start < f.end for f in self.found):
            return  # inside a quotation already attributed
        end = self._reported_end(start) if whole_paragraph else \
            _sentence_end(self.text, start, _next_of(self.text, start, "\n"))
        if end > start:
            self.found.append(_Found(start, end, who, False))

    def _reported_end(self, start: int) -> int:
        """End of the sentence, and of each following sentence of the paragraph that carries on
        the statement: one that starts no quotation and no attribution of its own."""
        text = self.text
        para_end = _next_of(text, start, "\n")
        end = _sentence_end(text, start, para_end)
        while end < para_end:
            nxt = _sentence_end(text, end, para_end)
            sentence = text[end:nxt]
            if sentence[:1] in _QUOTES or _REPORTER.match(sentence) or sentence.startswith("据") \
                    or self._has_attribution(sentence):
                break
            end = nxt
        return end

    def _has_attribution(self, sentence: str) -> bool:
        if re.search(r"在[^，,。]{2,30}看来[，,]", sentence):
            return True
        for m in _VERB_RE.finditer(sentence):
            if sentence[m.end():m.end() + 1] in ("，", ",", "：", ":", "。", "“"):
                clause = _clause_before(sentence, m.start())
                if self._parse_subject(clause) is not None:
                    return True
        return False

    def _continuing_quotes(self, quotes: list[tuple[int, int]], attributed: set[int]) -> None:
        """A speech-like quotation right after a statement, with no attribution of its own,
        carries on that statement's speaker (`在王馨看来，……。“我们看到，……”`)."""
        for q_start, q_end in quotes:
            if q_start in attributed or not _speech_like(self.text[q_start + 1:q_end]):
                continue
            if q_start > 0 and self.text[q_start - 1] not in _SENT_END + "\n”":
                continue  # a quotation inside a sentence is a term or a title
            before = [f for f in self.found if f.end <= q_start and f.speaker]
            if not before:
                continue
            prev = max(before, key=lambda f: f.end)
            gap = self.text[prev.end:q_start]
            if len(gap) <= 2 and all(c in _SENT_END + "\n”" for c in gap):
                self.found.append(_Found(q_start + 1, q_end, prev.speaker, True))

    def _resolve_pronouns(self) -> None:
        """他/她 speaks for the person named last before it; with nobody named, no statement."""
        people = [(m[0], sp.name) for sp in self.speakers.values() if sp.kind == "person" for m in sp.mentions]
        kept = []
        for f in self.found:
            if f.speaker and f.speaker.startswith(_PRONOUN_AT):
                at = int(f.speaker[len(_PRONOUN_AT):])
                before = [p for p in people if p[0] < at]
                if not before:
                    continue
                f.speaker = max(before)[1]
            kept.append(f)
        self.found = kept

    def _mentions(self) -> None:
        for sp in self.speakers.values():
            spans = {tuple(m) for m in sp.mentions}
            if sp.kind == "person":
                for m in re.finditer(re.escape(sp.name), self.text):
                    spans.add(m.span())
            sp.mentions = [list(s) for s in sorted(spans)]

    # --- subjects -------------------------------------------------------------------------

    def _speaker_of(self, clause: str, clause_start: int, organisation: bool = False) -> str | None:
        """Register the speaker a clause names and return its name; None when it names none."""
        parsed = self._parse_subject(clause, organisation)
        if parsed is None:
            return None
        name, kind, role, offset = parsed
        if kind == "pronoun":
            return f"{_PRONOUN_AT}{clause_start}"  # resolved once every name is known
        sp = self.speakers.get(name)
        if sp is None:
            sp = self.speakers[name] = _Speaker(name, kind, role)
        elif role and not sp.role:
            sp.role = role
        if offset is not None:
            sp.mentions.append([clause_start + offset, clause_start + offset + len(name)])
        return name

    def _parse_subject(self, clause: str, organisation: bool = False):
        """-> (name, kind, role, offset of the name in the clause) or None."""
        lead = _LEADING_CONNECTIVE.match(clause)
        offset = lead.end() if lead else 0
        subject = clause[offset:]
        if not subject or _REPORTER.match(subject) or any(r and subject.startswith(r) for r in self.reporters):
            return None
        if _PRONOUN.match(subject) and _ADVERBIAL.match(subject[_PRONOUN.match(subject).end():]):
            return ("", "pronoun", "", None)
        if m := _ANONYMOUS.match(subject):
            if _ADVERBIAL.match(subject[m.end():]):
                name = m.group("name")
                if name.startswith("有") and len(name) > 1 and not re.match(r"有(?:不少|许多|一些|多位|部分|多名|很多|诸多|众多)", name):
                    name, offset = name[1:], offset + 1
                return (name, "anonymous", "", offset)
        person = None if organisation else self._person(subject)
        if person:
            name, role, at = person
            if name in self.reporters:
                return None
            return (name, "person", role, offset + at)
        if not organisation:
            # a role with no name (商务部有关负责人) is an unnamed source
            for t in reversed(list(_TITLES_RE.finditer(subject))):
                if _ADVERBIAL.match(subject[t.end():]) and not re.search(r"[，,“”]", subject[:t.end()]):
                    return (subject[:t.end()], "anonymous", "", offset)
        return self._organisation(subject, offset)

    def _person(self, subject: str) -> tuple[str, str, int] | None:
        """Split `ROLE NAME adverbials` into (name, role, offset of name)."""
        for m in _FOREIGN_NAME.finditer(subject):
            start = max([m.start()] + [t.end() for t in _TITLES_RE.finditer(subject, 0, m.end())
                                       if t.end() <= subject.index("·", m.start())])
            # the last part may run into what follows (约翰·史密斯在接受…): the shortest that
            # leaves an adverbial or nothing after it
            for end in range(subject.rindex("·", m.start(), m.end()) + 2, m.end() + 1):
                if _ADVERBIAL.match(subject[end:]):
                    return subject[start:end], subject[:start].strip("，,、 "), start
        for name in self.speakers:
            at = subject.find(name)
            if at >= 0 and self.speakers[name].kind == "person" and _ADVERBIAL.match(subject[at + len(name):]) \
                    and (at == 0 or _TITLES_RE.search(subject[:at]) or _ends_title(subject[:at])):
                return name, subject[:at].strip("，,、 "), at
        starts = [0] + [t.end() for t in _TITLES_RE.finditer(subject)]
        best = None
        for start in sorted(set(starts), reverse=True):
            for name in self._name_candidates(subject, start):
                rest = subject[start + len(name):]
                if not _ADVERBIAL.match(rest):
                    continue
                score = (2 if _STRONG_ADVERBIAL.match(rest) else 1, len(name))
                if best is None or score > best[0]:
                    best = (score, name, start)
            if best:
                break
        if best is None:
            return None
        _, name, start = best
        return name, subject[:start].strip("，,、 "), start

    def _name_candidates(self, subject: str, start: int) -> list[str]:
        out = []
        for surname_len in (2, 1):
            surname = subject[start:start + surname_len]
            if surname not in _SURNAMES or len(surname) != surname_len:
                continue
            for given_len in (1, 2):
                name = subject[start:start + surname_len + given_len]
                given = name[surname_len:]
                if len(given) == given_len and all(_is_han(c) and c not in _BAD_GIVEN for c in given) \
                        and not self._common_word(name):
                    out.append(name)
        return out

    def _common_word(self, name: str) -> bool:
        """A frequent dictionary word (公开, 东风) is no name; real names are rare in it."""
        return self.freq.get(name, 0) > 2000

    def _organisation(self, subject: str, offset: int):
        subject = re.sub(r"(?:近日|日前|此前|也|还|则|均|都|已|曾|初步|正式|\d{1,2}月\d{1,2}日|\d{1,2}日)+$", "", subject)
        if m := re.search(r"《[^》]{1,40}》", subject):
            return (m.group(0), "organization", "", offset + m.start())
        if "发布的" in subject:
            publisher = subject.split("发布的")[0]
            publisher = re.sub(r"^(?:由|在)|(?:\d{1,2}月\d{1,2}日|\d{1,2}日|近日|日前|此前)$", "", publisher)
            if 2 <= len(publisher) <= 20 and not re.search("[，,。]", publisher):
                return (publisher, "organization", "", offset + subject.find(publisher))
        subject = re.sub(r"的?(?:相关)?(?:数据|统计|调查|研究)$", "", subject) or subject
        if 2 <= len(subject) <= 20 and (_ORG_INFO.search(subject) or _ORG_SUFFIX.search(subject)) \
                and not re.search(r"[，,。“”\d]", subject):
            return (subject, "organization", "", offset)
        return None


def _quotations(text: str) -> list[tuple[int, int]]:
    """(index of the opening mark, index of the closing mark) of every top-level quotation;
    one left open at the end of a paragraph closes there."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        close = _QUOTES.get(text[i])
        if close is None:
            i += 1
            continue
        j = i + 1
        depth = 0
        while j < n and text[j] != "\n":
            if text[j] == text[i]:
                depth += 1
            elif text[j] == close:
                if depth == 0:
                    break
                depth -= 1
            j += 1
        out.append((i, j))
        i = j + 1
    return out


def _speech_like(inner: str) -> bool:
    """A sentence someone says, not a term or title in quotation marks (“先行先试”)."""
    return len(inner) >= 8 and bool(re.search(r"[，,。！？!?；;]", inner))


def _clause_before(text: str, pos: int) -> str:
    """The clause ending at pos; it starts after a break, or after a closing quotation mark
    whose opening mark lies before the clause (`“……”张宇雷说`), but takes in a quoted
    name inside it (`在年会“……论坛”上表示`)."""
    start = pos
    while start > 0 and text[start - 1] not in _CLAUSE_BREAK:
        start -= 1
    clause = text[start:pos]
    depth = 0
    for i, c in enumerate(clause):
        if c == "“":
            depth += 1
        elif c == "”":
            if depth == 0:
                return clause[i + 1:]
            depth -= 1
    return clause


def _next_of(text: str, pos: int, chars: str) -> int:
    while pos < len(text) and text[pos] not in chars:
        pos += 1
    return pos


def _sentence_end(text: str, pos: int, limit: int) -> int:
    """Index just past the sentence starting at pos (its closing quotation mark included)."""
    depth = 0
    while pos < limit:
        c = text[pos]
        if c in "“「『":
            depth += 1
        elif c in "”」』":
            depth = max(0, depth - 1)
        elif c in _SENT_END and depth == 0:
            pos += 1
            while pos < limit and text[pos] in "”」』" + _SENT_END:
                pos += 1
            return pos
        pos += 1
    return limit


def _ends_title(text: str) -> bool:
    return bool(_TITLES_RE.search(text[-6:]))


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"
