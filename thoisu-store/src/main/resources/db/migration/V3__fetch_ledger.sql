-- The fetch ledger of `thoisu watch`: what was fetched from where, so a restarted watch fetches only what is new.
-- Times are ISO-8601 instants (UTC, 'Z'), written by java.time.Instant.toString().

-- One row per address ever listed or fetched: listings (feeds, sitemaps, seed pages) and articles alike.
CREATE TABLE fetch_urls (
    url             TEXT PRIMARY KEY,      -- canonical address (io.thoisu.source.Addresses)
    source          TEXT NOT NULL,         -- the source that first listed it
    role            TEXT NOT NULL,         -- 'listing' or 'article'
    first_seen      TEXT NOT NULL,
    last_attempt    TEXT,                  -- last time a fetch was tried, whatever came of it
    last_fetched    TEXT,                  -- last time content (200) or confirmation (304) came back
    last_outcome    TEXT,                  -- fetched | not_modified | skipped | failed
    last_status     INTEGER,               -- HTTP status of the last attempt, 0 when none came
    last_detail     TEXT,                  -- skip reason or failure message
    etag            TEXT,
    last_modified   TEXT,                  -- the Last-Modified header verbatim
    published       TEXT,                  -- the publication time the listing gave
    content_hash    TEXT,                  -- SHA-256 of the last body fetched, hex
    tries           INTEGER NOT NULL DEFAULT 0,
    failures        INTEGER NOT NULL DEFAULT 0  -- consecutive failures since the last success
);
CREATE INDEX fetch_urls_by_source ON fetch_urls (source);

-- One row per source of the sources file (keyed by its name).
CREATE TABLE fetch_sources (
    name            TEXT PRIMARY KEY,
    url             TEXT NOT NULL,
    last_polled     TEXT,
    next_due        TEXT,
    last_error      TEXT,                  -- NULL after a successful poll
    failures        INTEGER NOT NULL DEFAULT 0, -- consecutive failed polls
    polls           INTEGER NOT NULL DEFAULT 0,
    items_found     INTEGER NOT NULL DEFAULT 0, -- articles listed, summed over polls
    items_new       INTEGER NOT NULL DEFAULT 0  -- of which new when listed
);
