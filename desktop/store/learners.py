"""The learner's words: their status (new, learning, known), the library's vocabulary, and the
reader's own readings, applied to every stored article and every later one."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.core.tokens import Tokens
from desktop.core.vocabulary import person_spans
from desktop.store.base import Store, now
from desktop.store.documents import pack_analysis, unpack_analysis, word_counts
from desktop.store.errors import LibraryError

WORD_STATUSES = ("new", "learning", "known")


class Learners(Store):
    def set_word_status(self, word: str, status: str) -> None:
        self.set_words_status([word], status)

    def set_words_status(self, words: Iterable[str], status: str) -> None:
        """Mark many words at once (one transaction): `new`, `learning` or `known`."""
        _check_status(status)
        words = list(words)
        if not all(words):
            raise LibraryError("an empty word has no status")
        stamp = now()
        with self._write() as db:
            table = db.table("word_status")
            if status == "new":
                for word in words:
                    table.delete_where("word = ?", [word])
            else:
                table.upsert_all(
                    ({"word": w, "status": status, "updated": stamp} for w in words), pk="word"
                )

    def word_statuses(self) -> dict[str, str]:
        return {r["word"]: r["status"] for r in self._query("SELECT word, status FROM word_status")}

    def words(
        self,
        status: str | None = None,
        article_id: int | None = None,
        hsk_edition: str = "3.0",
        definitions: bool = True,
    ) -> list[dict[str, Any]]:
        """The vocabulary of the library (or of one article), most frequent first: word, status,
        pinyin (its most frequent reading), definition (CC-CEDICT's first; "" with
        definitions=False, which spares loading the dictionary), hsk, count."""
        from desktop.core.dictionary import hsk_level, lookup, readable

        if status is not None:
            _check_status(status)
        sql = (
            "SELECT o.word, o.count, o.pinyin FROM word_occurrences o "
            "JOIN articles a ON a.id = o.article_id WHERE a.present = 1"
            + (" AND o.article_id = ?" if article_id is not None else "")
        )
        rows = self._query(sql, [article_id] if article_id is not None else [])
        statuses = self.word_statuses()
        totals: dict[str, list[Any]] = {}
        for r in rows:
            entry = totals.setdefault(r["word"], [0, {}])
            entry[0] += r["count"]
            entry[1][r["pinyin"]] = entry[1].get(r["pinyin"], 0) + r["count"]
        if article_id is None:
            for word in statuses:
                totals.setdefault(word, [0, {}])
        out = []
        for word, (count, readings) in totals.items():
            st = statuses.get(word, "new")
            if status is not None and st != status:
                continue
            entries = lookup(word) if definitions else []  # the word's own entries, or none
            out.append(
                {
                    "word": word,
                    "status": st,
                    "count": count,
                    "pinyin": max(readings, key=readings.get) if readings else "",
                    "definition": readable(entries[0]["definitions"][0])
                    if entries and entries[0]["definitions"]
                    else "",
                    "hsk": hsk_level(word, hsk_edition),
                }
            )
        out.sort(key=lambda w: (-w["count"], w["word"]))
        return out

    def coverage(self, article_id: int) -> float:
        """Share of the article's word tokens the learner knows (0–1)."""
        statuses = self.word_statuses()
        total = known = 0
        for r in self._query(
            "SELECT word, count FROM word_occurrences WHERE article_id = ?", [article_id]
        ):
            total += r["count"]
            known += r["count"] if statuses.get(r["word"]) == "known" else 0
        return known / total if total else 1.0

    # --- the reader's own readings ---------------------------------------------------------

    def correct_pinyin(self, word: str, reading: str) -> None:
        """The reader's own reading of a word, kept, and applied at once to every stored article
        (their cached analyses) and to every later import."""
        from desktop.core.pinyin import numbers_to_marks

        syllables = numbers_to_marks(reading.split())
        if not word or len(syllables) != len(word) or not all(syllables):
            raise LibraryError(
                f"{word!r} has {len(word)} characters; give one syllable for each "
                f"(like “zhì pǔ”), not {reading!r}"
            )
        with self._write() as db:
            created = self._value("SELECT created FROM pinyin_corrections WHERE word = ?", [word])
            db.table("pinyin_corrections").upsert(
                {"word": word, "pinyin": " ".join(syllables), "created": created or now()},
                pk="word",
            )
            self._repinyin_word(word)

    def remove_correction(self, word: str) -> None:
        with self._write() as db:
            db.table("pinyin_corrections").delete_where("word = ?", [word])
            self._repinyin_word(word)

    def corrections(self) -> list[dict[str, Any]]:
        return self._rows("SELECT word, pinyin, created FROM pinyin_corrections ORDER BY word")

    def _repinyin_word(self, word: str) -> None:
        """Read again every stored article in which `word` stands as a word (in a transaction)."""
        from desktop.core.pinyin import tokens_pinyin

        overrides = self._overrides()
        ids = [
            r["article_id"]
            for r in self._rows(
                "SELECT DISTINCT article_id FROM word_occurrences WHERE word = ?", [word]
            )
        ]
        for article_id in ids:
            data = unpack_analysis(
                self._value("SELECT analysis FROM articles WHERE id = ?", [article_id])
            )
            spans = data["tokens"].spans()
            readings = tokens_pinyin(data["text"], spans, person_spans(data["speakers"]), overrides)
            data["tokens"] = Tokens([end for _, end in spans], [s for syl in readings for s in syl])
            self._write_db.table("articles").update(article_id, {"analysis": pack_analysis(data)})
            self._store_words(article_id, word_counts(data))


def _check_status(status: str) -> None:
    if status not in WORD_STATUSES:
        raise LibraryError(f"unknown word status {status!r}; use one of {', '.join(WORD_STATUSES)}")
