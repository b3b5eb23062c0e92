-- The ledger: one row per input document stored in full. Its presence is what makes ingest resumable.
CREATE TABLE documents (
    document_key TEXT PRIMARY KEY,
    source       TEXT NOT NULL,
    position     TEXT NOT NULL,
    articles     INTEGER NOT NULL,
    committed_at TEXT NOT NULL
);

-- Articles: searchable columns for listings, plus the whole AnalysedArticle as JSON so it restores losslessly.
CREATE TABLE articles (
    id               TEXT PRIMARY KEY,
    document_key     TEXT NOT NULL,
    source           TEXT NOT NULL,
    position         TEXT NOT NULL,
    url              TEXT,
    title            TEXT,
    published        TEXT,
    published_epoch  INTEGER,
    outlet           TEXT,
    authors          TEXT NOT NULL,
    text             TEXT NOT NULL,
    analysis         TEXT NOT NULL
);
CREATE INDEX articles_by_time ON articles (published_epoch, id);
CREATE INDEX articles_by_document ON articles (document_key);

CREATE TABLE rejections (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    document_key TEXT NOT NULL,
    source       TEXT NOT NULL,
    position     TEXT NOT NULL,
    stage        TEXT NOT NULL,
    reason       TEXT NOT NULL
);
CREATE INDEX rejections_by_document ON rejections (document_key);

CREATE TABLE stories (
    id        TEXT PRIMARY KEY,
    title     TEXT NOT NULL,
    first_day TEXT,
    last_day  TEXT,
    body      TEXT NOT NULL
);

CREATE TABLE story_members (
    article_id TEXT PRIMARY KEY,
    story_id   TEXT NOT NULL
);
CREATE INDEX story_members_by_story ON story_members (story_id);

-- group_key is the first (earliest) member's id; rank orders the members as the corpus stage gave them.
CREATE TABLE duplicate_members (
    article_id TEXT PRIMARY KEY,
    group_key  TEXT NOT NULL,
    rank       INTEGER NOT NULL
);
CREATE INDEX duplicate_members_by_group ON duplicate_members (group_key, rank);

CREATE TABLE entity_mentions (
    article_id    TEXT NOT NULL,
    canonical     TEXT NOT NULL,
    canonical_key TEXT NOT NULL,
    type          TEXT NOT NULL,
    text          TEXT NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL
);
CREATE INDEX entity_mentions_by_article ON entity_mentions (article_id);
CREATE INDEX entity_mentions_by_key ON entity_mentions (canonical_key);

CREATE TABLE claims (
    article_id   TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    about        TEXT NOT NULL,
    value        REAL NOT NULL,
    approx       TEXT NOT NULL,
    unit         TEXT,
    attribution  TEXT,
    claim_date   TEXT,
    sentence     TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX claims_by_attribution ON claims (attribution);

-- Outbox for the Lucene index: articles whose SQLite rows changed but whose index update is not committed yet.
-- Rows are written in the same transaction as the change and removed after the Lucene commit, so a crash between
-- the two is repaired on the next open.
CREATE TABLE index_pending (
    article_id TEXT PRIMARY KEY
);
