"""Sentences around a span: the context column of figure and vocabulary tables (light: no jieba)."""


def sentence_around(text: str, start: int, end: int, limit: int = 42) -> str:
    """The sentence a span stands in (at most `limit` characters either side), for tables."""
    a = max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1
    found = [i for i in (text.find(c, end) for c in "。！？!?\n") if i >= 0]
    b = min(found) + 1 if found else len(text)
    return text[max(a, start - limit) : min(b, end + limit)].strip()
