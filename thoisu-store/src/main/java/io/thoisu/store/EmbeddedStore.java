package io.thoisu.store;

import io.thoisu.entity.EntityAlias;
import io.thoisu.index.ArticleIndex;
import io.thoisu.index.ArticleIndex.CorpusFacts;
import io.thoisu.index.PublicationOrder;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.Claim;
import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Origin;
import io.thoisu.model.Rejection;
import io.thoisu.model.Story;
import io.thoisu.text.VietnameseNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The embedded store: records in SQLite ({@code dataDir/thoisu.db}, WAL mode, schema by Flyway migrations) and
 * text in Lucene ({@code dataDir/index}). SQLite is the source of truth. Each change writes its rows and an
 * {@code index_pending} row per touched article in one transaction; the Lucene update follows, and the pending rows
 * are deleted once Lucene has committed (every {@value #INDEX_COMMIT_EVERY} articles, after a corpus replacement,
 * and on close). Opening the store re-indexes whatever is still pending, so a crash between the two stores loses
 * nothing.
 *
 * <p>Thread-safety: writes and record reads are serialised on one SQLite connection; searches go to Lucene only
 * and run concurrently.
 */
public final class EmbeddedStore implements ArticleStore {
    static final int INDEX_COMMIT_EVERY = 500;

    private final Connection db;
    private final Jdbc jdbc;
    private final ArticleIndex index;
    private final Object lock = new Object();
    private final Set<String> uncommittedInIndex = new LinkedHashSet<>();
    /** Stored by {@link #commitDocumentsForCorpusStep}, not indexed yet (their index_pending rows are still there). */
    private final Set<String> awaitingCorpusStep = new LinkedHashSet<>();
    private final FetchLedger fetchLedger;

    private EmbeddedStore(Connection db, ArticleIndex index) {
        this.db = db;
        this.jdbc = new Jdbc(db, "store");
        this.index = index;
        this.fetchLedger = new FetchLedger(db, lock);
    }

    /** What {@code thoisu watch} fetched; it lives in this store's database and closes with it. */
    public FetchLedger fetchLedger() {
        return fetchLedger;
    }

    @Override
    public Optional<FetchLedger.Counters> fetchCounters() {
        FetchLedger.Counters c = fetchLedger.counters();
        return c.urls() == 0 && c.sources() == 0 ? Optional.empty() : Optional.of(c);
    }

    public static EmbeddedStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            String url = "jdbc:sqlite:" + dataDir.resolve("thoisu.db").toAbsolutePath();
            SchemaMigrations.migrate(url);
            Connection db = DriverManager.getConnection(url);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                // NORMAL in WAL mode survives a crash of the process (not of the machine): what resume needs.
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=10000");
            }
            EmbeddedStore store = new EmbeddedStore(db, ArticleIndex.open(dataDir.resolve("index")));
            store.reconcile();
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dataDir, e);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store in " + dataDir, e);
        }
    }

    /** Brings the index in line with SQLite after a crash: pending articles, then any difference in the id sets. */
    private void reconcile() {
        synchronized (lock) {
            Set<String> pending = new LinkedHashSet<>(strings("SELECT article_id FROM index_pending"));
            if (index.count() != articleCount()) {
                Set<String> stored = new HashSet<>(strings("SELECT id FROM articles"));
                Set<String> indexed = index.ids();
                for (String id : stored) {
                    if (!indexed.contains(id)) {
                        pending.add(id);
                    }
                }
                for (String id : indexed) {
                    if (!stored.contains(id)) {
                        pending.add(id);
                    }
                }
            }
            reindex(pending);
            commitIndex();
        }
    }

    private void reindex(Set<String> ids) {
        awaitingCorpusStep.removeAll(ids);
        for (String id : ids) {
            Optional<AnalysedArticle> a = article(id);
            if (a.isPresent()) {
                index.upsert(a.get(), factsOf(id));
            } else {
                index.delete(id);
            }
        }
        uncommittedInIndex.addAll(ids);
    }

    private void commitIndex() {
        index.commit();
        if (uncommittedInIndex.isEmpty()) {
            return;
        }
        jdbc.inTransaction(() -> {
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM index_pending WHERE article_id = ?")) {
                for (String id : uncommittedInIndex) {
                    ps.setString(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        uncommittedInIndex.clear();
    }

    @Override
    public boolean hasDocument(String documentKey) {
        synchronized (lock) {
            return !strings("SELECT document_key FROM documents WHERE document_key = ?", documentKey).isEmpty();
        }
    }

    @Override
    public void commitDocument(String documentKey, Origin origin, List<AnalysedArticle> articles,
                               List<Rejection> rejections) {
        Objects.requireNonNull(documentKey, "documentKey");
        Objects.requireNonNull(origin, "origin");
        commitDocuments(List.of(new DocumentCommit(documentKey, origin, articles, rejections)));
    }

    /** All the documents in one SQLite transaction (the per-transaction cost dominates small documents). */
    @Override
    public void commitDocuments(List<DocumentCommit> documents) {
        commit(documents, false);
    }

    @Override
    public void commitDocumentsForCorpusStep(List<DocumentCommit> documents) {
        commit(documents, true);
    }

    private void commit(List<DocumentCommit> documents, boolean indexAtCorpusStep) {
        synchronized (lock) {
            Set<String> dropped = new LinkedHashSet<>();
            Map<String, AnalysedArticle> stored = new LinkedHashMap<>();
            jdbc.inTransaction(() -> {
                for (DocumentCommit d : documents) {
                    writeDocument(d, dropped, stored);
                }
            });
            // a dropped article leaves the index at once: a search must not find what the store no longer has
            for (String id : dropped) {
                index.delete(id);
                awaitingCorpusStep.remove(id);
            }
            uncommittedInIndex.addAll(dropped);
            if (indexAtCorpusStep) {
                awaitingCorpusStep.addAll(stored.keySet());
            } else {
                for (AnalysedArticle a : stored.values()) {
                    index.upsert(a, factsOf(a.id()));
                    awaitingCorpusStep.remove(a.id());
                }
                uncommittedInIndex.addAll(stored.keySet());
            }
            if (uncommittedInIndex.size() >= INDEX_COMMIT_EVERY) {
                commitIndex();
            }
        }
    }

    @Override
    public void indexPending() {
        synchronized (lock) {
            if (!awaitingCorpusStep.isEmpty()) {
                reindex(Set.copyOf(awaitingCorpusStep));
                commitIndex();
            }
        }
    }

    private void writeDocument(DocumentCommit d, Set<String> dropped, Map<String, AnalysedArticle> stored)
            throws SQLException {
        String documentKey = d.documentKey();
        Map<String, AnalysedArticle> byId = new LinkedHashMap<>();
        for (AnalysedArticle a : d.articles()) {
            byId.put(a.id(), a);
        }
        // A document that now yields fewer articles than before loses the ones it no longer yields.
        for (String old : strings("SELECT id FROM articles WHERE document_key = ?", documentKey)) {
            if (!byId.containsKey(old)) {
                // the last document of the batch to touch an id decides whether it is indexed or deleted
                stored.remove(old);
                dropped.add(old);
                if (jdbc.count("SELECT COUNT(*) FROM corpus_fed_articles WHERE article_id = ?", old) > 0) {
                    // the article stages were fed it and cannot take an article back: they start again from
                    // the articles that remain, at the next corpus step (whose summary says so)
                    forgetArticleStages();
                }
                deleteArticleRows(old);
                markPending(old);
            }
        }
        for (AnalysedArticle a : byId.values()) {
            writeArticle(documentKey, a);
            markPending(a.id());
            dropped.remove(a.id());
            stored.put(a.id(), a);
        }
        jdbc.update("DELETE FROM rejections WHERE document_key = ?", documentKey);
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO rejections "
                + "(document_key, source, position, stage, reason) VALUES (?, ?, ?, ?, ?)")) {
            for (Rejection r : d.rejections()) {
                ps.setString(1, documentKey);
                ps.setString(2, r.origin().source());
                ps.setString(3, r.origin().position());
                ps.setString(4, r.stage());
                ps.setString(5, r.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        jdbc.update("INSERT OR REPLACE INTO documents (document_key, source, position, articles, committed_at) "
                + "VALUES (?, ?, ?, ?, ?)", documentKey, d.origin().source(), d.origin().position(), byId.size(),
                Instant.now().toString());
    }

    private void writeArticle(String documentKey, AnalysedArticle analysed) throws SQLException {
        Article a = analysed.article();
        deleteArticleRows(a.id());
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO articles (id, document_key, source, position, "
                + "url, title, published, published_epoch, outlet, authors, text, analysis) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, documentKey);
            ps.setString(3, a.origin().source());
            ps.setString(4, a.origin().position());
            ps.setString(5, a.url().orElse(null));
            ps.setString(6, a.title().orElse(null));
            ps.setString(7, a.published().map(p -> p.wireValue()).orElse(null));
            if (a.published().isPresent()) {
                ps.setLong(8, PublicationOrder.epochSecond(a.published().get()));
            } else {
                ps.setNull(8, Types.INTEGER);
            }
            ps.setString(9, a.outlet().orElse(null));
            ps.setString(10, ModelJson.write(a.authors()));
            ps.setString(11, a.text());
            ps.setString(12, ModelJson.write(analysed));
            ps.executeUpdate();
        }
        // Each mention is stored under the name the corpus resolves its own name to (entity_aliases), if any.
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO entity_mentions (article_id, canonical, "
                + "canonical_key, type, text, start_offset, end_offset, own_canonical, own_key) "
                + "SELECT ?1, COALESCE(x.canonical, ?2), COALESCE(x.canonical_key, ?3), ?4, ?5, ?6, ?7, ?2, ?3 "
                + "FROM (SELECT 1) LEFT JOIN entity_aliases x ON x.type = ?4 AND x.alias_key = ?3")) {
            for (EntityMention m : analysed.entities()) {
                ps.setString(1, a.id());
                ps.setString(2, m.canonical());
                ps.setString(3, VietnameseNormalizer.key(m.canonical()));
                ps.setString(4, m.type().name());
                ps.setString(5, m.text());
                ps.setInt(6, m.start());
                ps.setInt(7, m.end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO claims (article_id, seq, about, value, approx, "
                + "unit, attribution, claim_date, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Claim c : analysed.claims()) {
                ps.setString(1, a.id());
                ps.setInt(2, seq++);
                ps.setString(3, c.about());
                ps.setDouble(4, c.value());
                ps.setString(5, c.approx().wireName());
                ps.setString(6, c.unit().orElse(null));
                ps.setString(7, c.attribution().orElse(null));
                ps.setString(8, c.date().orElse(null));
                ps.setString(9, c.sentence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Records the short forms' resolutions and moves their mentions to the entity each stands for now (back to the
     * article's own name when it stands for none or several). A restart forgets every earlier resolution first.
     * Returns the articles whose mentions changed name.
     */
    private Set<String> writeAliases(List<EntityAlias> aliases, boolean restart) throws SQLException {
        Set<String> renamed = new LinkedHashSet<>();
        if (restart) {
            renamed.addAll(strings("SELECT DISTINCT article_id FROM entity_mentions WHERE canonical_key <> own_key"));
            jdbc.update("DELETE FROM entity_aliases");
            jdbc.update("UPDATE entity_mentions SET canonical = own_canonical, canonical_key = own_key "
                    + "WHERE canonical_key <> own_key");
        }
        for (EntityAlias alias : aliases) {
            String type = alias.type().name();
            renamed.addAll(strings("SELECT DISTINCT article_id FROM entity_mentions WHERE own_key = ? AND type = ?",
                    alias.aliasKey(), type));
            if (alias.canonical().isPresent()) {
                String canonical = alias.canonical().get();
                String key = VietnameseNormalizer.key(canonical);
                jdbc.update("INSERT OR REPLACE INTO entity_aliases (type, alias_key, canonical, canonical_key) "
                        + "VALUES (?, ?, ?, ?)", type, alias.aliasKey(), canonical, key);
                jdbc.update("UPDATE entity_mentions SET canonical = ?, canonical_key = ? WHERE own_key = ? AND type = ?",
                        canonical, key, alias.aliasKey(), type);
            } else {
                jdbc.update("DELETE FROM entity_aliases WHERE type = ? AND alias_key = ?", type, alias.aliasKey());
                jdbc.update("UPDATE entity_mentions SET canonical = own_canonical, canonical_key = own_key "
                        + "WHERE own_key = ? AND type = ? AND canonical_key <> own_key", alias.aliasKey(), type);
            }
        }
        return renamed;
    }

    private void deleteArticleRows(String id) throws SQLException {
        jdbc.update("DELETE FROM articles WHERE id = ?", id);
        jdbc.update("DELETE FROM entity_mentions WHERE article_id = ?", id);
        jdbc.update("DELETE FROM claims WHERE article_id = ?", id);
    }

    private void markPending(String id) throws SQLException {
        jdbc.update("INSERT OR IGNORE INTO index_pending (article_id) VALUES (?)", id);
    }

    private CorpusFacts factsOf(String articleId) {
        List<String> story = strings("SELECT story_id FROM story_members WHERE article_id = ?", articleId);
        List<String> group = strings("SELECT group_key FROM duplicate_members WHERE article_id = ?", articleId);
        Map<String, String> names = new HashMap<>();
        for (Object[] row : jdbc.query("SELECT own_key, canonical FROM entity_mentions "
                + "WHERE article_id = ? AND canonical_key <> own_key", rs -> new Object[] {rs.getString(1),
                rs.getString(2)}, articleId)) {
            names.put((String) row[0], (String) row[1]);
        }
        return new CorpusFacts(story.stream().findFirst(), group.stream().findFirst(), names);
    }

    @Override
    public Optional<AnalysedArticle> article(String id) {
        synchronized (lock) {
            return strings("SELECT analysis FROM articles WHERE id = ?", id).stream()
                    .findFirst()
                    .map(json -> ModelJson.read(json, AnalysedArticle.class));
        }
    }

    @Override
    public List<AnalysedArticle> documentArticles(String documentKey) {
        synchronized (lock) {
            return strings("SELECT analysis FROM articles WHERE document_key = ? ORDER BY id", documentKey).stream()
                    .map(json -> ModelJson.read(json, AnalysedArticle.class))
                    .toList();
        }
    }

    @Override
    public List<AnalysedArticle> articlesInOrder() {
        synchronized (lock) {
            return strings("SELECT analysis FROM articles ORDER BY published_epoch IS NULL, published_epoch, id")
                    .stream()
                    .map(json -> ModelJson.read(json, AnalysedArticle.class))
                    .toList();
        }
    }

    @Override
    public int articleCount() {
        synchronized (lock) {
            return jdbc.count("SELECT COUNT(*) FROM articles");
        }
    }

    @Override
    public void replaceCorpus(CorpusView corpus) {
        synchronized (lock) {
            Set<String> changed = new HashSet<>();
            jdbc.inTransaction(() -> {
                Map<String, String> oldStory = pairs("SELECT article_id, story_id FROM story_members");
                Map<String, String> oldGroup = pairs("SELECT article_id, group_key FROM duplicate_members");
                jdbc.update("DELETE FROM stories");
                jdbc.update("DELETE FROM story_members");
                jdbc.update("DELETE FROM duplicate_members");
                // tables computed elsewhere void the saved stage state: the next ingest recomputes from scratch
                forgetArticleStages();
                Map<String, String> newStory = new HashMap<>(corpus.storyOfArticle());
                writeStories(corpus.stories(), newStory);
                Map<String, String> newGroup = writeGroups(corpus.duplicateGroups());
                Set<String> touched = new HashSet<>();
                touched.addAll(oldStory.keySet());
                touched.addAll(newStory.keySet());
                touched.addAll(oldGroup.keySet());
                touched.addAll(newGroup.keySet());
                Set<String> existing = new HashSet<>(strings("SELECT id FROM articles"));
                for (String id : touched) {
                    if (existing.contains(id) && (!Objects.equals(oldStory.get(id), newStory.get(id))
                            || !Objects.equals(oldGroup.get(id), newGroup.get(id)))) {
                        changed.add(id);
                        markPending(id);
                    }
                }
            });
            changed.addAll(awaitingCorpusStep);
            reindex(changed);
            commitIndex();
        }
    }

    // --- corpus state ---------------------------------------------------------------------------------------------

    @Override
    public Map<String, StageSnapshot> corpusState() {
        synchronized (lock) {
            Map<String, StageSnapshot> out = new HashMap<>();
            for (StageSnapshot s : jdbc.query("SELECT stage, format_version, snapshot, fed_count, updated_at FROM corpus_state",
                    rs -> new StageSnapshot(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            Instant.parse(rs.getString(5))))) {
                out.put(s.stage(), s);
            }
            return out;
        }
    }

    @Override
    public List<AnalysedArticle> articlesNotFed() {
        synchronized (lock) {
            return strings("SELECT analysis FROM articles WHERE id NOT IN (SELECT article_id FROM corpus_fed_articles) "
                    + "ORDER BY published_epoch IS NULL, published_epoch, id")
                    .stream()
                    .map(json -> ModelJson.read(json, AnalysedArticle.class))
                    .toList();
        }
    }

    @Override
    public List<AnalysedArticle> fedArticles(Collection<String> ids) {
        synchronized (lock) {
            record Fed(long seq, String json) {
            }
            List<Fed> found = new ArrayList<>();
            for (List<String> chunk : chunks(ids)) {
                found.addAll(jdbc.query("SELECT f.seq, a.analysis FROM corpus_fed_articles f JOIN articles a "
                        + "ON a.id = f.article_id WHERE f.article_id IN (" + placeholders(chunk.size()) + ")",
                        rs -> new Fed(rs.getLong(1), rs.getString(2)), chunk.toArray()));
            }
            found.sort(java.util.Comparator.comparingLong(Fed::seq));
            return found.stream().map(f -> ModelJson.read(f.json(), AnalysedArticle.class)).toList();
        }
    }

    @Override
    public boolean furnitureFed(String documentKey) {
        synchronized (lock) {
            return !strings("SELECT document_key FROM corpus_fed_documents WHERE document_key = ?", documentKey)
                    .isEmpty();
        }
    }

    @Override
    public void commitCorpus(CorpusUpdate u) {
        synchronized (lock) {
            Set<String> changed = new HashSet<>();
            jdbc.inTransaction(() -> {
                var change = u.change();
                // the articles whose story or group may change, with what the tables said of them before
                Set<String> affected = new LinkedHashSet<>(change.storyOfArticle().keySet());
                change.duplicateGroups().forEach(affected::addAll);
                Map<String, String> oldStory;
                Map<String, String> oldGroup;
                if (u.restartArticleStages()) {
                    oldStory = pairs("SELECT article_id, story_id FROM story_members");
                    oldGroup = pairs("SELECT article_id, group_key FROM duplicate_members");
                    affected.addAll(oldStory.keySet());
                    affected.addAll(oldGroup.keySet());
                    jdbc.update("DELETE FROM stories");
                    jdbc.update("DELETE FROM story_members");
                    jdbc.update("DELETE FROM duplicate_members");
                    jdbc.update("DELETE FROM corpus_fed_articles");
                } else {
                    for (String removed : change.removedStories()) {
                        affected.addAll(strings("SELECT article_id FROM story_members WHERE story_id = ?", removed));
                    }
                    oldStory = pairsFor("SELECT article_id, story_id FROM story_members WHERE article_id IN ", affected);
                    oldGroup = pairsFor("SELECT article_id, group_key FROM duplicate_members WHERE article_id IN ",
                            affected);
                    for (String removed : change.removedStories()) {
                        jdbc.update("DELETE FROM stories WHERE id = ?", removed);
                        jdbc.update("DELETE FROM story_members WHERE story_id = ?", removed);
                    }
                }
                if (u.restartFurniture()) {
                    jdbc.update("DELETE FROM corpus_fed_documents");
                }
                Set<String> renamed = writeAliases(change.aliases(), u.restartArticleStages());
                writeStories(change.changedStories(), change.storyOfArticle());
                Map<String, String> newGroup = writeGroups(change.duplicateGroups());
                writeFedMarkers(change.fed(), u.fedDocuments());
                for (StageSnapshot s : u.snapshots()) {
                    jdbc.update("INSERT OR REPLACE INTO corpus_state (stage, format_version, snapshot, fed_count, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?)", s.stage(), s.formatVersion(), s.json(), s.fedCount(),
                            s.updatedAt().toString());
                }
                Set<String> existing = new HashSet<>(pairsFor("SELECT id, id FROM articles WHERE id IN ", affected)
                        .keySet());
                for (String id : affected) {
                    String story = change.storyOfArticle().getOrDefault(id,
                            u.restartArticleStages() ? null : oldStory.get(id));
                    String group = newGroup.getOrDefault(id, u.restartArticleStages() ? null : oldGroup.get(id));
                    if (story != null && change.removedStories().contains(story)) {
                        story = null;
                    }
                    if (existing.contains(id) && (!Objects.equals(oldStory.get(id), story)
                            || !Objects.equals(oldGroup.get(id), group))) {
                        changed.add(id);
                        markPending(id);
                    }
                }
                // an article whose entities now go by another name is indexed again under it (facets, filters)
                for (String id : renamed) {
                    if (changed.add(id)) {
                        markPending(id);
                    }
                }
            });
            changed.addAll(awaitingCorpusStep);
            reindex(changed);
            commitIndex();
        }
    }

    private void writeStories(List<Story> stories, Map<String, String> storyOf) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO stories "
                + "(id, title, first_day, last_day, body) VALUES (?, ?, ?, ?, ?)")) {
            for (Story s : stories) {
                ps.setString(1, s.id());
                ps.setString(2, s.title());
                ps.setString(3, s.first().map(Object::toString).orElse(null));
                ps.setString(4, s.last().map(Object::toString).orElse(null));
                ps.setString(5, ModelJson.write(s));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT OR REPLACE INTO story_members (article_id, story_id) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : storyOf.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Whole groups, rewritten: a new earliest member changes every member's group key. */
    private Map<String, String> writeGroups(List<List<String>> groups) throws SQLException {
        Map<String, String> keyOf = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT OR REPLACE INTO duplicate_members (article_id, group_key, rank) VALUES (?, ?, ?)")) {
            for (List<String> group : groups) {
                if (group.size() < 2) {
                    continue;
                }
                for (int rank = 0; rank < group.size(); rank++) {
                    keyOf.put(group.get(rank), group.get(0));
                    ps.setString(1, group.get(rank));
                    ps.setString(2, group.get(0));
                    ps.setInt(3, rank);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        return keyOf;
    }

    private void writeFedMarkers(List<String> articles, List<String> documents) throws SQLException {
        long seq = jdbc.query("SELECT COALESCE(MAX(seq), 0) FROM corpus_fed_articles", rs -> rs.getLong(1)).getFirst();
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT OR IGNORE INTO corpus_fed_articles (article_id, seq) VALUES (?, ?)")) {
            for (String id : articles) {
                ps.setString(1, id);
                ps.setLong(2, ++seq);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT OR IGNORE INTO corpus_fed_documents (document_key) VALUES (?)")) {
            for (String key : documents) {
                ps.setString(1, key);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void forgetArticleStages() throws SQLException {
        jdbc.update("DELETE FROM corpus_state WHERE stage IN (?, ?)", CorpusState.DUPLICATES, CorpusState.STORIES);
        jdbc.update("DELETE FROM corpus_fed_articles");
    }

    /** Rows of {@code sqlPrefix (?, ?, ...)} for these ids, queried a few hundred ids at a time. */
    private Map<String, String> pairsFor(String sqlPrefix, Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            for (String[] row : jdbc.query(sqlPrefix + "(" + placeholders(chunk.size()) + ")",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, chunk.toArray())) {
                out.put(row[0], row[1]);
            }
        }
        return out;
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            out.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return out;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    @Override
    public List<Story> stories() {
        synchronized (lock) {
            return strings("SELECT body FROM stories ORDER BY last_day DESC NULLS LAST, id").stream()
                    .map(json -> ModelJson.read(json, Story.class))
                    .toList();
        }
    }

    @Override
    public Optional<Story> story(String id) {
        synchronized (lock) {
            return strings("SELECT body FROM stories WHERE id = ?", id).stream()
                    .findFirst()
                    .map(json -> ModelJson.read(json, Story.class));
        }
    }

    @Override
    public Optional<String> storyOf(String articleId) {
        synchronized (lock) {
            return strings("SELECT story_id FROM story_members WHERE article_id = ?", articleId).stream().findFirst();
        }
    }

    /** The whole group (this article included), in the order the duplicate detector gave; empty without copies. */
    @Override
    public List<String> duplicatesOf(String articleId) {
        synchronized (lock) {
            return strings("SELECT m.article_id FROM duplicate_members m JOIN duplicate_members me "
                    + "ON me.group_key = m.group_key WHERE me.article_id = ? ORDER BY m.rank", articleId);
        }
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return index.search(query);
    }

    /** Reads from one index snapshot; a URL the index lacks (indexed by an older version) comes from SQLite. */
    @Override
    public long export(SearchQuery query, Consumer<ExportedHit> sink) {
        return index.export(query, hit -> sink.accept(hit.url().isPresent() ? hit : hit.withUrl(urlOf(hit.id()))));
    }

    private Optional<String> urlOf(String articleId) {
        synchronized (lock) {
            return strings("SELECT url FROM articles WHERE id = ?", articleId).stream()
                    .filter(Objects::nonNull).findFirst();
        }
    }

    @Override
    public List<Rejection> rejections() {
        synchronized (lock) {
            return jdbc.query("SELECT source, position, stage, reason FROM rejections ORDER BY seq", rs ->
                    new Rejection(new Origin(rs.getString(1), rs.getString(2)), rs.getString(3), rs.getString(4)));
        }
    }

    @Override
    public List<EntitySummary> entities(int limit) {
        synchronized (lock) {
            // entity_stats is kept by triggers on entity_mentions (V4): an index read instead of a GROUP BY.
            return jdbc.query("SELECT canonical, type, articles, mentions FROM entity_stats "
                            + "ORDER BY articles DESC, canonical LIMIT " + Math.max(0, limit),
                    rs -> new EntitySummary(rs.getString(1), EntityType.valueOf(rs.getString(2)), rs.getInt(3),
                            rs.getInt(4)));
        }
    }

    @Override
    public List<String> articlesMentioning(String canonical) {
        synchronized (lock) {
            return strings("SELECT DISTINCT e.article_id FROM entity_mentions e JOIN articles a ON a.id = e.article_id "
                    + "WHERE e.canonical_key = ? ORDER BY a.published_epoch IS NULL, a.published_epoch, a.id",
                    VietnameseNormalizer.key(canonical));
        }
    }

    @Override
    public Optional<EntityQueries> entityQueries() {
        return Optional.of(new EntityQueries(db, lock));
    }

    @Override
    public StoreStatus status() {
        synchronized (lock) {
            return new StoreStatus(jdbc.count("SELECT COUNT(*) FROM documents"), jdbc.count("SELECT COUNT(*) FROM articles"),
                    jdbc.count("SELECT COUNT(*) FROM stories"), jdbc.count("SELECT COUNT(*) FROM rejections"));
        }
    }

    /** Articles whose index update is not yet durable in Lucene (for tests and diagnostics). */
    int pendingIndexUpdates() {
        synchronized (lock) {
            return jdbc.count("SELECT COUNT(*) FROM index_pending");
        }
    }

    /** Number of documents in the Lucene index; equals {@link #articleCount()} when the two agree. */
    public int indexedCount() {
        return index.count();
    }

    @Override
    public void close() {
        synchronized (lock) {
            try {
                reindex(Set.copyOf(awaitingCorpusStep));
                commitIndex();
                index.close();
            } finally {
                try {
                    db.close();
                } catch (SQLException e) {
                    throw new StoreException("cannot close the database", e);
                }
            }
        }
    }

    // --- queries of one shape ------------------------------------------------------------------------------------

    private List<String> strings(String sql, Object... args) {
        return jdbc.query(sql, rs -> rs.getString(1), args);
    }

    private Map<String, String> pairs(String sql) {
        Map<String, String> out = new HashMap<>();
        for (String[] row : jdbc.query(sql, rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            out.put(row[0], row[1]);
        }
        return out;
    }
}
