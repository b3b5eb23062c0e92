package io.thoisu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Thread CPU time spent in each named phase of a run, so a benchmark can say what share of the whole each stage
 * takes. CPU time rather than wall time: on a shared machine the wall clock also counts other people's work.
 */
final class PhaseClock {
    /** A phase's work; may throw I/O errors, which the clock rethrows unchecked. */
    interface Work<T> {
        T run() throws IOException;
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    <T> T time(String phase, Work<T> work) {
        long start = threads.getCurrentThreadCpuTime();
        try {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            nanos.merge(phase, threads.getCurrentThreadCpuTime() - start, Long::sum);
        }
    }

    /** One line per phase: CPU seconds and share of the phases' total. */
    String format() {
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder out = new StringBuilder();
        nanos.forEach((phase, n) -> out.append(String.format(Locale.ROOT, "  %-8s %7.2f s CPU  %5.1f %%%n",
                phase, n / 1e9, total == 0 ? 0 : 100.0 * n / total)));
        out.append(String.format(Locale.ROOT, "  %-8s %7.2f s CPU%n", "total", total / 1e9));
        return out.toString();
    }
}
