package io.thoisu.bench;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import io.thoisu.store.CorpusView;
import io.thoisu.store.DocumentCommit;
import io.thoisu.store.EmbeddedStore;
import io.thoisu.store.SearchQuery;
import io.thoisu.text.VietnameseNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Search latency at scale: a store of N generated articles (default 100,000), 200 fixed queries run one at a time
 * after warm-up, p50/p95/p99 beside the floor of the same queries on a plain Lucene index of the same texts
 * (StandardAnalyzer, every word required, same filters and sort, top 20, no facets, no snippets) in the same run.
 *
 * <p>Articles are recombined from the ViMs bodies in {@code ../shared} when present: each takes a title and 3–8
 * paragraphs from articles of one ViMs cluster, so topics stay coherent and words co-occur as in news; ids, outlets,
 * dates and every 20th article's near-copy (a duplicate group) are invented. Nothing is written outside a temporary
 * folder, deleted at the end. Without ViMs the project's examples/ are recombined the same way.
 *
 * <p>Run: {@code bin/bench SearchLatency} style, or {@code java ... io.thoisu.bench.SearchLatency [N]}.
 */
public final class SearchLatency {
    private static final int BATCH = 500;
    private static final int WARM_ROUNDS = 3;
    private static final int RUNS = 3;
    private static final List<String> OUTLETS = List.of("Báo Sông Lam", "Tin Miền Núi", "Báo Đồng Vân",
            "Thời báo Phước Kiến", "Tin Nhanh Ba Hồ", "Báo Cửa Biển", "Nhật báo Lam Giang", "Tin Cao Nguyên",
            "Báo Suối Mơ", "Tạp chí Bến Sỏi", "Tin Đồng Bằng", "Báo Trường Sa Mới");
    /** Subjects a reader of Vietnamese news looks for; each is run in four forms (see {@link #queries()}). */
    private static final List<String> TOPICS = List.of("giao thông", "tai nạn", "Hà Nội", "thành phố Hồ Chí Minh",
            "giá vàng", "bóng đá", "học sinh", "bệnh viện", "cháy", "công an", "xuất khẩu", "Trung Quốc", "Mỹ",
            "bầu cử", "động đất", "mưa lũ", "chứng khoán", "ngân hàng", "giá xăng", "Biển Đông", "du lịch",
            "Quốc hội", "thủ tướng", "tham nhũng", "ma túy", "bắt giữ", "khởi tố", "điều tra", "sân bay",
            "đường sắt", "nông dân", "thủy điện", "môi trường", "cá chết", "giáo dục", "thi đại học", "y tế",
            "vắc xin", "dịch bệnh", "nắng nóng", "tàu cá", "ngư dân", "xe khách", "vi phạm", "người dân",
            "\"chính quyền địa phương\"", "tổng thống Obama", "khu công nghiệp", "doanh nghiệp", "Việt Nam");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*){1,3}");

    private SearchLatency() {
    }

    record Cluster(List<String> titles, List<String> paragraphs) {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<Cluster> clusters = clusters();
        Path work = Files.createTempDirectory("thoisu-latency");
        try {
            long t0 = System.nanoTime();
            Corpus corpus = generate(clusters, n, new Random(2016));
            System.out.printf(Locale.ROOT, "generated %d articles from %d clusters of %s in %.1f s%n", n,
                    clusters.size(), BenchCorpus.describe(), (System.nanoTime() - t0) / 1e9);

            long t1 = System.nanoTime();
            try (FSDirectory floorDir = FSDirectory.open(work.resolve("floor"))) {
                floorIndex(corpus.articles(), floorDir);
                double floorIngest = (System.nanoTime() - t1) / 1e9;
                long t2 = System.nanoTime();
                try (EmbeddedStore store = EmbeddedStore.open(work.resolve("store"))) {
                    // corpus facts first, so each article is indexed once with its story and duplicate group
                    store.replaceCorpus(new CorpusView(List.of(), corpus.storyOf(), corpus.groups()));
                    List<DocumentCommit> batch = new ArrayList<>();
                    for (AnalysedArticle a : corpus.articles()) {
                        batch.add(new DocumentCommit("doc-" + a.id(), a.article().origin(), List.of(a), List.of()));
                        if (batch.size() == BATCH) {
                            store.commitDocuments(batch);
                            batch.clear();
                        }
                    }
                    store.commitDocuments(batch);
                    double storeIngest = (System.nanoTime() - t2) / 1e9;
                    System.out.printf(Locale.ROOT, "ingest: store %.0f articles/s (commitDocuments, batches of %d), "
                                    + "plain Lucene %.0f articles/s%n", n / storeIngest, BATCH, n / floorIngest);

                    List<SearchQuery> queries = queries();
                    try (DirectoryReader reader = DirectoryReader.open(floorDir)) {
                        IndexSearcher floor = new IndexSearcher(reader);
                        Analyzer standard = new StandardAnalyzer();
                        Function<SearchQuery, Long> floorRun = q -> floorSearch(floor, standard, q);
                        Function<SearchQuery, Long> full = q -> store.search(q).total();
                        Function<SearchQuery, Long> bare = q -> store.search(q.withFacets(false)).total();
                        for (int r = 0; r < WARM_ROUNDS; r++) {
                            queries.forEach(q -> {
                                floorRun.apply(q);
                                full.apply(q);
                                bare.apply(q);
                            });
                        }
                        long[] floorNanos = time(queries, floorRun);
                        long[] fullNanos = time(queries, full);
                        long[] bareNanos = time(queries, bare);
                        report("floor (plain Lucene, top 20)", floorNanos, null);
                        report("store search, facets + collapse + snippets", fullNanos, floorNanos);
                        report("store search without facets", bareNanos, floorNanos);
                        slowest(queries, fullNanos);
                    }
                }
            }
        } finally {
            delete(work);
        }
    }

    record Corpus(List<AnalysedArticle> articles, Map<String, String> storyOf, List<List<String>> groups) {
    }

    /** Runs every query {@value #RUNS} times and keeps each one's fastest, so a stall of the shared machine counts once. */
    private static long[] time(List<SearchQuery> queries, Function<SearchQuery, Long> run) {
        long[] best = new long[queries.size()];
        Arrays.fill(best, Long.MAX_VALUE);
        for (int r = 0; r < RUNS; r++) {
            for (int i = 0; i < queries.size(); i++) {
                long t = System.nanoTime();
                run.apply(queries.get(i));
                best[i] = Math.min(best[i], System.nanoTime() - t);
            }
        }
        return best;
    }

    private static void report(String label, long[] nanos, long[] floor) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double p50 = pct(sorted, 50), p95 = pct(sorted, 95), p99 = pct(sorted, 99);
        if (floor == null) {
            System.out.printf(Locale.ROOT, "%-46s p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms%n", label, p50, p95, p99);
            return;
        }
        long[] f = floor.clone();
        Arrays.sort(f);
        System.out.printf(Locale.ROOT, "%-46s p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  (x%.1f / x%.1f / x%.1f floor)%n",
                label, p50, p95, p99, p50 / pct(f, 50), p95 / pct(f, 95), p99 / pct(f, 99));
    }

    private static void slowest(List<SearchQuery> queries, long[] nanos) {
        Integer[] order = new Integer[nanos.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> -nanos[i]));
        System.out.println("slowest:");
        for (int k = 0; k < 5; k++) {
            SearchQuery q = queries.get(order[k]);
            System.out.printf(Locale.ROOT, "  %7.2f ms  %s%s%s sort=%s%n", nanos[order[k]] / 1e6, q.text(),
                    q.outlet().map(o -> " outlet=" + o).orElse(""),
                    q.from().map(d -> " from=" + d).orElse(""), q.sort());
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }

    /**
     * 200 queries: each topic as written, without diacritics, with an outlet filter, and without diacritics sorted
     * by date within one year.
     */
    static List<SearchQuery> queries() {
        List<SearchQuery> out = new ArrayList<>();
        for (int k = 0; k < TOPICS.size(); k++) {
            String t = TOPICS.get(k);
            String folded = VietnameseNormalizer.fold(t);
            out.add(SearchQuery.of(t));
            out.add(SearchQuery.of(folded));
            out.add(new SearchQuery(t, Optional.of(OUTLETS.get(k % OUTLETS.size())), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), SearchQuery.Sort.RELEVANCE, 20,
                    Optional.empty()));
            int year = 2022 + k % 3;
            out.add(new SearchQuery(folded, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(LocalDate.of(year, 1, 1)), Optional.of(LocalDate.of(year, 12, 31)),
                    SearchQuery.Sort.DATE, 20, Optional.empty()));
        }
        return out;
    }

    // --- the floor -------------------------------------------------------------------------------------------

    private static void floorIndex(List<AnalysedArticle> articles, FSDirectory dir) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (AnalysedArticle analysed : articles) {
                Article a = analysed.article();
                Document d = new Document();
                d.add(new StringField("id", a.id(), Field.Store.YES));
                d.add(new TextField("text", a.title().orElse("") + "\n" + a.text(), Field.Store.YES));
                d.add(new StringField("outlet", VietnameseNormalizer.key(a.outlet().orElse("")), Field.Store.NO));
                a.published().ifPresent(p -> {
                    d.add(new LongPoint("day", p.date().toEpochDay()));
                    d.add(new NumericDocValuesField("time", p.date().toEpochDay()));
                    d.add(new StoredField("published", p.wireValue()));
                });
                w.addDocument(d);
            }
            w.commit();
        }
    }

    private static long floorSearch(IndexSearcher searcher, Analyzer analyzer, SearchQuery q) {
        try {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            boolean any = false;
            try (TokenStream ts = analyzer.tokenStream("text", q.text().replace("\"", " "))) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    b.add(new TermQuery(new Term("text", term.toString())), Occur.MUST);
                    any = true;
                }
                ts.end();
            }
            if (!any) {
                b.add(new MatchAllDocsQuery(), Occur.MUST);
            }
            q.outlet().ifPresent(o -> b.add(new TermQuery(new Term("outlet", VietnameseNormalizer.key(o))), Occur.FILTER));
            if (q.from().isPresent() || q.to().isPresent()) {
                b.add(LongPoint.newRangeQuery("day", q.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
                        q.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)), Occur.FILTER);
            }
            Query query = b.build();
            TopDocs top = q.sort() == SearchQuery.Sort.DATE
                    ? searcher.search(query, q.limit(), new Sort(new SortField("time", SortField.Type.LONG, true)))
                    : searcher.search(query, q.limit());
            var stored = searcher.storedFields();
            for (var d : top.scoreDocs) {
                stored.document(d.doc, Set.of("id", "published"));
            }
            return top.totalHits.value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the generated corpus ----------------------------------------------------------------------------------

    private static Corpus generate(List<Cluster> clusters, int n, Random random) {
        List<AnalysedArticle> articles = new ArrayList<>(n);
        Map<String, String> storyOf = new HashMap<>();
        List<List<String>> groups = new ArrayList<>();
        LocalDate first = LocalDate.of(2022, 1, 1);
        for (int i = 0; i < n; i++) {
            String id = String.format(Locale.ROOT, "g%06d", i);
            int c = random.nextInt(clusters.size());
            Cluster cluster = clusters.get(c);
            String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
            OffsetDateTime when = first.plusDays(random.nextInt(3 * 365))
                    .atTime(6 + random.nextInt(16), random.nextInt(60)).atOffset(ZoneOffset.ofHours(7));
            String title;
            String text;
            if (i % 20 == 19) {
                // a near-copy of the previous article under another outlet, an hour later: a duplicate group
                Article previous = articles.get(i - 1).article();
                title = previous.title().orElse("");
                text = previous.text() + "\n(Theo " + previous.outlet().orElse("") + ")";
                when = previous.published().map(p -> OffsetDateTime.of(p.date().atTime(23, 0), ZoneOffset.ofHours(7)))
                        .orElse(when);
                groups.add(List.of(previous.id(), id));
                storyOf.put(id, storyOf.get(previous.id()));
            } else {
                title = cluster.titles().get(random.nextInt(cluster.titles().size()));
                int count = Math.min(cluster.paragraphs().size(), 3 + random.nextInt(6));
                List<String> paragraphs = new ArrayList<>(cluster.paragraphs());
                java.util.Collections.shuffle(paragraphs, random);
                text = String.join("\n", paragraphs.subList(0, count));
                storyOf.put(id, "story-" + c + "-" + (when.getYear()));
            }
            Article a = new Article(id, new Origin("generated", id), Optional.of("https://tin.example.vn/" + id),
                    Optional.of(title), Optional.of(Published.ofInstant(when)), Optional.of(outlet), List.of(), "vi",
                    text, List.of(), List.of());
            articles.add(new AnalysedArticle(a, List.of(), names(text), List.of(), List.of(), List.of(), List.of()));
        }
        return new Corpus(articles, storyOf, groups);
    }

    /** Runs of capitalised syllables stand in for entities, enough to give the entity facet realistic spread. */
    private static List<EntityMention> names(String text) {
        List<EntityMention> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find() && out.size() < 8) {
            out.add(new EntityMention(m.group(), EntityType.MISC, m.group(), m.start(), m.end()));
        }
        return out;
    }

    private static List<Cluster> clusters() throws IOException {
        Path vims = Path.of(System.getProperty("thoisu.shared", "../shared"), "corpora", "vims", "ViMs", "original");
        List<Cluster> out = new ArrayList<>();
        if (Files.isDirectory(vims)) {
            try (Stream<Path> dirs = Files.list(vims)) {
                for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                    List<String> titles = new ArrayList<>();
                    Set<String> paragraphs = new LinkedHashSet<>();
                    try (Stream<Path> files = Files.walk(dir)) {
                        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                            String raw = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
                            int content = raw.indexOf("Content:");
                            for (String line : raw.split("\n")) {
                                if (line.startsWith("Title:")) {
                                    titles.add(line.substring("Title:".length()).strip());
                                    break;
                                }
                            }
                            String body = content < 0 ? raw : raw.substring(content + "Content:".length());
                            for (String p : body.split("\n")) {
                                if (p.strip().length() > 40) {
                                    paragraphs.add(p.strip());
                                }
                            }
                        }
                    }
                    if (!titles.isEmpty() && paragraphs.size() >= 3) {
                        out.add(new Cluster(titles, List.copyOf(paragraphs)));
                    }
                }
            }
        }
        if (out.isEmpty()) {
            // examples/: every text is a cluster of its own paragraphs, its first line the title
            for (String text : BenchCorpus.load(500)) {
                List<String> lines = Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
                if (lines.size() >= 4) {
                    out.add(new Cluster(List.of(lines.get(0)), lines.subList(1, lines.size())));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no texts to generate articles from");
        }
        return out;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
