package io.thoisu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills an ingesting JVM part-way, then resumes: every article is stored exactly once and the index agrees. */
class ResumeAfterCrashTest {
    private static final int DOCUMENTS = 700;
    // Past the first Lucene commit (every 500 articles = 250 documents), so the kill leaves both committed and
    // uncommitted index updates behind.
    private static final int KILL_AFTER = 320;

    @TempDir
    Path dir;

    @Test
    void anInterruptedIngestResumesWithoutLossOrDuplicates() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), IngestUntilKilled.class.getName(), dir.toString(),
                String.valueOf(DOCUMENTS))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int lastSeen = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastSeen = Integer.parseInt(line.substring(10));
                    if (lastSeen >= KILL_AFTER) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastSeen).as("the child ingested up to the kill point").isGreaterThanOrEqualTo(KILL_AFTER);

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("thoisu.db"));
             ResultSet pending = db.createStatement().executeQuery("SELECT COUNT(*) FROM index_pending")) {
            pending.next();
            assertThat(pending.getInt(1)).as("index updates the kill left uncommitted").isPositive();
        }
        int resumed;
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            int before = store.articleCount();
            assertThat(before).isBetween(2 * (KILL_AFTER + 1), 2 * DOCUMENTS - 1);
            // Reopening repaired the index from SQLite: whatever the kill left uncommitted in Lucene is back.
            assertThat(store.indexedCount()).isEqualTo(before);
            resumed = IngestUntilKilled.ingest(store, DOCUMENTS, i -> { });
            assertThat(resumed).isEqualTo(DOCUMENTS - before / 2);
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.articleCount()).isEqualTo(2 * DOCUMENTS);
            assertThat(store.status().documents()).isEqualTo(DOCUMENTS);
            assertThat(store.indexedCount()).isEqualTo(2 * DOCUMENTS);
            assertThat(store.pendingIndexUpdates()).isZero();
            Set<String> expected = new HashSet<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                expected.add("d" + i + "a");
                expected.add("d" + i + "b");
            }
            Set<String> stored = new HashSet<>();
            store.articlesInOrder().forEach(a -> stored.add(a.id()));
            assertThat(stored).isEqualTo(expected);
            // Each article's own code word is in the index once.
            for (String id : new String[] {"d0a", "d" + KILL_AFTER + "b", "d" + (DOCUMENTS - 1) + "a"}) {
                assertThat(store.search(SearchQuery.of("Mã tin " + id)).hits()).extracting(SearchHit::id).containsExactly(id);
            }
        }
    }
}
