package io.thoisu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.source.FixtureServer;
import io.thoisu.store.EmbeddedStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the middle of a watch: a real {@code thoisu watch} JVM is sent SIGTERM while it fetches from a loopback
 * site. It must exit promptly, leave no archive file half-written, and a second run must end with every listed
 * article stored exactly once.
 */
class WatchStopTest {
    @TempDir
    Path dir;

    @Test
    void aStoppedWatchLeavesNothingHalfWrittenAndTheNextRunCompletes() throws Exception {
        Path data = dir.resolve("data");
        // Two hosts, so the stop also reaches fetches running on the fetch pool.
        try (FixtureServer site = FixtureServer.start("baophusa");
             FixtureServer other = FixtureServer.start("baophusa")) {
            site.serve("/rss/nong.rss", "baophusa/rss/nong-v2.rss");
            other.serve("/rss/nong.rss", "baophusa/rss/nong-v2.rss");
            Path sources = dir.resolve("nguon.txt");
            Files.writeString(sources, site.address("/rss/nong.rss") + " outlet=Báo Phù Sa name=mot\n"
                    + other.address("/rss/nong.rss") + " outlet=Báo Phù Sa name=hai\n", StandardCharsets.UTF_8);

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // One second between requests to the host: slow enough to stop it between two article pages.
            Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "--data", data.toString(), "watch",
                    sources.toString(), "--delay", "1")
                    .redirectErrorStream(true).start();
            // Read the child's output on the side from the start.
            StringBuffer printed = new StringBuffer();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    out.lines().forEach(line -> printed.append(line).append('\n'));
                } catch (java.io.IOException | java.io.UncheckedIOException closed) {
                    // the child is gone
                }
            });
            reader.start();
            long start = System.nanoTime();
            try {
                while (pagesRequested(site) + pagesRequested(other) < 3) {
                    assertThat(child.isAlive()).as("the watch is still running: " + printed).isTrue();
                    assertThat(System.nanoTime() - start).as("pages were requested within a minute")
                            .isLessThan(TimeUnit.SECONDS.toNanos(60));
                    Thread.sleep(50);
                }
                // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C (through the handle, which unlike
                // Process.destroy() leaves our end of its output open, so its last words can be read).
                child.toHandle().destroy();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the watch stopped promptly").isTrue();
                reader.join(5000);
                assertThat(printed.toString()).contains("stopped");
            } finally {
                child.destroyForcibly();
            }
            assertThat(pagesRequested(site) + pagesRequested(other)).as("stopped before it fetched everything")
                    .isLessThan(8);
            try (Stream<Path> files = Files.list(data.resolve("warc"))) {
                assertThat(files.map(p -> p.getFileName().toString())).as("no archive file left open")
                        .noneMatch(name -> name.endsWith(".open"));
            }

            CliRun rerun = CliRun.of("--data", data.toString(), "--quiet", "watch", sources.toString(), "--once",
                    "--delay", "0");
            assertThat(rerun.code()).as(rerun.err()).isZero();
        }
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            List<String> urls = store.articlesInOrder().stream().map(a -> a.article().url().orElseThrow()).toList();
            assertThat(urls).as("every item of both feeds stored once").hasSize(8).doesNotHaveDuplicates();
            assertThat(store.fetchCounters().orElseThrow().articlesFetched()).isEqualTo(8);
        }
    }

    private static long pagesRequested(FixtureServer site) {
        return site.requests().stream().filter(r -> r.contains("/thoi-su/")).count();
    }
}
