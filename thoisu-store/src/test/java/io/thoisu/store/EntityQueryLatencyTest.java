package io.thoisu.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurement, printed and not asserted (a shared machine makes timing assertions flaky): latency of the entity
 * list and of each part of an entity page, for the most mentioned entity, on a store of generated articles.
 * Reproduce: mvn -o -q -pl thoisu-store -am verify -Dtest=EntityQueryLatencyTest -Dsurefire.failIfNoSpecifiedTests=false
 * (-Dthoisu.bench.articles=N for another size; default 2000).
 */
class EntityQueryLatencyTest {
    private static final int ROUNDS = 40;

    @TempDir
    Path dir;

    @Test
    void measureEntityQueryLatency() {
        int n = Integer.getInteger("thoisu.bench.articles", 2000);
        Random random = new Random(5);
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("data"))) {
            long ingestStart = System.nanoTime();
            List<DocumentCommit> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                AnalysedArticle a = EntityCorpus.article(random, i, n / 3);
                batch.add(new DocumentCommit("d" + i, new Origin("bench/d" + i, ""), List.of(a), List.of()));
                if (batch.size() == 500) {
                    store.commitDocuments(batch);
                    batch.clear();
                }
            }
            store.commitDocuments(batch);
            double ingest = (System.nanoTime() - ingestStart) / 1e9;
            EntityQueries q = store.entityQueries().orElseThrow();
            EntityQueries.EntityPage first = q.list("", 50, Optional.empty());
            String top = first.entities().getFirst().canonical();
            String cursor = first.next().orElseThrow();
            System.out.printf(Locale.ROOT, "entity queries: %d articles (%d entities) stored in %.1f s; the most "
                            + "mentioned entity is in %d articles%n", n, first.total().orElse(-1),
                    ingest, first.entities().getFirst().articles());
            List<String> lines = new ArrayList<>();
            lines.add(time("list, first page of 50", () -> q.list("", 50, Optional.empty())));
            lines.add(time("list, a later page (cursor)", () -> q.list("", 50, Optional.of(cursor))));
            lines.add(time("list filtered by name (xa so 1)", () -> q.list("xa so 1", 50, Optional.empty())));
            lines.add(time("find", () -> q.find(top)));
            lines.add(time("aliases", () -> q.aliases(top, 20)));
            lines.add(time("mentions per day", () -> q.perDay(top)));
            lines.add(time("stories", () -> q.stories(top, 50)));
            lines.add(time("co-mentioned, top 30", () -> q.coMentioned(top, 30)));
            lines.add(time("co-mention graph (30, links among 14)", () -> q.coMentionGraph(top, 30, 14)));
            lines.add(time("articles, page of 20", () -> q.articles(top, 20, 0)));
            lines.add(time("articles, page at offset 1000", () -> q.articles(top, 20, 1000)));
            lines.add(time("quotes, page of 20", () -> q.quotes(top, 20, 0)));
            lines.forEach(System.out::println);
            assertThat(q.articles(top, 20, 0).total()).isEqualTo(first.entities().getFirst().articles());
        }
    }

    private static String time(String what, Supplier<?> query) {
        long[] ms = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = System.nanoTime() - t;
        }
        Arrays.sort(ms);
        return String.format(Locale.ROOT, "  %-34s p50 %7.2f ms   p99 %7.2f ms", what, ms[ROUNDS / 2] / 1e6,
                ms[(int) Math.ceil(ROUNDS * 0.99) - 1] / 1e6);
    }
}
