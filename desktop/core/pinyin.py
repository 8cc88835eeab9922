"""Pinyin for segmented text: one tone-marked syllable per Han character, "" otherwise.

pypinyin alone misreads much news vocabulary (重塑 zhòng sù, 质朴 zhì piáo) and reads a
polyphonic character that no phrase covers out of context (长而 zhǎng, 转了一圈 zhuǎn). Fixes, in
order: pypinyin-dict's CC-CEDICT phrase readings, the project's corrections file, the structural
particles 地/得 read from their neighbours; then the context model (desktop.core.polyphone) reads
every polyphonic character: a character inside a word the phrase tables know keeps the table's
reading unless the model all but rules it out, any other takes the model's. The reader's own
corrections, and in person names the surname and given-name readings, win over everything (a name's
other characters keep their out-of-context reading unless the model all but rules it out); a
name no speaker gives is found by its shape (`names_by_shape`: 单田芳, 记者|单|宏伟).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pypinyin import Style, lazy_pinyin, load_phrases_dict
from pypinyin.constants import PHRASES_DICT
from pypinyin.contrib.tone_convert import to_tone3

from desktop.core.cache import cached
from desktop.resources import resource_path

_lock = threading.Lock()
_loaded = False
_corrections: dict[str, list[str]] = {}
_cedict: dict[str, tuple[str, ...]] = {}
_disputed: dict[str, tuple[tuple[str, ...], ...]] = {}
_surnames: dict[str, list[str]] = {}
_given: dict[str, str] = {}
_proper: frozenset[str] | None = None
_name_tag_sets: tuple[frozenset[str], frozenset[str]] | None = None

# A phrase table's reading stands unless the models give it less than this share of their best
# reading's probability. g2pM alone may do so only inside a proper noun (jieba tags it a name,
# place, organisation or other proper noun): the tables misread names and transliterations
# (阆中 làng, 勃艮第 gèn: the tables have láng, gěn) and it is sure; in a common word its certainty
# is its bias (审时度势 dù, 与会者 yǔ). The second model, which weighs the tables' reading, may
# everywhere.
RULE_OUT = 0.0005
_PROPER_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz"})
# jieba's tags of a person's name, and the first letters of the tags of what no given name is (a
# verb, adverb, preposition, conjunction, pronoun, numeral, measure word, particle, direction…)
_PERSON_TAGS = frozenset({"nr", "nrfg"})
_NOT_NAME_TAG_LETTERS = frozenset("vdpcrmqufyeokh")
# What never stands in a given name: particles and function words (as speakers reads names)
_NOT_IN_GIVEN = frozenset("的了在是和与及等对将也还都而从被把为以于就说这那其之者们则却便着过")
# Characters of transliterations that Chinese given names do not use (柏培拉 is Berbera)
_TRANSLITERATION = frozenset("斯尔姆顿拉娜娅莎丝茨兹埃奥乌伊")
# What may follow a name as one character: a function word, or a verb of saying
_AFTER_NAME = _NOT_IN_GIVEN | frozenset("说称又向跟同")
# In a word only CC-CEDICT has (pypinyin's curated table lacks it), g2pM may overrule the reading
# of a character the second model does not know where it is all but certain: below this share.
# CC-CEDICT's long tail is less sure of its tones (拖拽 yè, 脯氨酸 pú, 混行 hún: zhuài, fǔ, hùn);
# the bar is lower than RULE_OUT because g2pM's bias reaches 1e-4 in common words (炸鸡 zhà: 6e-5).
LONE_RULE_OUT = 1e-5
# Where the tables themselves give a character both readings in a word (教学 jiāo/jiào, 强忍
# qiáng/qiǎng, 厚薄 báo/bó) and the models prefer the other one, the table's reading need not be
# all but ruled out, only clearly less likely: below this share of the best one's (溃散 sàn, 泄露
# lòu, 强忍 qiǎng: the table's reading 0.007, 0.001, 0.002 of the models'). At 1/10 the models
# start to take a dispute's rarer reading where the common one is right (玄参 shēn, 厚薄 bó).
DISPUTED_RULE_OUT = 0.01
# Readings the model gives at least this probability are offered in the popup besides the one shown.
ALTERNATIVE_FLOOR = 0.1

# Before a standalone 地, these make it the noun "place" (两地, 各地 split by jieba), not the
# particle.
_PLACE_BEFORE_DI = set("两三四五六七八九十各该此本外当异全多几这那某原产属基内两")


def _ensure_loaded() -> None:
    global _loaded
    with _lock:
        if _loaded:
            return
        readings, disputed = _cached_cedict_readings()
        _cedict.update(readings)
        _disputed.update(disputed)
        for word, syllables in _read_word_list("pinyin_corrections.txt"):
            _corrections[word] = syllables
        load_phrases_dict({w: [[s] for s in syl] for w, syl in _corrections.items()})
        for kind, chars, syllables in _read_name_readings():
            if kind == "surname":
                _surnames[chars] = syllables
            else:
                _given[chars] = syllables[0]
        _loaded = True


def _cached_cedict_readings() -> tuple[
    dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, ...], ...]]
]:
    """The merged CC-CEDICT readings, and the words whose readings the tables dispute (0.6 s to
    build, 0.05 s from the cache)."""
    from importlib.metadata import version

    key = f"{version('pypinyin')}-{version('pypinyin-dict')}"
    return cached(
        "cedict-readings-disputed",
        key,
        lambda: (
            {w: tuple(r[0] for r in rs) for w, rs in _cedict_phrases().items()},
            _disputed_readings(),
        ),
    )


def _disputed_readings() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Words of two or more characters for which the phrase tables give a character more than one
    reading (pypinyin's heteronyms and CC-CEDICT's entries together; 教学 jiāo/jiào xué): per
    character, every reading they give it, in tone numbers (light tones left out, as a full tone
    is no dispute of them)."""
    from pypinyin_dict.phrase_pinyin_data import cc_cedict

    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for word in set(PHRASES_DICT) | set(cc_cedict.phrases_dict):
        per_char: list[set[str]] = [set() for _ in word]
        for table in (PHRASES_DICT, cc_cedict.phrases_dict):
            entry = table.get(word)
            if entry is None or len(entry) != len(word):
                continue
            for k, options in enumerate(entry):
                per_char[k].update(n for n in map(number_of, options) if n[-1:] != "5")
        if any(len(options) > 1 for options in per_char):
            out[word] = tuple(tuple(sorted(options)) for options in per_char)
    return out


def _cedict_phrases() -> dict[str, list[list[str]]]:
    """pypinyin-dict's CC-CEDICT readings, merged so they fix pypinyin without undoing it.

    CC-CEDICT lists every reading a word has (结果 jiē/jié guǒ) in tone order, not by use; where it
    gives more than one, pypinyin's own choice (the common one) stays. Where it gives one
    (重塑 chóng sù, 质朴 zhì pǔ), or pypinyin has no entry, CC-CEDICT's reading is taken.
    """
    from pypinyin_dict.phrase_pinyin_data import cc_cedict

    merged = {}
    for word, readings in cc_cedict.phrases_dict.items():
        if word not in PHRASES_DICT:
            merged[word] = [[r[0]] for r in readings]
        elif all(len(r) == 1 for r in readings):
            merged[word] = readings
    return merged


def _read_word_list(name: str) -> list[tuple[str, list[str]]]:
    out = []
    for line in resource_path(name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, *syllables = line.split()
        if len(syllables) != len(word):
            raise ValueError(
                f"{name}: {word} has {len(word)} characters but {len(syllables)} syllables"
            )
        out.append((word, syllables))
    return out


def _read_name_readings() -> list[tuple[str, str, list[str]]]:
    out = []
    for line in resource_path("name_readings.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            kind, chars, *syllables = line.split()
            out.append((kind, chars, syllables))
    return out


@lru_cache(maxsize=200_000)
def word_pinyin(word: str) -> tuple[str, ...]:
    """Readings of a word out of context; "" for each character that is not Han."""
    _ensure_loaded()
    if word in _corrections:
        return tuple(_corrections[word])
    if word in _cedict:
        return _cedict[word]
    out = lazy_pinyin(word, style=Style.TONE, errors=_no_syllables)
    if len(out) != len(word):  # pypinyin grouped something unexpectedly: go char by char
        out = [word_pinyin(c)[0] if len(c) == 1 and c != word else "" for c in word]
    return tuple(out)


def _no_syllables(chunk: str) -> Any:
    """What pypinyin gives a run of characters that are not Han: "" for each (its stub says str)."""
    return [""] * len(chunk)


def name_pinyin(name: str) -> list[str]:
    """A person's name: surname reading, then given-name readings; `·` names char by char."""
    _ensure_loaded()
    out = list(word_pinyin(name))
    if "·" in name or not name:
        return out
    surname = name[:2] if name[:2] in _surnames else name[0]
    if surname in _surnames:
        out[: len(surname)] = _surnames[surname]
    else:
        out[: len(surname)] = [word_pinyin(c)[0] for c in surname]
    for i in range(len(surname), len(name)):
        out[i] = _given.get(name[i], word_pinyin(name[i])[0])
    return out


def _free_in_name(name: str) -> list[int]:
    """Offsets of a person's name that no name table reads: every character of a transliterated
    name (with `·`: 塞斯·斯托顿 sài), else the given name's characters that the given-name table
    lacks (孙晟 shèng, 陈元靓 liàng: out of context they are read chéng, jìng). There the models
    may overrule the out-of-context reading where they all but rule it out (RULE_OUT); the
    surname's reading, and a given-name reading from the table (长 cháng, 乐 lè), stand."""
    _ensure_loaded()
    if "·" in name:
        return list(range(len(name)))
    surname = name[:2] if name[:2] in _surnames else name[0]
    return [i for i in range(len(surname), len(name)) if name[i] not in _given]


@dataclass
class Reading:
    """An article's pinyin: one list of syllables per token, and where the model was unsure,
    the other readings it gave weight to (offset -> tone-marked syllables, likeliest first)."""

    syllables: list[list[str]]
    alternatives: dict[int, list[str]] = field(default_factory=dict)


def tokens_pinyin(
    text: str,
    spans: Sequence[tuple[int, int]],
    names: AbstractSet[tuple[int, int]] = frozenset(),
    overrides: Mapping[str, Sequence[str]] | None = None,
) -> list[list[str]]:
    """Pinyin of every token span, read in context: particles from neighbours, names as names,
    `overrides` (the reader's own corrections) before everything else."""
    return read_tokens(text, spans, names, overrides).syllables


def read_tokens(
    text: str,
    spans: Sequence[tuple[int, int]],
    names: AbstractSet[tuple[int, int]] = frozenset(),
    overrides: Mapping[str, Sequence[str]] | None = None,
) -> Reading:
    """`tokens_pinyin`, with the other readings of the characters the model was unsure of."""
    return read_many([(text, spans, names, overrides)])[0]


# One article for read_many: its text, token spans, person-name spans and the reader's corrections.
ReadRequest = tuple[
    str,
    Sequence[tuple[int, int]],
    AbstractSet[tuple[int, int]],
    Mapping[str, Sequence[str]] | None,
]


def read_many(requests: Sequence[ReadRequest]) -> list[Reading]:
    """`read_tokens` of several articles, the context model asked once for all of them (its
    batches are cheaper the more sentences share them); each article's reading is its own."""
    from desktop.core import polyphone  # numpy and the models: on the first analysis, not at start

    plans = [_plan(*request) for request in requests]
    contexts = polyphone.readings_in_contexts(
        [(text, list(plan.hints), plan.hints) for (text, *_), plan in zip(requests, plans)]
    )
    return [_finish(plan, context) for plan, context in zip(plans, contexts)]


@dataclass
class _Plan:
    """An article's readings before the model, and what the model is asked: `hints` (offset ->
    the reading so far, and the token's kind, which the second model weighs) and, per asked
    character, where its answer goes and what may overrule what (see `_choose`)."""

    syllables: list[list[str]]
    hints: dict[int, tuple[str, int]]
    asked: list[tuple[list[str], int, int, str | None, bool, tuple[str, ...], bool]]


def _plan(
    text: str,
    spans: Sequence[tuple[int, int]],
    names: AbstractSet[tuple[int, int]],
    overrides: Mapping[str, Sequence[str]] | None,
) -> _Plan:
    from desktop.core import polyphone

    whole, surnames = names_by_shape(text, spans, names)
    names = names | whole if whole else names
    out, settled = _without_model(text, spans, names, overrides, surnames)
    first, second = polyphone.model().candidates, polyphone.second_model().candidates
    either = polyphone.characters()
    plan = _Plan(out, {}, [])
    for (start, end), syllables, done in zip(spans, out, settled):
        word = text[start:end]
        if either.isdisjoint(word):
            continue
        if done:
            if (start, end) in names and not (overrides and word in overrides):
                # a person's name: the models may overrule a character no name table reads
                for k in _free_in_name(word):
                    if word[k] in first or word[k] in second:
                        plan.hints[start + k] = (number_of(syllables[k]), 2)
                        plan.asked.append((syllables, k, start + k, syllables[k], True, (), False))
            continue
        # inside a known word (the token, or a word of its dictionary-only cut): its reading
        known, in_name, disputed = _table_readings(word), _in_proper_noun(word), _disputed_in(word)
        only_cedict = _in_cedict_only(word)
        for k, char in enumerate(word):
            own = char in second
            if (not own and char not in first) or (syllables[k] == "de" and char in "地得"):
                continue  # no model knows it, or the particle rule's de stands
            # the second model weighs the tables itself; g2pM alone may overrule them in names,
            # in words only CC-CEDICT has, and elsewhere only for a reading the tables give that
            # word too (see _choose): where neither may, the known word's reading stands and the
            # model is not asked
            may_overrule = in_name[k] or own
            lone = only_cedict[k] and not own
            reading = known[k]
            if reading is not None and not may_overrule and not disputed[k] and not lone:
                syllables[k] = reading
                continue
            plan.hints[start + k] = (
                (number_of(known[k]), 1)
                if known[k]
                else (number_of(syllables[k]), 0 if end - start == 1 else 2)
            )
            plan.asked.append((syllables, k, start + k, known[k], may_overrule, disputed[k], lone))
    return plan


def _finish(plan: _Plan, context: Mapping[int, Mapping[str, float]]) -> Reading:
    """The plan's readings with the model's answers chosen in."""
    alternatives: dict[int, list[str]] = {}
    for syllables, k, offset, known_reading, may_overrule, disputed_readings, lone in plan.asked:
        probabilities = context.get(offset)
        if probabilities is None:
            continue
        chosen, others = _choose(
            known_reading, may_overrule, probabilities, disputed_readings, lone
        )
        syllables[k] = chosen
        if others:
            alternatives[offset] = others
    return Reading(plan.syllables, alternatives)


def tokens_pinyin_without_model(text: str, spans: Sequence[tuple[int, int]]) -> list[list[str]]:
    """The readings before the context model: phrase tables, corrections and particle rules
    (what the model is trained to weigh)."""
    return _without_model(text, spans, frozenset(), None)[0]


def _without_model(
    text: str,
    spans: Sequence[tuple[int, int]],
    names: AbstractSet[tuple[int, int]],
    overrides: Mapping[str, Sequence[str]] | None,
    surnames: AbstractSet[tuple[int, int]] = frozenset(),
) -> tuple[list[list[str]], list[bool]]:
    """Readings from the tables and rules, and per token whether it is settled (a correction,
    the reader's own or the project's, or a person's name) so that no model may change it (but
    for a name's characters no name table reads: see `_free_in_name`)."""
    _ensure_loaded()
    words = [text[s:e] for s, e in spans]
    out: list[list[str]] = []
    settled: list[bool] = []
    for i, word in enumerate(words):
        if overrides and word in overrides and len(overrides[word]) == len(word):
            out.append(list(overrides[word]))
            settled.append(True)
        elif spans[i] in names:
            out.append(name_pinyin(word))
            settled.append(True)
        elif spans[i] in surnames:
            out.append(list(_surnames[word]))
            settled.append(True)
        else:
            prev = words[i - 1] if i else ""
            nxt = words[i + 1] if i + 1 < len(words) else ""
            out.append(_in_context(word, prev, nxt))
            settled.append(word in _corrections)
    return out, settled


def is_known_word(word: str) -> bool:
    """Whether a phrase table (or the corrections file) has `word`."""
    return word in _corrections or word in _cedict or word in PHRASES_DICT


# The longest word looked for inside a token no phrase table knows.
_LONGEST_PART = 6


@lru_cache(maxsize=100_000)
def _table_readings(word: str) -> tuple[str | None, ...]:
    """Per character, the reading a phrase table gives it inside a word of two or more characters:
    the token itself, or, for a token no table knows, the known words found in it by longest match
    from the left (jieba's HMM glues a polyphone to its neighbour: 笼罩着; its dictionary has
    compounds the tables lack: 行业协会, 偿还债务). None elsewhere."""
    out: list[str | None] = [None] * len(word)
    for start, end in _known_parts(word):
        out[start:end] = word_pinyin(word[start:end])
    return tuple(out)


@lru_cache(maxsize=100_000)
def _disputed_in(word: str) -> tuple[tuple[str, ...], ...]:
    """Per character, the readings the tables give it in the known word holding it (as in
    `_table_readings`) when they give more than one (else none): the model may choose among them."""
    out: list[tuple[str, ...]] = [()] * len(word)
    for start, end in _known_parts(word):
        disputed = _disputed.get(word[start:end])
        if disputed:
            out[start:end] = disputed
    return tuple(out)


@lru_cache(maxsize=100_000)
def _in_cedict_only(word: str) -> tuple[bool, ...]:
    """Per character, whether the known word holding it (as in `_table_readings`) is one only
    CC-CEDICT has: not pypinyin's phrase table, nor the corrections file. pypinyin's table is
    curated; the tones of CC-CEDICT's long tail of technical terms and rarer words are less sure
    (拖拽 yè, 脯氨酸 pú, 混行 hún, where the dictionaries have zhuài, fǔ, hùn), so there g2pM may
    overrule them where it is all but certain (LONE_RULE_OUT)."""
    out = [False] * len(word)
    for start, end in _known_parts(word):
        part = word[start:end]
        lone = part in _cedict and part not in PHRASES_DICT and part not in _corrections
        out[start:end] = [lone] * (end - start)
    return tuple(out)


@lru_cache(maxsize=100_000)
def _in_proper_noun(word: str) -> tuple[bool, ...]:
    """Per character, whether the known word holding it (as in `_table_readings`) is a proper
    noun."""
    out = [False] * len(word)
    names = proper_nouns()
    for start, end in _known_parts(word):
        out[start:end] = [word[start:end] in names] * (end - start)
    return tuple(out)


def _known_parts(word: str) -> list[tuple[int, int]]:
    if len(word) > 1 and is_known_word(word):
        return [(0, len(word))]
    parts = []
    pos = 0
    while pos < len(word) - 1:
        for size in range(min(_LONGEST_PART, len(word) - pos), 1, -1):
            if is_known_word(word[pos : pos + size]):
                parts.append((pos, pos + size))
                pos += size
                break
        else:
            pos += 1
    return parts


def proper_nouns() -> frozenset[str]:
    """The words jieba's dictionary tags as proper nouns (112,000; 0.15 s to read, cached)."""
    global _proper
    if _proper is None:
        from importlib.metadata import version

        _proper = cached("jieba-proper-nouns", version("jieba"), _read_proper_nouns)
    return _proper


def _name_tags() -> tuple[frozenset[str], frozenset[str]]:
    """From jieba's dictionary: the words of up to four characters it tags as a person's name
    opened by a surname the name table reads (the only ones names_by_shape asks about: a few
    thousand of its 73,000), and the words of one or two it tags as what no given name is (a
    verb, an adverb, a numeral…; see _NOT_NAME_TAG_LETTERS). 0.2 s to read, cached."""
    global _name_tag_sets
    if _name_tag_sets is None:
        from importlib.metadata import version

        _ensure_loaded()
        surnames = "".join(sorted(_surnames))
        key = f"{version('jieba')}-{hashlib.sha256(surnames.encode()).hexdigest()[:12]}"
        _name_tag_sets = cached("jieba-name-tags", key, _read_name_tags)
    return _name_tag_sets


def _read_name_tags() -> tuple[frozenset[str], frozenset[str]]:
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    people, not_names = set(), set()
    with open(path, encoding="utf-8") as f:
        for word, _, tag in (line.split() for line in f):
            if tag in _PERSON_TAGS and len(word) <= 4:
                if word[:1] in _surnames or word[:2] in _surnames:
                    people.add(word)
            elif tag[0] in _NOT_NAME_TAG_LETTERS and len(word) <= 2:
                not_names.add(word)
    return frozenset(people), frozenset(not_names)


def names_by_shape(
    text: str, spans: Sequence[tuple[int, int]], names: AbstractSet[tuple[int, int]]
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Person names the speakers did not find, opened by a surname the name table reads its own
    way (单 shàn, 区 ōu): (tokens that are a whole name, single-character tokens that are a
    surname before its given name's token). The surname's character must be no verb, adverb,
    pronoun or numeral on its own (曾, 解, 任 and 能 are: 曾|多次, 他曾亲耳).

    A whole name is a token of three or four characters, the surname and one or two (jieba tags
    单飞 and 单峰 names too), that is no known word, whose surname and first given character are
    none either (单位, 华为) nor its given name (曾|亲耳), with no transliteration's character
    (柏培拉), not followed by one character that is no function word (仇深似|海), and that
    jieba's dictionary tags a person's name (单田芳) or that its HMM made (单晓明). A surname
    token names someone after a job title or 记者 and before a given name of one or two
    characters that is no verb or adverb (记者|单|宏伟, not 部长|曾|访问)."""
    _ensure_loaded()
    from desktop.core.lexicon import ends_with_title
    from desktop.core.segment import tokenizer

    people, not_names = _name_tags()
    known = tokenizer().FREQ
    whole: set[tuple[int, int]] = set()
    surname_tokens: set[tuple[int, int]] = set()
    for i, (start, end) in enumerate(spans):
        if (start, end) in names:
            continue
        word = text[start:end]
        surname = word[:2] if word[:2] in _surnames else word[:1]
        if surname not in _surnames or surname in not_names:
            continue
        given = word[len(surname) :]
        if given:
            if (
                len(given) <= 2
                and len(word) >= 3
                and all(_is_han(c) and c not in _NOT_IN_GIVEN for c in given)
                and _TRANSLITERATION.isdisjoint(given)
                and not _glued_to_next(text, spans, i)
                and not is_known_word(word)
                and not is_known_word(word[: len(surname) + 1])
                and not (len(given) > 1 and is_known_word(given))
                and (word in people or not known.get(word))
            ):
                whole.add((start, end))
            continue
        if i + 1 >= len(spans) or spans[i + 1] in names:
            continue
        after = text[spans[i + 1][0] : spans[i + 1][1]]
        before = text[max(0, start - 8) : start]
        if (
            (ends_with_title(before) or before.endswith("记者"))
            and 1 <= len(after) <= 2
            and all(_is_han(c) and c not in _NOT_IN_GIVEN for c in after)
            and after not in not_names
            and not is_known_word(surname + after[0])
        ):
            surname_tokens.add((start, end))
    return whole, surname_tokens


def _glued_to_next(text: str, spans: Sequence[tuple[int, int]], i: int) -> bool:
    """Whether token i is followed by one Han character that is no function word: jieba's
    dictionary tags as names the heads of idioms and phrases (仇深似|海, 能言善|辩), and these
    stand before the rest of them."""
    if i + 1 >= len(spans):
        return False
    start, end = spans[i + 1]
    return end - start == 1 and _is_han(text[start]) and text[start] not in _AFTER_NAME


def _read_proper_nouns() -> frozenset[str]:
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    with open(path, encoding="utf-8") as f:
        return frozenset(w for w, _, tag in (line.split() for line in f) if tag in _PROPER_TAGS)


def _choose(
    table: str | None,
    may_overrule: bool,
    probabilities: Mapping[str, float],
    disputed: Sequence[str] = (),
    lone: bool = False,
) -> tuple[str, list[str]]:
    """The reading of one polyphonic character and the others worth showing.

    `table` is a phrase table's reading (None if no known word holds the character), `may_overrule`
    whether the models may set it aside, `probabilities` theirs, in tone numbers, `disputed` the
    readings the tables themselves give the character in that word when they give more than one
    (教学 jiāo/jiào): the models may always choose among those, the table's reading set aside where
    it has less than DISPUTED_RULE_OUT of the best one's probability. Any other reading set aside
    must have less than RULE_OUT. A table's light tone (知识 zhī shi) is kept where
    the model agrees on the syllable: the model was trained on text that writes the full tone, the
    dictionary has the light one. `lone`: the table's word is one only CC-CEDICT has and the
    probabilities are g2pM's; it may set the reading aside where it gives it less than
    LONE_RULE_OUT of its best."""
    marked = {number: _marked(number) for number in probabilities}
    best = max(probabilities, key=probabilities.__getitem__)
    chosen = marked[best]
    if table is not None:
        if best in disputed and number_of(table) in disputed:
            bar: float | None = DISPUTED_RULE_OUT
        else:
            may_overrule = may_overrule or best in disputed
            bar = RULE_OUT if may_overrule else LONE_RULE_OUT if lone else None
        if bar is None or not _ruled_out(table, probabilities, best, bar):
            chosen = table
    shown = _letters(chosen) + ("" if _has_tone(chosen) else "5")
    others = [
        marked[n]
        for n, p in sorted(probabilities.items(), key=lambda kv: -kv[1])
        if p >= ALTERNATIVE_FLOOR and n != number_of(chosen) and n != shown
    ]
    return chosen, others


def _ruled_out(table: str, probabilities: Mapping[str, float], best: str, bar: float) -> bool:
    """Whether the models give a table's reading less than `bar` times their best reading's
    probability (a light tone: every tone of its syllable counts for it)."""
    if _has_tone(table):
        support = probabilities.get(number_of(table), 0.0)
    else:
        letters = _letters(table)
        support = sum(p for n, p in probabilities.items() if n[:-1] == letters)
    return support < bar * probabilities[best]


@lru_cache(maxsize=4096)
def _marked(number: str) -> str:
    return numbers_to_marks([number])[0]


def _has_tone(syllable: str) -> bool:
    return number_of(syllable)[-1:] in ("1", "2", "3", "4")


@lru_cache(maxsize=4096)
def number_of(syllable: str) -> str:
    """`zhǎng` -> `zhang3`, `lǜ` -> `lu:4` (g2pM's spelling); a light tone ends in 5."""
    numbered = to_tone3(syllable, v_to_u=False, neutral_tone_with_five=True) if syllable else ""
    return numbered.replace("v", "u:")


def _letters(syllable: str) -> str:
    return number_of(syllable)[:-1]


def _in_context(word: str, prev: str, nxt: str) -> list[str]:
    syllables = list(word_pinyin(word))
    last = word[-1]
    if (
        last in "地得"
        and (len(word) == 1 or (word not in PHRASES_DICT and word not in _cedict))
        and _is_particle(word, prev, nxt)
    ):
        syllables[-1] = "de"
    return syllables


def _is_particle(word: str, prev: str, nxt: str) -> bool:
    """地/得 after a describing word and before what it describes is the particle de."""
    before = word[:-1] or prev
    if not before or not _is_han(before[-1]) or not nxt or not _is_han(nxt[0]):
        return False
    if word[-1] == "地":
        return before[-1] not in _PLACE_BEFORE_DI and len(before) >= 2
    return not nxt.startswith(("到", "以", "益", "失", "分", "知", "出", "奖"))


def _is_han(c: str) -> bool:
    return (
        "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or "\U00020000" <= c <= "\U0003134f"
    )


def numbers_to_marks(syllables: Sequence[str]) -> list[str]:
    """`zhi4 pu3` -> `zhì pǔ`; already-marked syllables pass through; "" for what is no syllable."""
    from pypinyin.contrib.tone_convert import to_tone

    out = []
    for s in syllables:
        s = s.strip().lower().replace("u:", "v")
        if not s or not all(c.isalpha() or c in "12345" for c in s):
            out.append("")
        elif s[-1] in "12345":
            out.append(to_tone(s) if s[-1] != "5" else s[:-1].replace("v", "ü"))
        else:
            out.append(s.replace("v", "ü"))
    return out


def tone_numbers(syllables: Sequence[str]) -> list[str]:
    """`zhǎng` -> `zhang3`; the neutral tone has no number; "" stays ""."""
    return [to_tone3(s) if s else "" for s in syllables]
