import GRDB

/// The archive's tables, built by GRDB's migrator from the first version on: each later change
/// is a new migration appended here, never an edit of one already shipped, so an archive of any
/// age is brought up to date when it is opened.
enum ArchiveSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            // One row per analysed text, identified by its content (`ContentHash`).
            try db.execute(sql: """
                CREATE TABLE articles (
                    id INTEGER PRIMARY KEY,
                    content_hash TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    source TEXT,
                    published TEXT,
                    language TEXT NOT NULL,
                    format TEXT,
                    text TEXT NOT NULL,
                    analysed_at TEXT NOT NULL,
                    model_version INTEGER NOT NULL,
                    statement_count INTEGER NOT NULL,
                    mention_count INTEGER NOT NULL
                );
                CREATE INDEX articles_published ON articles(published);

                -- People and organisations, merged across articles (`ActorDirectory`).
                CREATE TABLE actors (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    type TEXT NOT NULL,
                    aliases TEXT NOT NULL DEFAULT '[]'
                );
                -- Folded names and name-like aliases an article's actor is merged by.
                CREATE TABLE actor_keys (
                    key TEXT NOT NULL,
                    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
                    PRIMARY KEY (key, actor_id)
                ) WITHOUT ROWID;
                CREATE INDEX actor_keys_actor ON actor_keys(actor_id);
                -- Folded words of those names, for `who` to find candidates by one word.
                CREATE TABLE actor_words (
                    word TEXT NOT NULL,
                    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
                    PRIMARY KEY (word, actor_id)
                ) WITHOUT ROWID;
                CREATE INDEX actor_words_actor ON actor_words(actor_id);

                CREATE TABLE mentions (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    actor_id INTEGER NOT NULL REFERENCES actors(id),
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL
                );
                CREATE INDEX mentions_article ON mentions(article_id);
                CREATE INDEX mentions_actor ON mentions(actor_id);

                CREATE TABLE statements (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    text TEXT NOT NULL,
                    cue TEXT NOT NULL,
                    actor_id INTEGER REFERENCES actors(id),
                    speaker TEXT,
                    -- The folded speaker when no actor was resolved (a place, a mention), for `who`.
                    unresolved_speaker TEXT,
                    speaker_mention TEXT,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    cue_start INTEGER,
                    cue_end INTEGER,
                    mention_start INTEGER,
                    mention_end INTEGER,
                    confidence REAL NOT NULL
                );
                CREATE INDEX statements_article ON statements(article_id, position);
                CREATE INDEX statements_actor ON statements(actor_id);
                CREATE INDEX statements_unresolved ON statements(unresolved_speaker) WHERE unresolved_speaker IS NOT NULL;

                -- Full-text indexes over the rows above (external content: the text is stored once).
                CREATE VIRTUAL TABLE statements_fts USING fts5(
                    text, content='statements', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE articles_fts USING fts5(
                    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
                CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
                    INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
                END;
                CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
                    INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
                END;
                CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
                    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
                END;
                CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
                    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
                END;
                """)
        }
        return migrator
    }
}
