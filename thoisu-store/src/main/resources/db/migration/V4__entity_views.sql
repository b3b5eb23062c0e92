-- Entity pages and lists over the whole store, without scanning articles per request.

-- Mentions of one entity, grouped by article: the entity's articles, its co-mentions, its days. Covers the old
-- single-column key index, which it replaces.
CREATE INDEX entity_mentions_by_key_article ON entity_mentions (canonical_key, article_id);
DROP INDEX IF EXISTS entity_mentions_by_key;
-- The entities of one article (co-mentions) read from the index alone.
CREATE INDEX entity_mentions_by_article_key ON entity_mentions (article_id, canonical_key);
DROP INDEX IF EXISTS entity_mentions_by_article;

-- One row per entity (by key) with its article and mention counts, kept by the triggers below, so the entity list
-- is an index range read in any page instead of a GROUP BY over every mention.
CREATE TABLE entity_stats (
    canonical_key TEXT PRIMARY KEY,
    canonical     TEXT NOT NULL,
    type          TEXT NOT NULL,
    articles      INTEGER NOT NULL,
    mentions      INTEGER NOT NULL
);
CREATE INDEX entity_stats_by_articles ON entity_stats (articles DESC, canonical_key);

INSERT INTO entity_stats (canonical_key, canonical, type, articles, mentions)
SELECT canonical_key, MIN(canonical), MIN(type), COUNT(DISTINCT article_id), COUNT(*)
FROM entity_mentions GROUP BY canonical_key;

-- A mention adds an article to its entity only when it is the article's first mention of it.
CREATE TRIGGER entity_mentions_counted AFTER INSERT ON entity_mentions
BEGIN
    INSERT OR IGNORE INTO entity_stats (canonical_key, canonical, type, articles, mentions)
    VALUES (NEW.canonical_key, NEW.canonical, NEW.type, 0, 0);
    UPDATE entity_stats
    SET mentions = mentions + 1,
        articles = articles + (NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.canonical_key = NEW.canonical_key
                                           AND m.article_id = NEW.article_id AND m.rowid <> NEW.rowid))
    WHERE canonical_key = NEW.canonical_key;
END;

CREATE TRIGGER entity_mentions_uncounted AFTER DELETE ON entity_mentions
BEGIN
    UPDATE entity_stats
    SET mentions = mentions - 1,
        articles = articles - (NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.canonical_key = OLD.canonical_key
                                           AND m.article_id = OLD.article_id))
    WHERE canonical_key = OLD.canonical_key;
    DELETE FROM entity_stats WHERE canonical_key = OLD.canonical_key AND mentions <= 0;
END;

-- Quotes, out of the stored analysis JSON, so "quotes by this speaker" is an index read. The speaker is the
-- canonical name the quote extractor took from the article's entities. Filled by triggers on articles, so whatever
-- writes articles keeps it in step.
CREATE TABLE quotes (
    article_id   TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    speaker      TEXT,
    text         TEXT NOT NULL,
    direct       INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX quotes_by_speaker ON quotes (speaker, article_id) WHERE speaker IS NOT NULL;

INSERT INTO quotes (article_id, seq, speaker, text, direct, start_offset, end_offset)
SELECT a.id, q.key, json_extract(q.value, '$.speaker'), json_extract(q.value, '$.text'),
       json_extract(q.value, '$.direct'), json_extract(q.value, '$.start'), json_extract(q.value, '$.end')
FROM articles a, json_each(a.analysis, '$.quotes') q;

CREATE TRIGGER articles_quotes_stored AFTER INSERT ON articles
BEGIN
    INSERT OR REPLACE INTO quotes (article_id, seq, speaker, text, direct, start_offset, end_offset)
    SELECT NEW.id, q.key, json_extract(q.value, '$.speaker'), json_extract(q.value, '$.text'),
           json_extract(q.value, '$.direct'), json_extract(q.value, '$.start'), json_extract(q.value, '$.end')
    FROM json_each(NEW.analysis, '$.quotes') q;
END;

CREATE TRIGGER articles_quotes_updated AFTER UPDATE OF analysis ON articles
BEGIN
    DELETE FROM quotes WHERE article_id = OLD.id;
    INSERT OR REPLACE INTO quotes (article_id, seq, speaker, text, direct, start_offset, end_offset)
    SELECT NEW.id, q.key, json_extract(q.value, '$.speaker'), json_extract(q.value, '$.text'),
           json_extract(q.value, '$.direct'), json_extract(q.value, '$.start'), json_extract(q.value, '$.end')
    FROM json_each(NEW.analysis, '$.quotes') q;
END;

CREATE TRIGGER articles_quotes_dropped AFTER DELETE ON articles
BEGIN
    DELETE FROM quotes WHERE article_id = OLD.id;
END;
