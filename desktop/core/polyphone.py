"""Polyphonic characters read in their sentence by two context models.

pypinyin reads a character that no phrase table covers by its most common reading, out of
context (长 cháng in 长而, 为 wèi in 以…为代表). The first model is g2pM's BiLSTM (Park & Lee,
Interspeech 2020; PyPI `g2pM`, Apache-2.0), trained on CPP's Wikipedia sentences: it knows 791
polyphones but is so sure of a character's usual reading that it overrules words it rarely saw
(了解 le, 行业 xíng). The second (resources/polyphone/model.npz, made by train.py beside it) covers
the most common polyphones, was trained on sentences that give each of their readings its share,
and also reads the dictionary's reading of the word the character stands in. Where both know a
character their log-probabilities are averaged.

Both networks are run here in numpy, batched over the sentences of an article (g2pM's own code
reads one sentence at a time and gives no probabilities), both directions of a BiLSTM in one
loop, with softmaxes restricted to the character's own readings. The weights are read once, on
the first analysis that needs them.
"""

from __future__ import annotations

import pickle
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

import numpy as np  # with one OpenBLAS thread: see desktop/__init__.py

from desktop.resources import resource_path

# Sentences end here; the model was trained on single sentences.
_SENTENCE_END = re.compile("[。！？!?；;\n]")
# A longer run without an end is cut into pieces of this size (the network's cost is linear in it,
# but its padding in a batch is not).
_MAX_PIECE = 120
# Characters (sentences x the longest one's length) run through a network at once. Both directions
# go in one loop, so a batch's gates take 2 x 4H floats a character (8 MB for the second model):
# short sentences share a batch in large numbers (fewer steps of the loop), long ones in small
# ones (a long article's peak memory stays low).
_BATCH_CHARS = 4096
# Wanted characters whose readings are scored at once: g2pM scores all its 876 readings, 3.5 KB a
# character, so that a 100,000-character article's scores at once took 1.1 KB a character of text.
_SCORED_ROWS = 1024
_BOS, _EOS, _UNK = "시", "끝", "<UNK>"  # g2pM's own sentence-boundary and unknown symbols

# The weight of g2pM's log-probabilities where the second model knows the character too, by the
# kind of the character's token: inside a word the phrase tables know, the second model (which
# weighs the tables' reading) decides alone; g2pM overrules common words it rarely saw
# (了解 le, 的确 de). Elsewhere the two vote as equals. (Chosen on CPP's dev split and on g2pL's
# test file; see resources/polyphone/README.md.)
FIRST_MODEL_WEIGHT = {0: 0.5, 1: 0.0, 2: 0.5}
# g2pM's probability above which, if it agrees with the dictionary, the second model is not asked.
SURE = 0.99
# A reading one model does not have gets this probability from it, not zero.
_ABSENT = 1e-6

_lock = threading.Lock()
_model: _Model | None = None
_second: _SecondModel | None = None


@dataclass(frozen=True)
class _Model:
    char_ids: dict[str, int]
    candidates: dict[str, tuple[np.ndarray, tuple[str, ...]]]  # char -> (class ids, readings)
    embedding: np.ndarray
    lstm: tuple[np.ndarray, np.ndarray, np.ndarray]  # both directions: see _directions
    hidden: tuple[np.ndarray, np.ndarray]
    output: tuple[np.ndarray, np.ndarray]


def _load() -> _Model:
    """g2pM's vocabulary, readings and weights, as float32 arrays (1.6 MB; 30 ms)."""
    package = files("g2pM")

    def read(name: str) -> Any:
        with package.joinpath(name).open("rb") as f:
            return pickle.load(f)  # the package's own data files, installed beside its code

    char_ids: dict[str, int] = read("char2idx.pkl")
    class_ids: dict[str, int] = read("class2idx.pkl")
    readings: dict[str, list[str]] = read("digest_cedict.pkl")
    w = {k: np.asarray(v, dtype=np.float32) for k, v in read("np_ckpt.pkl").items()}
    candidates = {}
    for char, options in readings.items():
        known = tuple(r for r in options if r in class_ids)
        if len(known) > 1:
            candidates[char] = (np.array([class_ids[r] for r in known]), known)

    def direction(suffix: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return (
            w[f"lstm.weight_ih_l0{suffix}"],
            w[f"lstm.weight_hh_l0{suffix}"],
            w[f"lstm.bias_ih_l0{suffix}"] + w[f"lstm.bias_hh_l0{suffix}"],
        )

    return _Model(
        char_ids=char_ids,
        candidates=candidates,
        embedding=w["embedding.weight"],
        lstm=_directions(direction(""), direction("_reverse")),
        hidden=(np.ascontiguousarray(w["logit_layer.0.weight"].T), w["logit_layer.0.bias"]),
        output=(np.ascontiguousarray(w["logit_layer.2.weight"].T), w["logit_layer.2.bias"]),
    )


@dataclass(frozen=True)
class _SecondModel:
    candidates: dict[str, tuple[np.ndarray, tuple[str, ...]]]  # char -> (pair ids, readings)
    embedding: np.ndarray
    lstm: tuple[np.ndarray, np.ndarray, np.ndarray]
    hidden: tuple[np.ndarray, np.ndarray]
    pair: np.ndarray
    pair_bias: np.ndarray
    app_weight: np.ndarray


def _load_second() -> _SecondModel:
    """resources/polyphone/model.npz (its vocabulary is g2pM's)."""
    with np.load(resource_path("polyphone/model.npz")) as z:
        w = {k: z[k] for k in z.files}
    candidates: dict[str, tuple[list[int], list[str]]] = {}
    for index, (char, reading) in enumerate(
        zip(w["pair_chars"].tolist(), w["pair_readings"].tolist())
    ):
        ids, names = candidates.setdefault(char, ([], []))
        ids.append(index)
        names.append(reading)

    def direction(prefix: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return (w[f"{prefix}_in"], w[f"{prefix}_hidden"], w[f"{prefix}_bias"])

    return _SecondModel(
        candidates={c: (np.array(ids), tuple(names)) for c, (ids, names) in candidates.items()},
        embedding=w["embedding"],
        lstm=_directions(direction("forward"), direction("backward")),
        hidden=(np.ascontiguousarray(w["hidden_weight"].T), w["hidden_bias"]),
        pair=w["pair"],
        pair_bias=w["pair_bias"],
        app_weight=w["app_weight"],
    )


def model() -> _Model:
    """g2pM, loaded on first use (never at import: the reader's first picture needs none)."""
    global _model
    with _lock:
        if _model is None:
            _model = _load()
        return _model


def second_model() -> _SecondModel:
    """The project's own model, loaded on first use."""
    global _second
    with _lock:
        if _second is None:
            _second = _load_second()
        return _second


@lru_cache(maxsize=1)
def characters() -> frozenset[str]:
    """Every character either model reads."""
    return frozenset(model().candidates) | frozenset(second_model().candidates)


def is_polyphone(char: str) -> bool:
    """Whether the model knows more than one reading for `char`."""
    return char in model().candidates


def _bounds(text: str) -> list[tuple[int, int]]:
    """Sentence-like pieces tiling `text`: each ends after a sentence end, or at _MAX_PIECE."""
    out: list[tuple[int, int]] = []
    start = 0
    for end in [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        while end - start > _MAX_PIECE:
            out.append((start, start + _MAX_PIECE))
            start += _MAX_PIECE
        if end > start:
            out.append((start, end))
        start = end
    return out


def _pieces(text: str, wanted: Sequence[int]) -> list[tuple[int, int, list[int]]]:
    """(start, end, wanted offsets inside) for each sentence-like piece holding a wanted offset."""
    out: list[tuple[int, int, list[int]]] = []
    k = 0
    ordered = sorted(wanted)
    for s, e in _bounds(text):
        inside = []
        while k < len(ordered) and ordered[k] < e:
            if ordered[k] >= s:
                inside.append(ordered[k])
            k += 1
        if inside:
            out.append((s, e, inside))
    return out


def _directions(
    forward: tuple[np.ndarray, np.ndarray, np.ndarray],
    backward: tuple[np.ndarray, np.ndarray, np.ndarray],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Two LSTM directions as torch keeps them (input weights [4H, in], hidden weights [4H, H],
    bias [4H], gates in the order i, f, g, o) stacked for one loop over both: input weights
    [2, in, 4H], hidden weights [2, H, 4H], bias [2, 4H], gates reordered to i, f, o, g and the
    sigmoid gates' rows halved, so that one tanh over all gates gives sigmoid(x) as
    0.5 * tanh(x / 2) + 0.5 (no overflow, one call)."""
    size = forward[1].shape[1]
    order = np.r_[0 : 2 * size, 3 * size : 4 * size, 2 * size : 3 * size]
    scale = np.r_[np.full(3 * size, 0.5), np.ones(size)].astype(np.float32)

    def one(w_in: np.ndarray, w_hidden: np.ndarray, bias: np.ndarray) -> list[np.ndarray]:
        return [
            (w_in[order] * scale[:, None]).T,
            (w_hidden[order] * scale[:, None]).T,
            bias[order] * scale,
        ]

    parts = zip(one(*forward), one(*backward))
    w_in, w_hidden, bias = (np.ascontiguousarray(np.stack(p), dtype=np.float32) for p in parts)
    return w_in, w_hidden, bias


def _run_bilstm(
    embedding: np.ndarray,
    ids: np.ndarray,
    reversed_ids: np.ndarray,
    lstm: tuple[np.ndarray, np.ndarray, np.ndarray],
) -> np.ndarray:
    """Hidden states of both LSTM directions over left-aligned, padded sequences of ids
    [batch, time] (the second direction's read backwards): [time, 2, batch, H]. A row's state at
    step t depends on its first t inputs only, so its padding (after its end) never reaches a
    state that is read."""
    w_in, w_hidden, bias = lstm
    size = w_hidden.shape[1]
    steps, batch = ids.shape[1], ids.shape[0]
    inputs = np.stack([embedding[ids.T], embedding[reversed_ids.T]], axis=1)  # [T, 2, B, in]
    projected = inputs @ w_in + bias[:, None, :]  # [T, 2, B, 4H]
    del inputs
    h = np.zeros((2, batch, size), np.float32)
    c = np.zeros((2, batch, size), np.float32)
    out = np.empty((steps, 2, batch, size), np.float32)
    sigmoids = 3 * size
    for t in range(steps):
        gates = projected[t]
        gates += h @ w_hidden
        np.tanh(gates, out=gates)
        ifo = gates[..., :sigmoids]
        ifo *= 0.5
        ifo += 0.5
        c *= ifo[..., size : 2 * size]
        c += ifo[..., :size] * gates[..., sigmoids:]
        h = out[t]
        np.tanh(c, out=h)
        h *= ifo[..., 2 * size : sigmoids]
    return out


def readings_in_context(
    text: str, offsets: Sequence[int], hints: Mapping[int, tuple[str, int]] | None = None
) -> dict[int, dict[str, float]]:
    """For each offset of a polyphonic character: its readings (tone numbers, g2pM's spelling:
    `zhang3`, `lu:4`, `le5`) with their probability in this sentence. Offsets of other characters
    are left out. `hints[offset]` is the reading the dictionary gives the character and the kind
    of its token (0 one character, 1 a word the phrase tables know, 2 another word), which the
    second model weighs. One batched pass of each model over the sentences that hold an offset."""
    return readings_in_contexts([(text, offsets, hints)])[0]


Request = tuple[str, Sequence[int], Mapping[int, tuple[str, int]] | None]


def readings_in_contexts(requests: Sequence[Request]) -> list[dict[int, dict[str, float]]]:
    """`readings_in_context` of several texts (text, offsets, hints): the articles of a page, in
    one batched pass of each model. A network's loop takes one step a character of a batch's
    longest sentence whatever the batch's size, so short sentences of many articles sharing a
    batch cost a fraction of the steps of each article's own (each row's arithmetic the same)."""
    first = model()
    second = second_model()
    texts = [text for text, _, _ in requests]
    hints = [h or {} for _, _, h in requests]
    out: list[dict[int, dict[str, float]]] = [{} for _ in requests]
    wanted = [[i for i in offsets if text[i] in first.candidates] for text, offsets, _ in requests]
    where, states = _states(first, texts, wanted)
    choices = [first.candidates[texts[k][offset]] for k, offset in where]
    width = max((len(names) for _, names in choices), default=0)
    for lo in range(0, len(where), _SCORED_ROWS):  # row by row the same sums, in less memory
        rows = slice(lo, lo + _SCORED_ROWS)
        logits = states[rows] @ first.output[0]
        logits += first.output[1]
        for (k, offset), probs in zip(where[rows], _softmax_rows(logits, choices[rows], width)):
            out[k][offset] = probs
        del logits  # before the next slice's are made
    own = [
        [
            i
            for i in offsets
            if text[i] in second.candidates and _worth_asking(out[k].get(i), hints[k].get(i))
        ]
        for k, (text, offsets, _) in enumerate(requests)
    ]
    where, states = _states(second, texts, own)
    for (k, offset), state in zip(where, states):
        reading, kind = hints[k].get(offset, ("", 0))
        ids, names = second.candidates[texts[k][offset]]
        scores = second.pair[ids] @ state + second.pair_bias[ids]
        scores += second.app_weight[kind] * np.array([n == reading for n in names], np.float32)
        mine = _softmax(scores, (np.arange(len(ids)), names))
        out[k][offset] = _blend(out[k].get(offset), mine, FIRST_MODEL_WEIGHT[kind])
    return out


def _worth_asking(first: dict[str, float] | None, hint: tuple[str, int] | None) -> bool:
    """Whether the second model is asked: where g2pM does not know the character, is unsure, or
    disagrees with the dictionary. Elsewhere it would only agree (and it costs most of the time)."""
    if not first:
        return True
    best = max(first, key=first.__getitem__)
    return first[best] < SURE or (hint is not None and hint[0] != best)


def _softmax(
    scores: np.ndarray, candidates: tuple[np.ndarray, tuple[str, ...]]
) -> dict[str, float]:
    ids, names = candidates
    chosen = scores[ids]
    probs = np.exp(chosen - chosen.max())
    probs /= probs.sum()
    return {n: float(p) for n, p in zip(names, probs)}


def _softmax_rows(
    scores: np.ndarray, candidates: Sequence[tuple[np.ndarray, tuple[str, ...]]], width: int
) -> list[dict[str, float]]:
    """`_softmax` of every row of `scores` over its own candidates, in one pass; `width` at least
    the most candidates of a row (one width for every slice of rows: a row's sum is the same)."""
    if not candidates:
        return []
    ids = np.zeros((len(candidates), width), np.int64)
    absent = np.ones((len(candidates), width), bool)
    for row, (options, _) in enumerate(candidates):
        ids[row, : len(options)] = options
        absent[row, : len(options)] = False
    chosen = np.take_along_axis(scores, ids, axis=1)
    chosen[absent] = -np.inf
    probs = np.exp(chosen - chosen.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    return [dict(zip(names, row)) for (_, names), row in zip(candidates, probs.tolist())]


def _blend(
    first: dict[str, float] | None, second: dict[str, float], weight: float
) -> dict[str, float]:
    """Weighted geometric mean of two models' distributions over the union of their readings
    (`weight` is the first model's share)."""
    if not first or weight == 0.0:
        return second
    names = sorted(set(first) | set(second))
    logs = np.array(
        [
            weight * np.log(first.get(n, _ABSENT)) + (1 - weight) * np.log(second.get(n, _ABSENT))
            for n in names
        ]
    )
    probs = np.exp(logs - logs.max())
    probs /= probs.sum()
    return {n: float(p) for n, p in zip(names, probs)}


def _states(
    m: _Model | _SecondModel, texts: Sequence[str], wanted: Sequence[Sequence[int]]
) -> tuple[list[tuple[int, int]], np.ndarray]:
    """The hidden layer's output at every wanted offset of every text (`wanted[k]` in
    `texts[k]`), and for each row which one it is (k, offset); sentences batched by length."""
    pieces = sorted(
        (
            (k, s, e, inside)
            for k, text in enumerate(texts)
            for s, e, inside in _pieces(text, wanted[k])
        ),
        key=lambda p: p[2] - p[1],
    )
    where: list[tuple[int, int]] = []
    states = [np.zeros((0, m.hidden[0].shape[1]), np.float32)]
    start = 0
    while start < len(pieces):
        end = start + 1  # sorted by length: the last piece of a batch is its longest
        while end < len(pieces) and (end + 1 - start) * (pieces[end][2] - pieces[end][1] + 2) <= (
            _BATCH_CHARS
        ):
            end += 1
        owners, hidden = _batch_states(m, texts, pieces[start:end])
        where += owners
        states.append(hidden)
        start = end
    return where, np.concatenate(states)


def _batch_states(
    m: _Model | _SecondModel, texts: Sequence[str], pieces: list[tuple[int, int, int, list[int]]]
) -> tuple[list[tuple[int, int]], np.ndarray]:
    char_ids = model().char_ids  # the second model shares g2pM's vocabulary
    unknown, bos, eos = char_ids[_UNK], char_ids[_BOS], char_ids[_EOS]
    lengths = np.array([e - s + 2 for _, s, e, _ in pieces])
    rows, fw_steps, bw_steps = [], [], []
    owners: list[tuple[int, int]] = []
    for row, (k, s, _, inside) in enumerate(pieces):
        for offset in inside:
            step = offset - s + 1  # after the start symbol
            rows.append(row)
            fw_steps.append(step)
            bw_steps.append(int(lengths[row]) - 1 - step)
            owners.append((k, offset))
    # no state after the last one read is needed, in either direction
    steps = max(max(fw_steps), max(bw_steps)) + 1
    ids = np.zeros((len(pieces), steps), np.int64)
    reversed_ids = np.zeros_like(ids)
    for row, (k, s, e, _) in enumerate(pieces):
        seq = [bos, *(char_ids.get(c, unknown) for c in texts[k][s:e]), eos]
        ids[row, : min(len(seq), steps)] = seq[:steps]
        reversed_ids[row, : min(len(seq), steps)] = seq[::-1][:steps]
    out = _run_bilstm(m.embedding, ids, reversed_ids, m.lstm)
    states = np.concatenate([out[fw_steps, 0, rows], out[bw_steps, 1, rows]], axis=1)
    hidden = np.maximum(states @ m.hidden[0] + m.hidden[1], 0.0)
    return owners, hidden
