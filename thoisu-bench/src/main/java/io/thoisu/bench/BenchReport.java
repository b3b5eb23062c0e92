package io.thoisu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into the table of docs/BENCHMARKS.md: each stage's time per batch, its error, and
 * its ratio to the floor measured in the same run (plain Lucene indexing of the same texts).
 */
public final class BenchReport {
    private static final String FLOOR = "floorLuceneStandardIndexing";

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText();
            name = name.substring(name.lastIndexOf('.') + 1);
            JsonNode m = r.get("primaryMetric");
            scores.put(name, new double[] {m.get("score").asDouble(), m.get("scoreError").asDouble()});
        }
        double[] floor = scores.get(FLOOR);
        if (floor == null) {
            throw new IllegalArgumentException("the results hold no floor benchmark " + FLOOR);
        }
        System.out.printf(Locale.ROOT, "corpus: %s, %d texts a batch%n%n", BenchCorpus.describe(), StageBenchmarks.BATCH);
        System.out.println("| stage | ms per batch | ± | × floor |");
        System.out.println("|---|---:|---:|---:|");
        scores.forEach((name, s) -> System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.3f |%n",
                name.equals(FLOOR) ? "floor: Lucene StandardAnalyzer indexing" : name, s[0], s[1], s[0] / floor[0]));
    }
}
