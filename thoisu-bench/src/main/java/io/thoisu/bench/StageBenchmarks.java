package io.thoisu.bench;

import io.thoisu.clean.PageCleaner;
import io.thoisu.entity.EntityRecognizer;
import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Sentence;
import io.thoisu.pipeline.ArticleAnalyzer;
import io.thoisu.quantity.QuantityRecognizer;
import io.thoisu.text.SentenceSplitter;
import io.thoisu.text.SyllableTokenizer;
import io.thoisu.text.WordSegmenter;
import io.thoisu.time.TimeContext;
import io.thoisu.time.TimeRecognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One benchmark per stage over the same batch of article bodies, and the floor: plain Lucene indexing of that batch
 * with the standard analyzer. {@link BenchReport} divides each stage's time by the floor's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class StageBenchmarks {
    static final int BATCH = 200;

    private List<String> texts;
    private List<RawDocument> raw;
    private List<Article> articles;
    private List<List<Sentence>> sentencesOf;
    private final PageCleaner cleaner = new PageCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SyllableTokenizer syllables = new SyllableTokenizer();
    private final WordSegmenter words = new WordSegmenter();
    private final TimeRecognizer times = new TimeRecognizer();
    private final QuantityRecognizer quantities = new QuantityRecognizer();
    private final EntityRecognizer entities = new EntityRecognizer();
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();
    private final TimeContext noAnchor = new TimeContext(Optional.empty(), OptionalInt.of(2016));

    @Setup
    public void load() {
        texts = BenchCorpus.load(BATCH);
        raw = new ArrayList<>();
        articles = new ArrayList<>();
        sentencesOf = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            RawDocument doc = RawDocument.plain(new Origin("bench", "text " + i), texts.get(i));
            raw.add(doc);
            articles.addAll(cleaner.clean(doc));
            sentencesOf.add(splitter.split(texts.get(i)));
        }
    }

    @Benchmark
    public int floorLuceneStandardIndexing() {
        return LuceneFloor.index(texts, new ByteBuffersDirectory());
    }

    @Benchmark
    public void clean(Blackhole bh) {
        raw.forEach(d -> bh.consume(cleaner.clean(d)));
    }

    @Benchmark
    public void sentences(Blackhole bh) {
        texts.forEach(t -> bh.consume(splitter.split(t)));
    }

    @Benchmark
    public void syllables(Blackhole bh) {
        texts.forEach(t -> bh.consume(syllables.tokenize(t)));
    }

    @Benchmark
    public void words(Blackhole bh) {
        texts.forEach(t -> bh.consume(words.segment(t)));
    }

    @Benchmark
    public void times(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(times.recognize(texts.get(i), sentencesOf.get(i), noAnchor));
        }
    }

    @Benchmark
    public void quantities(Blackhole bh) {
        texts.forEach(t -> bh.consume(quantities.recognize(t)));
    }

    @Benchmark
    public void entities(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(entities.recognize(texts.get(i), sentencesOf.get(i)));
        }
    }

    /** Every per-article stage: sentences, times, quantities, entities, quotes, claims. */
    @Benchmark
    public void analyse(Blackhole bh) {
        articles.forEach(a -> bh.consume(analyzer.analyse(a)));
    }
}
