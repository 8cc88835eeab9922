"""The word lists that say who can speak in the news: surnames, job titles, organisations,
outlets, and the shape of a name. Light (no jieba), so that page.py can tell an interview's
`职务　姓名` line from a headline with the same lists the speakers module uses."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from desktop.core import han
from desktop.core.han import is_han as _is_han
from desktop.resources import resource_path

HAN = han.CLASS
# the dot between the parts of a foreign name, in the forms pages print it
NAME_DOTS = "·•・‧∙"


def load_words(name: str) -> list[str]:
    """Every word of a resource list: separated by spaces or new lines, `#` lines are comments."""
    text = resource_path(name).read_text(encoding="utf-8")
    return [
        w
        for line in text.splitlines()
        if not line.lstrip().startswith(("#", "["))
        for w in line.split()
    ]


def load_sections(name: str) -> dict[str, list[str]]:
    """A resource list cut into its `[section]` parts."""
    sections: dict[str, list[str]] = {}
    current: list[str] = sections.setdefault("", [])
    for line in resource_path(name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("#") or not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.extend(line.split())
    return sections


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Traditional character -> its simplified one, for the characters that simplified text never
    uses (those GB 2312, the simplified standard, lacks): 說 -> 说, 盧 -> 卢, 個 -> 个, while 著, 乾
    and 後, which simplified text prints too, stay."""
    import opencc

    chars = [chr(i) for i in range(ord(han.BASIC[0]), ord(han.BASIC[1]) + 1)]
    converted = opencc.OpenCC("t2s.json").convert("\n".join(chars)).split("\n")
    table: dict[int, str] = {}
    if len(converted) != len(chars):
        return table
    for c, s in zip(chars, converted, strict=True):
        if len(s) == 1 and s != c and not _in_gb2312(c):
            table[ord(c)] = s
    return table


def _in_gb2312(c: str) -> bool:
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def to_simplified(text: str) -> str:
    """`text` with its traditional-only characters simplified, one character for one, so every
    offset holds: the word lists and the rules, written in simplified characters, read Taiwan and
    Hong Kong news as they read the mainland's. Text with nothing to simplify comes back as
    itself, not an equal copy (a page's lines are kept beside their simplified form)."""
    folded = text.translate(_fold_table())
    return text if folded == text else folded


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of the words, the longest first."""
    return "|".join(sorted(map(re.escape, set(words)), key=len, reverse=True))


SURNAMES = frozenset(load_words("surnames.txt"))
JAPANESE_SURNAMES = frozenset(load_words("japanese_surnames.txt"))
_TITLE_SECTIONS = load_sections("titles.txt")
TITLES = frozenset(w for part, ws in _TITLE_SECTIONS.items() if part != "duty" for w in ws)
# titles of people described, not appointed (网友, 市民), and what someone is doing before a title
EVERYDAY_TITLES = frozenset(_TITLE_SECTIONS["everyday"])
FAMILY_TITLES = frozenset(_TITLE_SECTIONS["family"])
DUTY_WORDS = frozenset(_TITLE_SECTIONS["duty"])
TITLES_RE = re.compile(alternation(TITLES))
_TITLE_LENGTHS = sorted({len(t) for t in TITLES}, reverse=True)

# brands that stand for their firm with no ending (苹果称, 特斯拉表示)
KNOWN_ORGANISATIONS = frozenset(load_words("organisations.txt"))
_ORG_WORDS = load_words("org_suffixes.txt")
_ORG_LONG = frozenset(w for w in _ORG_WORDS if len(w) > 1)
_ORG_LENGTHS = sorted({len(w) for w in _ORG_LONG}, reverse=True)
_ORG_SHORT = frozenset(w for w in _ORG_WORDS if len(w) == 1)

_OUTLETS = load_sections("outlets.txt")
OUTLET_NAMES = frozenset(_OUTLETS["names"])
_OUTLET_ENDINGS = frozenset(_OUTLETS["endings"])
_OUTLET_LENGTHS = sorted({len(w) for w in _OUTLET_ENDINGS}, reverse=True)
# the lengths of names long enough not to end a word by chance (共同社, not 央视)
_LONG_OUTLET_LENGTHS = sorted({len(n) for n in OUTLET_NAMES if len(n) >= 3}, reverse=True)


_FOREIGN = re.compile(rf"[{HAN}]{{1,8}}(?:[{NAME_DOTS}][{HAN}]{{1,8}})+")
_SPEAKER_LINE = re.compile(
    rf"^(?P<role>[^\s，,。；;：:“”]{{2,40}}?)[ \t\u3000\u00a0]+"
    rf"(?P<name>[{HAN}{NAME_DOTS}]{{2,17}})$"
)


def _ends_with(text: str, words: frozenset[str], lengths: list[int]) -> bool:
    return any(len(text) >= n and text[-n:] in words for n in lengths)


def is_outlet(name: str) -> bool:
    """A newspaper, agency or channel (《每日经济新闻》, 新华社, 央视): never a speaker."""
    bare = name.strip("《》〈〉 ")
    return (
        bool(bare)
        and (
            bare in OUTLET_NAMES
            or (len(bare) <= 12 and _ends_with(bare, _OUTLET_ENDINGS, _OUTLET_LENGTHS))
            # with its country before it: 日本共同社, 英国路透社
            or any(
                1 <= len(bare) - n <= 5
                and bare[-n:] in OUTLET_NAMES
                and han.han_count(bare[:-n]) == len(bare) - n
                for n in _LONG_OUTLET_LENGTHS
            )
        )
    )


def opens_with_outlet_ending(text: str) -> bool:
    """Does the text start with a paper's or channel's ending of two characters or more (日报,
    时报, 周刊), so that a name before it is the outlet's (华尔街|日报)?"""
    if text.startswith(("新闻发布", "新闻会", "新闻记者")):
        return False  # 华春莹新闻发布会上表示: where she spoke
    return any(text[:n] in _OUTLET_ENDINGS for n in _OUTLET_LENGTHS if n >= 2)


def has_org_ending(name: str) -> bool:
    """Does the name end as organisations' names end (某某证券, 财政部, …办公室)? A one-character
    ending counts after two more characters."""
    return _ends_with(name, _ORG_LONG, _ORG_LENGTHS) or (len(name) >= 3 and name[-1] in _ORG_SHORT)


def org_ending_length(text: str) -> int:
    """How many characters at the end of the text are a word that ends organisations' names
    (办公室: 3); 0 when none."""
    return next((n for n in _ORG_LENGTHS if len(text) >= n and text[-n:] in _ORG_LONG), 0)


def ends_with_title(role: str) -> bool:
    """Does this text end in a job title (`…司司长`, `…高级统计师`), also one not listed that
    ends as titles do (…统计师, …专员)?"""
    if _ends_with(role, TITLES, _TITLE_LENGTHS):
        return True
    if re.search(f"首席[{HAN}]{{1,6}}官$", role):
        return True  # 首席法务官, 首席合规官: a chief officer of any kind
    return len(role) >= 2 and role[-1] in "师员" and _is_han(role[-2])


def name_shaped(name: str) -> bool:
    """Could this stand alone as a person's name: a Han surname and one or two characters, a
    compound or Japanese surname and one to three, or a foreign name with dots?"""
    if _FOREIGN.fullmatch(name):
        return True
    if not re.fullmatch(f"[{HAN}]{{2,5}}", name):
        return False
    for n in (3, 2, 1):
        surname = name[:n]
        given = len(name) - n
        if surname in JAPANESE_SURNAMES and 1 <= given <= 3:
            return True
        if surname in SURNAMES and 1 <= given <= 2:
            return True
    return False


@lru_cache(maxsize=4096)
def speaker_line(line: str) -> tuple[str, str] | None:
    """(role, name) of an interview or survey line that introduces a person's words
    (`某某株式会社中国区总经理　田中花子`, `某某商事社长 山本一郎`); else None."""
    m = _SPEAKER_LINE.match(line.strip())
    if not m:
        return None
    role, name = m.group("role"), m.group("name")
    if not name_shaped(name):
        return None
    if not ends_with_title(role.replace(" ", "")) or has_org_ending(name) or name in TITLES:
        return None
    return role, name
