package io.thoisu.store;

import io.thoisu.model.EntityType;
import io.thoisu.text.VietnameseNormalizer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Entities across the whole store, read from the {@code entity_mentions}, {@code entity_stats} and {@code quotes}
 * tables (schema V4): the list, and what an entity page shows (mentions per day, stories, quotes as speaker,
 * co-mentioned entities and the links between them, the articles). Every answer is a few index reads and a
 * bounded sort, so pages cost the same on a large store as on a small one; nothing is capped except by paging.
 *
 * <p>An entity is its canonical name compared by {@link VietnameseNormalizer#key}. Runs on the store's connection
 * under the store's lock, like its other record reads.
 */
public final class EntityQueries {
    /** Rows read per round while filtering the entity list by name in Java (SQLite cannot fold diacritics). */
    private static final int FILTER_CHUNK = 500;

    private final Connection db;
    private final Jdbc jdbc;
    private final Object lock;

    /** A page of the entity list; {@code next} continues it. */
    public record EntityPage(OptionalLong total, List<EntitySummary> entities, Optional<String> next) {
        public EntityPage {
            entities = List.copyOf(entities);
        }
    }

    /** Mentions of the entity on one day of publication (the source's local date), and in how many articles. */
    public record DayCount(String day, int mentions, int articles) {
    }

    /** A story with the number of its articles that mention the entity. */
    public record StoryCount(String id, String title, Optional<String> first, Optional<String> last,
                             int articlesWithEntity) {
    }

    /** Another entity and the number of articles it shares with the one asked about. */
    public record CoMention(String canonical, EntityType type, int articles) {
    }

    /** Two co-mentioned entities that also appear together, with the number of shared articles (of the entity). */
    public record CoEdge(String a, String b, int articles) {
    }

    /** An article's listing fields, from the articles table alone. */
    public record ArticleHead(String id, Optional<String> title, Optional<String> outlet, Optional<String> published) {
    }

    /** One mention span of the entity in an article. */
    public record Span(String text, int start, int end) {
    }

    /** An article mentioning the entity, with its mentions of it in text order. */
    public record MentioningArticle(ArticleHead head, List<Span> mentions) {
        public MentioningArticle {
            mentions = List.copyOf(mentions);
        }
    }

    /** A quote whose speaker is the entity. */
    public record SpokenQuote(ArticleHead article, String text, boolean direct, int start, int end) {
    }

    /** A page of items with the number of all items and the offset of the next page, if any. */
    public record Page<T>(long total, List<T> items, Optional<Integer> nextOffset) {
        public Page {
            items = List.copyOf(items);
        }
    }

    EntityQueries(Connection db, Object lock) {
        this.db = db;
        this.jdbc = new Jdbc(db, "entity");
        this.lock = lock;
    }

    /**
     * Entities by the number of articles that mention them, then by key. {@code nameFilter} (blank for all) keeps
     * names containing it, diacritics and case ignored. The cursor is the previous page's {@code next}.
     */
    public EntityPage list(String nameFilter, int limit, Optional<String> cursor) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        String folded = VietnameseNormalizer.fold(nameFilter.strip());
        Optional<Position> after = cursor.map(Position::decode);
        List<Position> matches = new ArrayList<>();
        Map<Position, EntitySummary> rows = new LinkedHashMap<>();
        synchronized (lock) {
            // Counting the matches of a name filter would read every entity: the total is given unfiltered only.
            OptionalLong total = folded.isEmpty()
                    ? OptionalLong.of(jdbc.count("SELECT COUNT(*) FROM entity_stats WHERE articles > 0"))
                    : OptionalLong.empty();
            int chunk = folded.isEmpty() ? limit + 1 : FILTER_CHUNK;
            while (matches.size() <= limit) {
                List<Object[]> read = statsAfter(after, chunk);
                for (Object[] r : read) {
                    Position p = (Position) r[0];
                    EntitySummary s = (EntitySummary) r[1];
                    after = Optional.of(p);
                    if (folded.isEmpty() || VietnameseNormalizer.fold(s.canonical()).contains(folded)) {
                        matches.add(p);
                        rows.put(p, s);
                        if (matches.size() > limit) {
                            break;
                        }
                    }
                }
                if (read.size() < chunk) {
                    break;
                }
            }
            List<EntitySummary> page = matches.stream().limit(limit).map(rows::get).toList();
            Optional<String> next = matches.size() > limit ? Optional.of(matches.get(limit - 1).encode())
                    : Optional.empty();
            return new EntityPage(total, page, next);
        }
    }

    private List<Object[]> statsAfter(Optional<Position> after, int n) {
        String select = "SELECT canonical_key, canonical, type, articles, mentions FROM entity_stats WHERE articles > 0 ";
        String order = " ORDER BY articles DESC, canonical_key LIMIT ?";
        Jdbc.RowReader<Object[]> reader = rs -> new Object[] {new Position(rs.getInt(4), rs.getString(1)),
                new EntitySummary(rs.getString(2), EntityType.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5))};
        if (after.isEmpty()) {
            return jdbc.query(select + order, reader, n);
        }
        Position p = after.get();
        return jdbc.query(select + "AND (articles < ? OR (articles = ? AND canonical_key > ?))" + order, reader,
                p.articles(), p.articles(), p.key(), n);
    }

    /** The entity with this canonical name (compared by key), with its counts. */
    public Optional<EntitySummary> find(String canonical) {
        synchronized (lock) {
            return jdbc.query("SELECT canonical, type, articles, mentions FROM entity_stats "
                            + "WHERE canonical_key = ? AND articles > 0",
                    rs -> new EntitySummary(rs.getString(1), EntityType.valueOf(rs.getString(2)), rs.getInt(3),
                            rs.getInt(4)), key(canonical)).stream().findFirst();
        }
    }

    /** The spellings the sources used for the entity, most frequent first. */
    public List<String> aliases(String canonical, int limit) {
        synchronized (lock) {
            return jdbc.query("SELECT text FROM entity_mentions WHERE canonical_key = ? GROUP BY text "
                    + "ORDER BY COUNT(*) DESC, text LIMIT ?", rs -> rs.getString(1), key(canonical), limit);
        }
    }

    /** Mentions per day of publication, in date order; undated articles are left out. */
    public List<DayCount> perDay(String canonical) {
        synchronized (lock) {
            // Mentions are counted per article from the index first, so each article row is read once.
            return jdbc.query("SELECT substr(a.published, 1, 10) AS day, SUM(c.n), COUNT(*) FROM (SELECT article_id, "
                            + "COUNT(*) AS n FROM entity_mentions WHERE canonical_key = ? GROUP BY article_id) c "
                            + "JOIN articles a ON a.id = c.article_id WHERE a.published IS NOT NULL "
                            + "GROUP BY day ORDER BY day",
                    rs -> new DayCount(rs.getString(1), rs.getInt(2), rs.getInt(3)), key(canonical));
        }
    }

    /** Stories with articles that mention the entity, the most such articles first. */
    public List<StoryCount> stories(String canonical, int limit) {
        synchronized (lock) {
            return jdbc.query("SELECT s.id, s.title, s.first_day, s.last_day, c.n FROM "
                            + "(SELECT m.story_id AS sid, COUNT(*) AS n FROM (SELECT DISTINCT article_id FROM "
                            + "entity_mentions WHERE canonical_key = ?) e JOIN story_members m "
                            + "ON m.article_id = e.article_id GROUP BY m.story_id) c JOIN stories s ON s.id = c.sid "
                            + "ORDER BY c.n DESC, s.last_day DESC, s.id LIMIT ?",
                    rs -> new StoryCount(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                            Optional.ofNullable(rs.getString(4)), rs.getInt(5)), key(canonical), limit);
        }
    }

    /** Entities that share articles with this one, the most shared articles first. */
    public List<CoMention> coMentioned(String canonical, int limit) {
        String key = key(canonical);
        synchronized (lock) {
            return jdbc.query("SELECT s.canonical, s.type, c.n FROM (SELECT o.canonical_key AS k, "
                            + "COUNT(DISTINCT o.article_id) AS n FROM (SELECT DISTINCT article_id FROM entity_mentions "
                            + "WHERE canonical_key = ?) mine JOIN entity_mentions o ON o.article_id = mine.article_id "
                            + "WHERE o.canonical_key <> ? GROUP BY o.canonical_key ORDER BY n DESC, k LIMIT ?) c "
                            + "JOIN entity_stats s ON s.canonical_key = c.k ORDER BY c.n DESC, c.k",
                    rs -> new CoMention(rs.getString(1), EntityType.valueOf(rs.getString(2)), rs.getInt(3)),
                    key, key, limit);
        }
    }

    /** The co-mentioned entities (most shared articles first) and the links among the first of them. */
    public record CoMentionGraph(List<CoMention> neighbours, List<CoEdge> links) {
        public CoMentionGraph {
            neighbours = List.copyOf(neighbours);
            links = List.copyOf(links);
        }
    }

    /**
     * The entities sharing articles with this one ({@code limit} of them, most shared articles first, then by key)
     * and, among the first {@code linked}, how many of the entity's articles each pair appears in together: what
     * the co-mention graph draws. One read of the entity's articles' entities serves both.
     */
    public CoMentionGraph coMentionGraph(String canonical, int limit, int linked) {
        String key = key(canonical);
        // One row per article of the entity with the other entities' keys joined by U+001F (no name holds it):
        // counts and pairs both come from this one read, and far fewer rows are handed over than one per mention.
        List<String[]> articles;
        synchronized (lock) {
            // Mentions repeat keys within an article; they are dropped here, not by a DISTINCT that would need a
            // temporary table (an article's keys arrive together, but their order within it is not relied on).
            articles = jdbc.query("SELECT group_concat(o.canonical_key, char(31)) FROM (SELECT DISTINCT article_id FROM "
                            + "entity_mentions WHERE canonical_key = ?) mine JOIN entity_mentions o "
                            + "ON o.article_id = mine.article_id WHERE o.canonical_key <> ? GROUP BY o.article_id",
                    rs -> new java.util.LinkedHashSet<>(List.of(rs.getString(1).split("\u001F")))
                            .toArray(String[]::new), key, key);
        }
        Map<String, int[]> shared = new java.util.HashMap<>();
        for (String[] keys : articles) {
            for (String k : keys) {
                shared.computeIfAbsent(k, x -> new int[1])[0]++;
            }
        }
        List<String> top = shared.entrySet().stream()
                .sorted(Map.Entry.<String, int[]>comparingByValue((x, y) -> Integer.compare(y[0], x[0]))
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
        Map<String, CoMention> named = new LinkedHashMap<>();
        synchronized (lock) {
            for (Object[] r : jdbc.query("SELECT canonical_key, canonical, type FROM entity_stats "
                            + "WHERE canonical_key IN (SELECT value FROM json_each(?))",
                    rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                    ModelJson.write(top))) {
                String k = (String) r[0];
                named.put(k, new CoMention((String) r[1], EntityType.valueOf((String) r[2]), shared.get(k)[0]));
            }
        }
        List<CoMention> neighbours = top.stream().map(named::get).filter(c -> c != null).toList();
        List<String> drawn = top.subList(0, Math.min(linked, top.size()));
        int[][] together = new int[drawn.size()][drawn.size()];
        for (String[] keys : articles) {
            List<Integer> here = new ArrayList<>();
            for (String k : keys) {
                int i = drawn.indexOf(k);
                if (i >= 0) {
                    here.add(i);
                }
            }
            for (int x = 0; x < here.size(); x++) {
                for (int y = x + 1; y < here.size(); y++) {
                    together[Math.min(here.get(x), here.get(y))][Math.max(here.get(x), here.get(y))]++;
                }
            }
        }
        List<CoEdge> links = new ArrayList<>();
        for (int x = 0; x < drawn.size(); x++) {
            for (int y = x + 1; y < drawn.size(); y++) {
                CoMention a = named.get(drawn.get(x));
                CoMention b = named.get(drawn.get(y));
                if (together[x][y] > 0 && a != null && b != null) {
                    links.add(new CoEdge(a.canonical(), b.canonical(), together[x][y]));
                }
            }
        }
        links.sort(java.util.Comparator.comparingInt(CoEdge::articles).reversed());
        return new CoMentionGraph(neighbours, links);
    }

    /** Articles that mention the entity, newest first (undated last), with its mentions in each. */
    public Page<MentioningArticle> articles(String canonical, int limit, int offset) {
        String key = key(canonical);
        synchronized (lock) {
            int total = jdbc.count("SELECT COUNT(DISTINCT article_id) FROM entity_mentions WHERE canonical_key = ?", key);
            List<ArticleHead> heads = jdbc.query("SELECT a.id, a.title, a.outlet, a.published FROM articles a "
                    + "WHERE a.id IN (SELECT article_id FROM entity_mentions WHERE canonical_key = ?) "
                    + "ORDER BY a.published_epoch IS NULL, a.published_epoch DESC, a.id LIMIT ? OFFSET ?",
                    EntityQueries::head, key, limit, offset);
            Map<String, List<Span>> spans = new LinkedHashMap<>();
            heads.forEach(h -> spans.put(h.id(), new ArrayList<>()));
            for (Object[] row : jdbc.query("SELECT article_id, text, start_offset, end_offset FROM entity_mentions "
                            + "WHERE canonical_key = ? AND article_id IN (SELECT value FROM json_each(?)) "
                            + "ORDER BY article_id, start_offset",
                    rs -> new Object[] {rs.getString(1), new Span(rs.getString(2), rs.getInt(3), rs.getInt(4))},
                    key, ModelJson.write(List.copyOf(spans.keySet())))) {
                spans.get((String) row[0]).add((Span) row[1]);
            }
            List<MentioningArticle> items = heads.stream().map(h -> new MentioningArticle(h, spans.get(h.id())))
                    .toList();
            return new Page<>(total, items, nextOffset(total, limit, offset));
        }
    }

    /** Quotes whose speaker is the entity, newest article first. */
    public Page<SpokenQuote> quotes(String canonical, int limit, int offset) {
        // a quote names its speaker as its article resolved it ("Tokayev"), which the corpus may resolve further
        String speakers = "SELECT DISTINCT own_canonical FROM entity_mentions WHERE canonical_key = ?";
        String key = key(canonical);
        synchronized (lock) {
            int total = jdbc.count("SELECT COUNT(*) FROM quotes WHERE speaker IN (" + speakers + ")", key);
            List<SpokenQuote> items = jdbc.query("SELECT a.id, a.title, a.outlet, a.published, q.text, q.direct, "
                            + "q.start_offset, q.end_offset FROM quotes q JOIN articles a ON a.id = q.article_id "
                            + "WHERE q.speaker IN (" + speakers + ") ORDER BY a.published_epoch IS NULL, "
                            + "a.published_epoch DESC, a.id, q.seq LIMIT ? OFFSET ?",
                    rs -> new SpokenQuote(head(rs), rs.getString(5), rs.getInt(6) != 0, rs.getInt(7), rs.getInt(8)),
                    key, limit, offset);
            return new Page<>(total, items, nextOffset(total, limit, offset));
        }
    }

    /** Listing fields of these articles, in the order given; unknown ids are left out. */
    public List<ArticleHead> heads(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ArticleHead> found = new LinkedHashMap<>();
        synchronized (lock) {
            for (ArticleHead h : jdbc.query("SELECT id, title, outlet, published FROM articles "
                    + "WHERE id IN (SELECT value FROM json_each(?))", EntityQueries::head,
                    ModelJson.write(List.copyOf(ids)))) {
                found.put(h.id(), h);
            }
        }
        return ids.stream().map(found::get).filter(h -> h != null).toList();
    }

    private static Optional<Integer> nextOffset(int total, int limit, int offset) {
        return offset + limit < total ? Optional.of(offset + limit) : Optional.empty();
    }

    private static ArticleHead head(ResultSet rs) throws SQLException {
        return new ArticleHead(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)));
    }

    private static String key(String canonical) {
        return VietnameseNormalizer.key(canonical.strip());
    }

    /** Where a page of the entity list ends: its last entity's article count and key, as an opaque cursor. */
    private record Position(int articles, String key) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((articles + "\n" + key).getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor) {
            try {
                String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int nl = s.indexOf('\n');
                return new Position(Integer.parseInt(s.substring(0, nl)), s.substring(nl + 1));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not an entity list cursor: " + cursor, e);
            }
        }
    }
}
