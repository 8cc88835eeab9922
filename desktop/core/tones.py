"""Tones of tone-marked pinyin syllables (light: no pypinyin, so the window can use it at start)."""

_TONE_MARKS = {1: "āēīōūǖĀĒĪŌŪǕ", 2: "áéíóúǘÁÉÍÓÚǗ", 3: "ǎěǐǒǔǚǍĚǏǑǓǙ", 4: "àèìòùǜÀÈÌÒÙǛ"}


def tone_of(syllable: str) -> int:
    """1–4 from the tone mark; 5 for the neutral tone."""
    for tone, chars in _TONE_MARKS.items():
        if any(c in chars for c in syllable):
            return tone
    return 5
