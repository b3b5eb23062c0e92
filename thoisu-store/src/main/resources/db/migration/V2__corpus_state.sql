-- The state of the corpus stages (furniture, duplicates, stories), one row per stage, so an ingest feeds them only
-- what is new. Written in the same transaction as the corpus tables it produced (stories, story_members,
-- duplicate_members) and the fed markers below, so after a crash the state and the tables always agree.
-- format_version identifies the snapshot's record structure and the stage's settings: a row whose version differs
-- from the code's is not read, and the stage is recomputed from scratch.
-- fed_count: articles fed, for article stages; documents fed, for the furniture stage.
CREATE TABLE corpus_state (
    stage          TEXT PRIMARY KEY,
    format_version TEXT NOT NULL,
    snapshot       TEXT NOT NULL,
    fed_count      INTEGER NOT NULL,
    updated_at     TEXT NOT NULL
);

-- Articles the article stages have been fed, in feeding order. A committed article without a row here was stored
-- by an ingest that stopped before its corpus step: the next ingest feeds it.
CREATE TABLE corpus_fed_articles (
    article_id TEXT PRIMARY KEY,
    seq        INTEGER NOT NULL UNIQUE
);

-- Documents the furniture stage has counted, so reading a stored document again does not count it twice.
CREATE TABLE corpus_fed_documents (
    document_key TEXT PRIMARY KEY
);
