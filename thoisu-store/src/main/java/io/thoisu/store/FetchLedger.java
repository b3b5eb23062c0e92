package io.thoisu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code thoisu watch} fetched, kept in the store's SQLite file (tables {@code fetch_urls} and
 * {@code fetch_sources}, migration V3) so that a restarted watch fetches only what is new. Addresses are plain
 * strings here (the store does not know the fetch types); callers pass them canonical.
 *
 * <p>Thread-safety: shares the store's connection and lock, so every call is serialised with the store's own work.
 */
public final class FetchLedger {
    /** Whether an address is a listing (feed, sitemap, seed page), re-read every poll, or an article, read once. */
    public enum Role { LISTING, ARTICLE }

    /** What came of the last attempt. */
    public enum OutcomeKind { FETCHED, NOT_MODIFIED, SKIPPED, FAILED }

    /** One address as the ledger knows it. */
    public record UrlEntry(String url, String source, Role role, Instant firstSeen, Optional<Instant> lastAttempt,
                           Optional<Instant> lastFetched, Optional<OutcomeKind> lastOutcome, int lastStatus,
                           Optional<String> lastDetail, Optional<String> etag, Optional<String> lastModified,
                           Optional<Instant> published, Optional<String> contentHash, int tries, int failures) {
        /** Content or a 304 came back at least once. */
        public boolean everFetched() {
            return lastFetched.isPresent();
        }
    }

    /**
     * The result of one fetch, to record. Validators and hash are kept from the previous row when absent here (a
     * 304 carries none, and a failure must not forget them).
     */
    public record Outcome(String url, String source, Role role, OutcomeKind kind, int status, Optional<String> detail,
                          Optional<String> etag, Optional<String> lastModified, Optional<String> contentHash,
                          Optional<Instant> published, Instant at) {
        public Outcome {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(lastModified, "lastModified");
            Objects.requireNonNull(contentHash, "contentHash");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(at, "at");
        }
    }

    /** One source's polling state. */
    public record SourceEntry(String name, String url, Optional<Instant> lastPolled, Optional<Instant> nextDue,
                              Optional<String> lastError, int failures, int polls, long itemsFound, long itemsNew) {
    }

    /** An address a listing named, with the publication time it gave (if any). */
    public record Seen(String url, Optional<Instant> published) {
        public Seen {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(published, "published");
        }
    }

    /**
     * One finished poll of a source, to record.
     *
     * @param error  empty when the listing was read (even when nothing was new)
     * @param found  articles the listing named
     * @param fresh  of which were new
     */
    public record Poll(String source, String url, Instant at, Instant nextDue, Optional<String> error, int found,
                       int fresh) {
    }

    /** Counters for the REST ingest status. */
    public record Counters(int sources, int sourcesFailing, int urls, int articlesFetched, int listingsFetched,
                           int notModified, int skipped, int failed, Optional<Instant> lastPoll) {
    }

    private final Connection db;
    private final Jdbc jdbc;
    private final Object lock;

    FetchLedger(Connection db, Object lock) {
        this.db = db;
        this.jdbc = new Jdbc(db, "fetch ledger");
        this.lock = lock;
    }

    public Optional<UrlEntry> url(String url) {
        synchronized (lock) {
            List<UrlEntry> rows = jdbc.query("SELECT * FROM fetch_urls WHERE url = ?", FetchLedger::urlEntry, url);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
        }
    }

    /** The entries of those addresses the ledger knows, keyed by address (one query per call, not per address). */
    public Map<String, UrlEntry> urls(Collection<String> urls) {
        Map<String, UrlEntry> out = new LinkedHashMap<>();
        List<String> all = List.copyOf(urls);
        synchronized (lock) {
            // SQLite allows 999 parameters per statement in old builds: stay well under
            for (int from = 0; from < all.size(); from += 500) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
                String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
                for (UrlEntry e : jdbc.query("SELECT * FROM fetch_urls WHERE url IN (" + marks + ")",
                        FetchLedger::urlEntry, chunk.toArray())) {
                    out.put(e.url(), e);
                }
            }
        }
        return out;
    }

    /** True when the address was never fetched (listed only, or unknown). */
    public boolean isNew(String url) {
        return url(url).map(e -> !e.everFetched() && e.lastOutcome().orElse(null) != OutcomeKind.SKIPPED)
                .orElse(true);
    }

    /**
     * Notes that a listing named these addresses; the first listing to name an address becomes its source. A
     * publication time is kept from the first listing that gives one.
     */
    public void recordSeen(Collection<Seen> seen, String source, Role role, Instant at) {
        synchronized (lock) {
            jdbc.inTransaction(() -> {
                try (PreparedStatement insert = db.prepareStatement("INSERT OR IGNORE INTO fetch_urls "
                        + "(url, source, role, first_seen, published) VALUES (?, ?, ?, ?, ?)");
                     PreparedStatement date = db.prepareStatement(
                             "UPDATE fetch_urls SET published = ? WHERE url = ? AND published IS NULL")) {
                    for (Seen s : seen) {
                        String published = s.published().map(Instant::toString).orElse(null);
                        insert.setString(1, s.url());
                        insert.setString(2, source);
                        insert.setString(3, label(role));
                        insert.setString(4, at.toString());
                        insert.setString(5, published);
                        insert.addBatch();
                        if (published != null) {
                            date.setString(1, published);
                            date.setString(2, s.url());
                            date.addBatch();
                        }
                    }
                    insert.executeBatch();
                    date.executeBatch();
                }
            });
        }
    }

    /**
     * Articles a source listed that were never fetched and not given up on: skipped ones are out, and so are those
     * that failed {@code maxFailures} times in a row. Newest first (undated last, then most recently seen first).
     * This is the watch's queue: an item listed once stays due even when the listing later answers 304.
     */
    public List<UrlEntry> pending(String source, int maxFailures, int limit) {
        synchronized (lock) {
            return jdbc.query("SELECT * FROM fetch_urls WHERE source = ? AND role = 'article' AND last_fetched IS NULL "
                            + "AND (last_outcome IS NULL OR last_outcome = 'failed') AND failures < ? "
                            + "ORDER BY published IS NULL, published DESC, first_seen DESC, url LIMIT ?",
                    FetchLedger::urlEntry, source, maxFailures, limit);
        }
    }

    public void record(Outcome o) {
        synchronized (lock) {
            jdbc.inTransaction(() -> {
                jdbc.update("INSERT OR IGNORE INTO fetch_urls (url, source, role, first_seen) VALUES (?, ?, ?, ?)",
                        o.url(), o.source(), label(o.role()), o.at().toString());
                boolean success = o.kind() == OutcomeKind.FETCHED || o.kind() == OutcomeKind.NOT_MODIFIED;
                jdbc.update("UPDATE fetch_urls SET last_attempt = ?, "
                                + "last_fetched = CASE WHEN ? THEN ? ELSE last_fetched END, "
                                + "last_outcome = ?, last_status = ?, last_detail = ?, "
                                + "etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), "
                                + "content_hash = COALESCE(?, content_hash), published = COALESCE(?, published), "
                                + "tries = tries + 1, failures = CASE WHEN ? THEN failures + 1 ELSE 0 END "
                                + "WHERE url = ?",
                        o.at().toString(), success, o.at().toString(), label(o.kind()), o.status(),
                        o.detail().orElse(null), o.etag().orElse(null), o.lastModified().orElse(null),
                        o.contentHash().orElse(null), o.published().map(Instant::toString).orElse(null),
                        o.kind() == OutcomeKind.FAILED, o.url());
            });
        }
    }

    public Optional<SourceEntry> source(String name) {
        synchronized (lock) {
            List<SourceEntry> rows = jdbc.query("SELECT * FROM fetch_sources WHERE name = ?", FetchLedger::sourceEntry,
                    name);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
        }
    }

    public List<SourceEntry> sources() {
        synchronized (lock) {
            return jdbc.query("SELECT * FROM fetch_sources ORDER BY name", FetchLedger::sourceEntry);
        }
    }

    public void recordPoll(Poll p) {
        synchronized (lock) {
            jdbc.inTransaction(() -> {
                jdbc.update("INSERT OR IGNORE INTO fetch_sources (name, url) VALUES (?, ?)", p.source(), p.url());
                jdbc.update("UPDATE fetch_sources SET url = ?, last_polled = ?, next_due = ?, last_error = ?, "
                                + "failures = CASE WHEN ? THEN failures + 1 ELSE 0 END, polls = polls + 1, "
                                + "items_found = items_found + ?, items_new = items_new + ? WHERE name = ?",
                        p.url(), p.at().toString(), p.nextDue().toString(), p.error().orElse(null),
                        p.error().isPresent(), p.found(), p.fresh(), p.source());
            });
        }
    }

    public Counters counters() {
        synchronized (lock) {
            return jdbc.query("SELECT "
                    + "(SELECT COUNT(*) FROM fetch_sources), "
                    + "(SELECT COUNT(*) FROM fetch_sources WHERE failures > 0), "
                    + "(SELECT COUNT(*) FROM fetch_urls), "
                    + "(SELECT COUNT(*) FROM fetch_urls WHERE role = 'article' AND last_fetched IS NOT NULL), "
                    + "(SELECT COUNT(*) FROM fetch_urls WHERE role = 'listing' AND last_fetched IS NOT NULL), "
                    + "(SELECT COUNT(*) FROM fetch_urls WHERE last_outcome = 'not_modified'), "
                    + "(SELECT COUNT(*) FROM fetch_urls WHERE last_outcome = 'skipped'), "
                    + "(SELECT COUNT(*) FROM fetch_urls WHERE last_outcome = 'failed'), "
                    + "(SELECT MAX(last_polled) FROM fetch_sources)",
                    rs -> new Counters(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            rs.getInt(6), rs.getInt(7), rs.getInt(8), instant(rs.getString(9)))).getFirst();
        }
    }

    // --- rows ----------------------------------------------------------------------------------------------------

    private static UrlEntry urlEntry(ResultSet rs) throws SQLException {
        return new UrlEntry(rs.getString("url"), rs.getString("source"),
                Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)),
                Instant.parse(rs.getString("first_seen")), instant(rs.getString("last_attempt")),
                instant(rs.getString("last_fetched")),
                Optional.ofNullable(rs.getString("last_outcome")).map(s -> OutcomeKind.valueOf(
                        s.toUpperCase(Locale.ROOT))),
                rs.getInt("last_status"), Optional.ofNullable(rs.getString("last_detail")),
                Optional.ofNullable(rs.getString("etag")), Optional.ofNullable(rs.getString("last_modified")),
                instant(rs.getString("published")), Optional.ofNullable(rs.getString("content_hash")),
                rs.getInt("tries"), rs.getInt("failures"));
    }

    private static SourceEntry sourceEntry(ResultSet rs) throws SQLException {
        return new SourceEntry(rs.getString("name"), rs.getString("url"), instant(rs.getString("last_polled")),
                instant(rs.getString("next_due")), Optional.ofNullable(rs.getString("last_error")),
                rs.getInt("failures"), rs.getInt("polls"), rs.getLong("items_found"), rs.getLong("items_new"));
    }

    private static Optional<Instant> instant(String s) {
        return s == null ? Optional.empty() : Optional.of(Instant.parse(s));
    }

    private static String label(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
