-- Entity short forms resolved across the corpus ("CSTO" in one article, its full name in another), so the entity
-- list, pages and co-mentions count both as one entity.

-- A mention keeps the canonical name its article gave it (own_*) beside the one the corpus resolves it to
-- (canonical, canonical_key): a resolution that becomes ambiguous later is undone from the own name.
ALTER TABLE entity_mentions ADD COLUMN own_canonical TEXT;
ALTER TABLE entity_mentions ADD COLUMN own_key TEXT;
UPDATE entity_mentions SET own_canonical = canonical, own_key = canonical_key;
CREATE INDEX entity_mentions_by_own_key ON entity_mentions (own_key, type);

-- The short forms the corpus resolves now, written by the corpus step; new mentions are resolved through it when
-- they are stored.
CREATE TABLE entity_aliases (
    type          TEXT NOT NULL,
    alias_key     TEXT NOT NULL,
    canonical     TEXT NOT NULL,
    canonical_key TEXT NOT NULL,
    PRIMARY KEY (type, alias_key)
);

-- A mention moved to another entity leaves the old one's counts and joins the new one's, as a delete and an insert
-- would (entity_mentions_counted / _uncounted in V4).
CREATE TRIGGER entity_mentions_rekeyed AFTER UPDATE OF canonical_key ON entity_mentions
WHEN OLD.canonical_key <> NEW.canonical_key
BEGIN
    UPDATE entity_stats
    SET mentions = mentions - 1,
        articles = articles - (NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.canonical_key = OLD.canonical_key
                                           AND m.article_id = OLD.article_id))
    WHERE canonical_key = OLD.canonical_key;
    DELETE FROM entity_stats WHERE canonical_key = OLD.canonical_key AND mentions <= 0;
    INSERT OR IGNORE INTO entity_stats (canonical_key, canonical, type, articles, mentions)
    VALUES (NEW.canonical_key, NEW.canonical, NEW.type, 0, 0);
    UPDATE entity_stats
    SET mentions = mentions + 1,
        articles = articles + (NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.canonical_key = NEW.canonical_key
                                           AND m.article_id = NEW.article_id AND m.rowid <> NEW.rowid))
    WHERE canonical_key = NEW.canonical_key;
END;
