package io.thoisu.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word-segmentation quality on a CoNLL-U gold file: the segmenter reads each sentence's {@code # text}, and its
 * words are compared with the gold FORMs as spans of non-space characters (so a punctuation mark the two sides
 * split differently costs only the words it touches). Punctuation counts as words, as in the published scores.
 */
public final class SegmentationEvaluation {
    private SegmentationEvaluation() {
    }

    public record Report(String gold, int sentences, int goldWords, int predictedWords, int correct, double precision,
                         double recall, double f1, double wordsPerSecond, double wordsPerCpuSecond) {
        public List<String> format() {
            return List.of(
                    String.format(Locale.ROOT, "word segmentation on %s: %d sentences, %d gold words, %d predicted",
                            gold, sentences, goldWords, predictedWords),
                    String.format(Locale.ROOT, "  precision %.2f  recall %.2f  F1 %.2f", 100 * precision, 100 * recall,
                            100 * f1),
                    String.format(Locale.ROOT, "  speed %,.0f words/s (one thread, wall clock); %,.0f words per CPU second",
                            wordsPerSecond, wordsPerCpuSecond));
        }
    }

    public static Report evaluate(Path conllu) {
        return evaluate(conllu, new WordSegmenter());
    }

    static Report evaluate(Path conllu, WordSegmenter segmenter) {
        List<UdTreebank.GoldSentence> gold = UdTreebank.read(conllu);
        int goldWords = 0;
        int predictedWords = 0;
        int correct = 0;
        for (UdTreebank.GoldSentence s : gold) {
            long[] g = UdTreebank.spansOfWords(s.words());
            long[] p = predictedSpans(s.text(), segmenter);
            goldWords += g.length;
            predictedWords += p.length;
            correct += matches(g, p);
        }
        double[] speed = throughput(gold, segmenter);
        double precision = predictedWords == 0 ? 0 : (double) correct / predictedWords;
        double recall = goldWords == 0 ? 0 : (double) correct / goldWords;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Report(conllu.getFileName().toString(), gold.size(), goldWords, predictedWords, correct, precision,
                recall, f1, speed[0], speed[1]);
    }

    private static long[] predictedSpans(String text, WordSegmenter segmenter) {
        String line = segmenter.segmentLine(text);
        List<String> words = new ArrayList<>();
        for (String w : line.split(" ")) {
            if (!w.isEmpty()) {
                words.add(w.replace('_', ' '));
            }
        }
        return UdTreebank.spansOfWords(words);
    }

    private static int matches(long[] gold, long[] predicted) {
        int i = 0;
        int j = 0;
        int hits = 0;
        while (i < gold.length && j < predicted.length) {
            if (gold[i] == predicted[j]) {
                hits++;
                i++;
                j++;
            } else if ((int) gold[i] <= (int) predicted[j]) {
                i++;
            } else {
                j++;
            }
        }
        return hits;
    }

    /**
     * Words per second of {@link WordSegmenter#segment} over the gold texts, after a warm-up: by the wall clock,
     * and per second of the thread's own CPU time, which is what "one core" means on a shared, loaded machine.
     */
    private static double[] throughput(List<UdTreebank.GoldSentence> gold, WordSegmenter segmenter) {
        long words = 0;
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            for (UdTreebank.GoldSentence s : gold) {
                sink += segmenter.segment(s.text()).size();
            }
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpuTimed = cpu.isCurrentThreadCpuTimeSupported();
        long c0 = cpuTimed ? cpu.getCurrentThreadCpuTime() : 0;
        long t0 = System.nanoTime();
        long deadline = t0 + 1_500_000_000L;
        int rounds = 0;
        do {
            for (UdTreebank.GoldSentence s : gold) {
                int n = segmenter.segment(s.text()).size();
                words += n;
                sink += n;
            }
            rounds++;
        } while (System.nanoTime() < deadline || rounds < 2);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = cpuTimed ? (cpu.getCurrentThreadCpuTime() - c0) / 1e9 : seconds;
        return sink == -1 ? new double[2] : new double[] {words / seconds, words / cpuSeconds};
    }

    public static void main(String[] args) {
        for (String a : args) {
            evaluate(Path.of(a)).format().forEach(System.out::println);
        }
    }
}
