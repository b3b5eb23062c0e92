package io.thoisu.index;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.EntityMention;
import io.thoisu.store.ExportedHit;
import io.thoisu.store.SearchHit;
import io.thoisu.store.SearchQuery;
import io.thoisu.store.SearchResult;
import io.thoisu.store.SearchResult.FacetCount;
import io.thoisu.text.VietnameseNormalizer;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The full-text index of the articles: syllables with and without diacritics (and their bigrams) for text and
 * title, keyword fields for filters, doc values for sorting and facets. Updates go by article id, so indexing the
 * same article twice leaves one document. Searches see updates at once (near-real-time reader); durability comes
 * from {@link #commit()}, which the store calls in batches and on close.
 *
 * <p>Snippets mark each matched syllable as {@code «syllable»} (U+00AB/U+00BB) and join passages with
 * {@code " … "}; the text is not HTML-escaped (that is the UI's job).
 */
public final class ArticleIndex implements Closeable {
    public static final String MARK_OPEN = "\u00AB";
    public static final String MARK_CLOSE = "\u00BB";

    static final String ID = "id";
    static final String OUTLET = "outlet";
    static final String OUTLET_KEY = "outlet_key";
    static final String ENTITY = "entity";
    static final String ENTITY_KEY = "entity_key";
    static final String STORY = "story";
    static final String DAY = "day";
    static final String PUBLISHED = "published";
    static final String URL = "url";
    static final String PUBLISHED_DAY = "published_day";
    static final String PUBLISHED_SORT = "published_sort";
    static final String DUP_GROUP = "dup_group";
    static final List<String> FACETS = List.of(OUTLET, ENTITY, STORY, DAY);

    private static final int FACET_TOP = 20;
    private static final int SNIPPET_PASSAGES = 2;
    private static final int MAX_GROUP = 1000;
    private static final int EXPORT_BATCH = 1000;
    private static final Set<String> EXPORT_FIELDS = Set.of(ID, UserQuery.TITLE, OUTLET, PUBLISHED, STORY, URL);

    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(ID, SortField.Type.STRING));
    private static final Sort BY_DATE;

    static {
        SortField published = new SortField(PUBLISHED_SORT, SortField.Type.LONG, true);
        published.setMissingValue(Long.MIN_VALUE);
        BY_DATE = new Sort(published, new SortField(ID, SortField.Type.STRING));
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer exact = VietnameseAnalyzer.exact();
    private final Analyzer folded = VietnameseAnalyzer.folded();
    /**
     * Given to the highlighter, which wants an analyzer, and refusing to run: snippets come from the offsets in the
     * folded field's postings over the stored text, so a search never re-analyses a hit's text. Were the offsets
     * missing, highlighting would fail loudly here instead of silently tokenizing every hit again.
     */
    private static final Analyzer NO_REANALYSIS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            throw new IllegalStateException("snippets come from indexed offsets; " + fieldName + " has none");
        }
    };
    /** The folded text with offsets in its postings, which the highlighter reads instead of re-analysing. */
    private static final FieldType FOLDED_WITH_OFFSETS = foldedWithOffsets();
    // Writes done and writes visible to searches: a search refreshes the reader when it is behind, so a search that
    // starts after an update returns sees it.
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong visible = new AtomicLong();

    /** What the corpus stages say about one article, which the index needs for filters, facets and collapsing. */
    /**
     * What the corpus stages say about one article, which the index needs for filters, facets and collapsing:
     * {@code entityNames} maps an entity's own canonical key in the article to the name the corpus resolves it to,
     * for the mentions it resolves further ("CSTO" → the organisation's full name).
     */
    public record CorpusFacts(Optional<String> story, Optional<String> duplicateGroup,
                              Map<String, String> entityNames) {
        public static final CorpusFacts NONE = new CorpusFacts(Optional.empty(), Optional.empty(), Map.of());

        public CorpusFacts {
            entityNames = Map.copyOf(entityNames);
        }

        String nameOf(String canonical) {
            return entityNames.getOrDefault(VietnameseNormalizer.key(canonical), canonical);
        }
    }

    private ArticleIndex(Path dir) throws IOException {
        this.directory = FSDirectory.open(dir);
        Analyzer perField = new PerFieldAnalyzerWrapper(exact,
                Map.of(UserQuery.TEXT_FOLDED, folded, UserQuery.TITLE_FOLDED, folded));
        // An index written before the folded text kept offsets cannot take documents that have them (Lucene keeps
        // one schema per field): it starts again empty, and the store re-indexes every article from SQLite.
        IndexWriterConfig config = new IndexWriterConfig(perField)
                .setOpenMode(lacksFoldedOffsets(directory) ? IndexWriterConfig.OpenMode.CREATE
                        : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    private static FieldType foldedWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static boolean lacksFoldedOffsets(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return false;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            FieldInfo folded = FieldInfos.getMergedFieldInfos(reader).fieldInfo(UserQuery.TEXT_FOLDED);
            return folded != null
                    && folded.getIndexOptions() != IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
        }
    }

    public static ArticleIndex open(Path dir) {
        try {
            return new ArticleIndex(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index at " + dir, e);
        }
    }

    /** Adds or replaces the article's document. */
    public void upsert(AnalysedArticle analysed, CorpusFacts facts) {
        try {
            writer.updateDocument(new Term(ID, analysed.id()), document(analysed, facts));
            written.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + analysed.id(), e);
        }
    }

    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
            written.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete article " + id + " from the index", e);
        }
    }

    /** Makes every update so far durable. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index", e);
        }
    }

    public int count() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Every article id in the index (for reconciling with the record store). */
    public Set<String> ids() {
        return withSearcher(s -> {
            Set<String> ids = new HashSet<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                SortedDocValues dv = leaf.reader().getSortedDocValues(ID);
                Bits live = leaf.reader().getLiveDocs();
                if (dv == null) {
                    continue;
                }
                for (int doc = dv.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = dv.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        ids.add(dv.lookupOrd(dv.ordValue()).utf8ToString());
                    }
                }
            }
            return ids;
        });
    }

    public SearchResult search(SearchQuery request) {
        return withSearcher(s -> search(s, request));
    }

    private SearchResult search(IndexSearcher searcher, SearchQuery request) throws IOException {
        UserQuery user = UserQuery.parse(request.text(), exact, folded);
        Query query = withFilters(user.query(), request);
        boolean byDate = request.sort() == SearchQuery.Sort.DATE;
        Sort sort = byDate ? BY_DATE : BY_RELEVANCE;
        FieldDoc after = null;
        if (request.cursor().isPresent()) {
            after = SearchCursor.decode(request.cursor().get(), byDate, searcher.getIndexReader().maxDoc())
                    .orElseThrow(() -> new IllegalArgumentException("not a cursor of this sort: " + request.cursor().get()));
            if (searcher.getIndexReader().maxDoc() == 0) {
                after = null;
            }
        }
        int batch = Math.max(16, request.limit() * 2);
        // One pass counts (facets, and always the duplicate groups: the collapsed total) and collects the first
        // batch; later batches, needed only when collapsing drops many hits, run the query again.
        Object[] both = searcher.search(query, new MultiCollectorManager(
                FacetCounter.manager(request.facets() ? FACETS : List.of(), DUP_GROUP),
                new TopFieldCollectorManager(sort, batch, after, Integer.MAX_VALUE)));
        FacetCounter.Counts counts = (FacetCounter.Counts) both[0];
        TopFieldDocs top = (TopFieldDocs) both[1];
        TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
        List<ScoreDoc> page = new ArrayList<>();
        List<List<String>> copies = new ArrayList<>();
        boolean more = true;
        StoredFields stored = searcher.storedFields();
        while (true) {
            ScoreDoc[] docs = top.scoreDocs;
            boolean exhausted = docs.length < batch;
            int i = 0;
            for (; i < docs.length && page.size() < request.limit(); i++) {
                after = (FieldDoc) docs[i];
                Optional<List<String>> folded = collapse(searcher, stored, query, sort, docs[i]);
                if (folded.isPresent()) {
                    page.add(docs[i]);
                    copies.add(folded.get());
                }
            }
            more = !(exhausted && i == docs.length);
            if (page.size() >= request.limit() || !more) {
                break;
            }
            top = searcher.searchAfter(after, query, batch, sort, true);
        }

        String[] snippets = snippets(searcher, user, page);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Document d = stored.document(page.get(i).doc);
            String snippet = snippets[i] != null ? snippets[i] : opening(d.get(UserQuery.TEXT));
            hits.add(new SearchHit(d.get(ID), Optional.ofNullable(d.get(UserQuery.TITLE)),
                    Optional.ofNullable(d.get(OUTLET)), Optional.ofNullable(d.get(PUBLISHED)), snippet,
                    Optional.ofNullable(d.get(STORY)), page.get(i).score, copies.get(i)));
        }
        Optional<String> next = more && after != null ? Optional.of(SearchCursor.encode(after, byDate)) : Optional.empty();
        return new SearchResult(counts.groups(), hits, request.facets() ? facets(counts) : Map.of(), next);
    }

    /**
     * Hands every hit of the request (limit and cursor ignored) to {@code sink} in the request's order, folded as
     * {@link #search} folds them, reading {@value #EXPORT_BATCH} at a time from one reader, so the export is a
     * consistent snapshot and memory stays flat. Hits come without snippets; the URL is empty for documents indexed
     * before the index stored it. Returns the number of hits handed over.
     */
    public long export(SearchQuery request, Consumer<ExportedHit> sink) {
        return withSearcher(searcher -> {
            Query query = withFilters(UserQuery.parse(request.text(), exact, folded).query(), request);
            Sort sort = request.sort() == SearchQuery.Sort.DATE ? BY_DATE : BY_RELEVANCE;
            StoredFields stored = searcher.storedFields();
            FieldDoc after = null;
            long n = 0;
            while (true) {
                ScoreDoc[] docs = searcher.searchAfter(after, query, EXPORT_BATCH, sort, true).scoreDocs;
                for (ScoreDoc hit : docs) {
                    after = (FieldDoc) hit;
                    Optional<List<String>> copies = collapse(searcher, stored, query, sort, hit);
                    if (copies.isPresent()) {
                        Document d = stored.document(hit.doc, EXPORT_FIELDS);
                        sink.accept(new ExportedHit(d.get(ID), Optional.ofNullable(d.get(UserQuery.TITLE)),
                                Optional.ofNullable(d.get(OUTLET)), Optional.ofNullable(d.get(PUBLISHED)),
                                Optional.ofNullable(d.get(STORY)), Optional.ofNullable(d.get(URL)), copies.get()));
                        n++;
                    }
                }
                if (docs.length < EXPORT_BATCH) {
                    return n;
                }
            }
        });
    }

    /**
     * Folds a duplicate group into its best-ranked matching member: empty when another member of the group ranks
     * above this hit (it was or will be shown instead), else the ids of the other matching members. Decided per hit
     * from the whole result order, so it holds across pages.
     */
    private Optional<List<String>> collapse(IndexSearcher searcher, StoredFields stored, Query query, Sort sort,
                                            ScoreDoc hit) throws IOException {
        // The group comes from doc values and a group of one is told by its document frequency, so the common
        // case (no copies) reads no stored fields and runs no query. Deleted documents still count in docFreq,
        // which at worst sends a lone article through the exact check below.
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        SortedDocValues groups = DocValues.getSorted(leaf.reader(), DUP_GROUP);
        if (!groups.advanceExact(hit.doc - leaf.docBase)) {
            return Optional.of(List.of());
        }
        Term groupTerm = new Term(DUP_GROUP, BytesRef.deepCopyOf(groups.lookupOrd(groups.ordValue())));
        if (searcher.getIndexReader().docFreq(groupTerm) <= 1) {
            return Optional.of(List.of());
        }
        String group = groupTerm.text();
        Query members = new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new TermQuery(new Term(DUP_GROUP, group)), Occur.FILTER)
                .build();
        TopFieldDocs top = searcher.search(members, MAX_GROUP, sort, true);
        if (top.scoreDocs.length == 0 || top.scoreDocs[0].doc != hit.doc) {
            return Optional.empty();
        }
        List<String> others = new ArrayList<>();
        for (int i = 1; i < top.scoreDocs.length; i++) {
            others.add(stored.document(top.scoreDocs[i].doc, Set.of(ID)).get(ID));
        }
        return Optional.of(others);
    }

    private String[] snippets(IndexSearcher searcher, UserQuery user, List<ScoreDoc> page) throws IOException {
        if (page.isEmpty() || user.highlightTerms().isEmpty()) {
            return new String[page.size()];
        }
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        for (String t : user.highlightTerms()) {
            terms.add(new TermQuery(new Term(UserQuery.TEXT_FOLDED, t)), Occur.SHOULD);
        }
        // The stored text is marked at the offsets the folded field's postings hold (the field masks the text
        // field), so one set of folded terms marks matches with or without diacritics, at the source's own
        // spelling, and no hit's text is tokenized again.
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, NO_REANALYSIS)
                .withFormatter(new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, " … ", false))
                .withMaskedFieldsFunc(field -> field.equals(UserQuery.TEXT) ? Set.of(UserQuery.TEXT_FOLDED) : Set.of())
                .withMaxLength(100_000)
                .build();
        ScoreDoc[] docs = page.toArray(ScoreDoc[]::new);
        return highlighter.highlight(UserQuery.TEXT, terms.build(),
                new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), SNIPPET_PASSAGES);
    }

    private static String opening(String text) {
        if (text == null) {
            return "";
        }
        int end = Math.min(text.length(), 240);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > 120 ? space : end;
            return text.substring(0, end) + " …";
        }
        return text;
    }

    private static Query withFilters(Query query, SearchQuery request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        request.outlet().ifPresent(o -> b.add(new TermQuery(new Term(OUTLET_KEY, VietnameseNormalizer.key(o))), Occur.FILTER));
        request.entity().ifPresent(e -> b.add(new TermQuery(new Term(ENTITY_KEY, VietnameseNormalizer.key(e))), Occur.FILTER));
        request.story().ifPresent(s -> b.add(new TermQuery(new Term(STORY, s)), Occur.FILTER));
        if (request.from().isPresent() || request.to().isPresent()) {
            long from = request.from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
            long to = request.to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
            b.add(LongPoint.newRangeQuery(PUBLISHED_DAY, from, to), Occur.FILTER);
        }
        return b.build();
    }

    /** Top values by count for outlet, entity and story; every day, in date order (a histogram wants them all). */
    private static Map<String, List<FacetCount>> facets(FacetCounter.Counts counts) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : FACETS) {
            Map<String, Long> values = counts.byDimension().getOrDefault(dim, Map.of());
            Comparator<FacetCount> order = dim.equals(DAY)
                    ? Comparator.comparing(FacetCount::value)
                    : Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);
            List<FacetCount> list = values.entrySet().stream()
                    .map(e -> new FacetCount(e.getKey(), e.getValue()))
                    .sorted(order)
                    .limit(dim.equals(DAY) ? Long.MAX_VALUE : FACET_TOP)
                    .toList();
            out.put(dim, list);
        }
        return out;
    }

    private static Document document(AnalysedArticle analysed, CorpusFacts facts) {
        Article a = analysed.article();
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
        a.title().ifPresent(t -> {
            doc.add(new TextField(UserQuery.TITLE, t, Store.YES));
            doc.add(new TextField(UserQuery.TITLE_FOLDED, t, Store.NO));
        });
        doc.add(new TextField(UserQuery.TEXT, a.text(), Store.YES));
        doc.add(new Field(UserQuery.TEXT_FOLDED, a.text(), FOLDED_WITH_OFFSETS));
        a.url().ifPresent(u -> doc.add(new StoredField(URL, u)));
        a.outlet().ifPresent(o -> {
            doc.add(new StoredField(OUTLET, o));
            doc.add(new StringField(OUTLET_KEY, VietnameseNormalizer.key(o), Store.NO));
            doc.add(new SortedSetDocValuesField(OUTLET, new BytesRef(o)));
        });
        Set<String> keys = new HashSet<>();
        for (EntityMention m : analysed.entities()) {
            String name = facts.nameOf(m.canonical());
            if (keys.add(VietnameseNormalizer.key(name))) {
                doc.add(new StringField(ENTITY_KEY, VietnameseNormalizer.key(name), Store.NO));
                doc.add(new SortedSetDocValuesField(ENTITY, new BytesRef(name)));
            }
        }
        facts.story().ifPresent(s -> {
            doc.add(new StringField(STORY, s, Store.YES));
            doc.add(new SortedSetDocValuesField(STORY, new BytesRef(s)));
        });
        a.published().ifPresent(p -> {
            doc.add(new StoredField(PUBLISHED, p.wireValue()));
            doc.add(new LongPoint(PUBLISHED_DAY, p.date().toEpochDay()));
            doc.add(new NumericDocValuesField(PUBLISHED_SORT, PublicationOrder.epochSecond(p)));
            doc.add(new SortedSetDocValuesField(DAY, new BytesRef(p.date().toString())));
        });
        // Every document has a group for the collapsed total; only members of a real group store it, which is
        // how a hit knows it may need folding.
        String group = facts.duplicateGroup().orElse(a.id());
        doc.add(new StringField(DUP_GROUP, group, facts.duplicateGroup().isPresent() ? Store.YES : Store.NO));
        doc.add(new SortedDocValuesField(DUP_GROUP, new BytesRef(group)));
        return doc;
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            long target = written.get();
            if (visible.get() < target) {
                searchers.maybeRefreshBlocking();
                visible.accumulateAndGet(target, Math::max);
            }
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index search failed", e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.commit();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }
}
