"""Numbered migrations of the library file. `PRAGMA user_version` is the number applied last;
`PRAGMA application_id` marks the file as a Dubao library."""

from __future__ import annotations

APPLICATION_ID = 0x44424F41  # "DBOA"

MIGRATIONS: list[str] = [
    # 1: documents, articles with their cached analysis, highlights, bookmarks, reading positions
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        encoding TEXT NOT NULL,
        text TEXT NOT NULL,
        imported TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        present INTEGER NOT NULL DEFAULT 1,
        title TEXT,
        byline TEXT NOT NULL,
        source TEXT,
        text TEXT NOT NULL,
        figure_count INTEGER NOT NULL,
        speaker_count INTEGER NOT NULL,
        analysis TEXT NOT NULL
    );
    CREATE INDEX articles_document ON articles(document_id, position);
    CREATE TABLE highlights (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        color TEXT NOT NULL,
        note TEXT NOT NULL,
        tags TEXT NOT NULL,
        orphan INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX highlights_article ON highlights(article_id, start);
    CREATE TABLE bookmarks (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        "offset" INTEGER NOT NULL,
        label TEXT NOT NULL,
        created TEXT NOT NULL
    );
    CREATE INDEX bookmarks_article ON bookmarks(article_id, "offset");
    CREATE TABLE reading_positions (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        "offset" INTEGER NOT NULL,
        updated TEXT NOT NULL
    );
    """,
    # 2: full-text search; trigram works for Chinese without a segmenter (see Library.search)
    """
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles',
                                                 content_rowid='id', tokenize='trigram');
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE VIRTUAL TABLE notes_fts USING fts5(note, content='highlights', content_rowid='id',
                                              tokenize='trigram');
    CREATE TRIGGER notes_fts_insert AFTER INSERT ON highlights BEGIN
        INSERT INTO notes_fts(rowid, note) VALUES (new.id, new.note);
    END;
    CREATE TRIGGER notes_fts_delete AFTER DELETE ON highlights BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, note) VALUES ('delete', old.id, old.note);
    END;
    CREATE TRIGGER notes_fts_update AFTER UPDATE OF note ON highlights BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, note) VALUES ('delete', old.id, old.note);
        INSERT INTO notes_fts(rowid, note) VALUES (new.id, new.note);
    END;
    """,
    # 3: facts about the library itself; `uid` keeps exported ids (Anki, Web Annotation) stable
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta (key, value) VALUES ('uid', lower(hex(randomblob(16))));
    """,
    # 4: the learner's words and their own readings
    """
    CREATE TABLE word_status (word TEXT PRIMARY KEY, status TEXT NOT NULL, updated TEXT NOT NULL);
    CREATE TABLE word_occurrences (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        word TEXT NOT NULL,
        count INTEGER NOT NULL,
        pinyin TEXT NOT NULL,
        first_offset INTEGER NOT NULL,
        PRIMARY KEY (article_id, word)
    );
    CREATE INDEX word_occurrences_word ON word_occurrences(word);
    CREATE TABLE pinyin_corrections (
        word TEXT PRIMARY KEY,
        pinyin TEXT NOT NULL,
        created TEXT NOT NULL
    );
    """,
    # 5: analyses keep their tokens packed (Library._pack_all_analyses rewrites the stored ones);
    # each article's length kept, and what the list shows in an index of its own, so that listing
    # articles reads neither their text nor their analysis
    """
    ALTER TABLE articles ADD COLUMN chars INTEGER NOT NULL DEFAULT 0;
    UPDATE articles SET chars = length(text);
    DROP INDEX articles_document;
    CREATE INDEX articles_list ON articles(document_id, position, present, title, byline, source,
                                           figure_count, speaker_count, chars);
    """,
    # 6: how far into each article the reader has read (progress, unread), a note on a whole
    # article, and the reader's corrections of who said something
    """
    ALTER TABLE reading_positions ADD COLUMN furthest INTEGER NOT NULL DEFAULT 0;
    UPDATE reading_positions SET furthest = "offset";
    CREATE TABLE article_notes (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        note TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE TABLE speaker_corrections (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        quote TEXT NOT NULL,
        speaker TEXT,
        created TEXT NOT NULL,
        PRIMARY KEY (article_id, start, "end")
    );
    """,
]

LATEST = len(MIGRATIONS)
WORDS_MIGRATION = 4  # after it, articles already stored have their words counted
PACKED_TOKENS_MIGRATION = 5  # after it, articles already stored have their tokens packed
