package io.thoisu.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains the {@link WordSegmenter}'s model from UD Vietnamese-VTB train and dev (never test, never TueCL) and
 * writes it as the classpath resource. Run from the worktree root after {@code mvn -o -q -pl thoisu-core -am
 * compile}:
 *
 * <pre>
 * java -cp thoisu-core/target/classes io.thoisu.text.SegmenterTrainer ../shared/corpora/ud-vietnamese-vtb \
 *     thoisu-core/src/main/resources/io/thoisu/text/word-segmenter.bin.gz
 * </pre>
 *
 * <p>The lexicon features are learned with a jackknifed lexicon (each sentence sees a lexicon built from the other
 * folds), otherwise the perceptron would learn that "in the lexicon" means "a word" with certainty, which only
 * holds for sentences it has memorised. The shipped lexicon is built from all of train+dev.
 */
public final class SegmenterTrainer {
    private static final int FOLDS = 10;
    private static final int EPOCHS = 12;

    private SegmenterTrainer() {
    }

    /** One training sentence: its units, the gold join decision per gap, its fold's lexicon matches. */
    private record Example(SyllableLexer.Units units, boolean[] join, int[] lex) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SegmenterTrainer UD_VTB_DIR OUTPUT.bin.gz");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        List<UdTreebank.GoldSentence> gold = new ArrayList<>();
        gold.addAll(UdTreebank.read(dir.resolve("vi_vtb-ud-train.conllu")));
        gold.addAll(UdTreebank.read(dir.resolve("vi_vtb-ud-dev.conllu")));
        Trained trained = train(gold);
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            SegmentationModel.write(out, trained.keys, trained.weights, trained.lexicon);
        }
        System.out.printf("trained on %d sentences: %d features, %d lexicon words -> %s (%d bytes)%n", gold.size(),
                trained.keys.length, trained.lexicon.length, args[1], Files.size(Path.of(args[1])));
    }

    record Trained(long[] keys, float[] weights, long[] lexicon) {
    }

    static Trained train(List<UdTreebank.GoldSentence> gold) {
        List<SyllableLexer.Units> units = new ArrayList<>();
        List<boolean[]> joins = new ArrayList<>();
        List<List<Long>> words = new ArrayList<>();
        for (UdTreebank.GoldSentence s : gold) {
            SyllableLexer.Units u = SyllableLexer.scan(s.text());
            boolean[] join = goldJoins(s, u);
            units.add(u);
            joins.add(join);
            words.add(multiUnitWords(u, join));
        }
        Set<Long> all = new HashSet<>();
        List<Example> examples = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            LongSet lexicon = new LongSet(200_000);
            for (int i = 0; i < units.size(); i++) {
                if (i % FOLDS != fold) {
                    words.get(i).forEach(lexicon::add);
                }
            }
            for (int i = fold; i < units.size(); i += FOLDS) {
                examples.add(new Example(units.get(i), joins.get(i), JoinFeatures.lexiconMatches(units.get(i), lexicon)));
            }
        }
        words.forEach(all::addAll);

        Perceptron p = new Perceptron();
        Random random = new Random(17);
        long[] keys = new long[JoinFeatures.MAX_STATIC + 2];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(examples, random);
            int errors = 0;
            int gaps = 0;
            for (Example ex : examples) {
                SyllableLexer.Units u = ex.units();
                boolean previous = false;
                for (int b = 1; b < u.size; b++) {
                    int n = JoinFeatures.staticKeys(u, ex.lex(), b, keys);
                    keys[n++] = JoinFeatures.previousKey(previous, u, b);
                    keys[n++] = JoinFeatures.previousWordKey(previous, u, b);
                    boolean truth = ex.join()[b];
                    if (p.update(keys, n, truth)) {
                        errors++;
                    }
                    gaps++;
                    previous = truth;
                }
            }
            System.out.printf("epoch %d: %d errors in %d gaps%n", epoch + 1, errors, gaps);
        }
        Map<Long, Float> averaged = p.averaged();
        long[] k = new long[averaged.size()];
        float[] w = new float[averaged.size()];
        int i = 0;
        for (Map.Entry<Long, Float> e : averaged.entrySet()) {
            k[i] = e.getKey();
            w[i] = e.getValue();
            i++;
        }
        long[] lex = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Trained(k, w, lex);
    }

    /** Gold decision per gap: unit b joins unit b-1 unless a gold word ends where unit b-1 ends. */
    static boolean[] goldJoins(UdTreebank.GoldSentence s, SyllableLexer.Units u) {
        long[] spans = UdTreebank.spansOfWords(s.words());
        Set<Integer> ends = new HashSet<>();
        for (long span : spans) {
            ends.add((int) span);
        }
        boolean[] join = new boolean[u.size];
        int consumed = 0;
        for (int k = 0; k < u.size; k++) {
            consumed += u.end[k] - u.start[k]; // units hold no spaces
            if (k + 1 < u.size) {
                join[k + 1] = !ends.contains(consumed);
            }
        }
        return join;
    }

    private static List<Long> multiUnitWords(SyllableLexer.Units u, boolean[] join) {
        List<Long> out = new ArrayList<>();
        int k = 0;
        while (k < u.size) {
            int last = k;
            while (last + 1 < u.size && join[last + 1]) {
                last++;
            }
            int len = last - k + 1;
            if (len >= 2 && len <= JoinFeatures.MAX_WORD_UNITS) {
                out.add(JoinFeatures.wordKey(u, k, len));
            }
            k = last + 1;
        }
        return out;
    }

    /** A binary averaged perceptron with lazy averaging (the standard timestamp trick). */
    private static final class Perceptron {
        private final Map<Long, double[]> table = new HashMap<>(); // weight, total, last-updated step
        private long step;

        /** Returns whether the prediction was wrong. */
        boolean update(long[] keys, int n, boolean truth) {
            step++;
            double score = 0;
            for (int f = 0; f < n; f++) {
                double[] e = table.get(keys[f]);
                if (e != null) {
                    score += e[0];
                }
            }
            boolean predicted = score > 0;
            if (predicted == truth) {
                return false;
            }
            double delta = truth ? 1 : -1;
            for (int f = 0; f < n; f++) {
                double[] e = table.computeIfAbsent(keys[f], x -> new double[3]);
                e[1] += e[0] * (step - e[2]);
                e[2] = step;
                e[0] += delta;
            }
            return true;
        }

        Map<Long, Float> averaged() {
            Map<Long, Float> out = new HashMap<>();
            for (Map.Entry<Long, double[]> en : table.entrySet()) {
                double[] e = en.getValue();
                double total = e[1] + e[0] * (step - e[2]);
                float avg = (float) (total / step);
                if (Math.abs(avg) > 1e-4f) {
                    out.put(en.getKey(), avg);
                }
            }
            return out;
        }
    }
}
