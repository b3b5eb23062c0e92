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
 * holds for sentences it has memorised. The syllable statistics are jackknifed the same way, and so are the
 * lexical features: a feature seen in one fold only does not exist while the perceptron learns from that fold, so
 * the weights learn what to do with a syllable pair never seen before, as new text is full of them. The shipped
 * lexicon and statistics are built from all of train+dev.
 *
 * <p>Each syllable also carries classes learned from the gold words (the part of speech it has when it is a word
 * by itself and the one of the longer words it belongs to, from the UPOS column), jackknifed like the statistics.
 *
 * <p>Learning is a structured perceptron: each sentence is decoded with the segmenter's own Viterbi
 * ({@link WordSegmenter#decode}), and the gold and predicted paths are rewarded and penalised. While it learns, a
 * quarter of the features drop out of each sentence (a different quarter each time), so no single feature, above
 * all no syllable-pair feature, can carry a decision alone; the shipped weights are the average of three runs
 * over differently shuffled data. Everything random is seeded (shuffles and dropout from 17, {@code -Dseed=N} to
 * vary it), so the command above regenerates the committed resource byte for byte. {@code --select UD_VTB_DIR
 * [EPOCHS]} trains on train alone and scores dev: the way choices were made, never on test.
 */
public final class SegmenterTrainer {
    private static final int FOLDS = 10; // VTB dev F1: 5 folds 90.27, 10 → 90.47, 20 → 90.27
    /** Runs averaged (VTB dev F1, mean of 3 seeds: 1 run 89.80, 3 runs 89.97; 5 runs no better than 3). */
    static final int RUNS = Integer.getInteger("runs", 3);
    /** Share of features dropped per sentence while learning (dev F1, mean of 3 seeds: 0 → 89.97, 0.25 → 90.13). */
    static final double DROPOUT = Double.parseDouble(System.getProperty("dropout", "0.25"));
    static final int EPOCHS = 8; // VTB dev F1 (trained on train), final features: 6 and 8 and 12 within 0.05
    /** Fold masking of lexical features (-Dnomask=true turns it off, to measure it: VTB dev F1 88.87 without, 89.24 with). */
    static final boolean MASK = !Boolean.getBoolean("nomask");

    private SegmenterTrainer() {
    }

    /** One training sentence: its units, the gold join decision per gap, its fold's lexicon matches. */
    private record Example(SyllableLexer.Units units, boolean[] join, int[] lex, int fold) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("--select")) {
            select(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : EPOCHS);
            return;
        }
        if (args.length != 2) {
            System.err.println("usage: SegmenterTrainer UD_VTB_DIR OUTPUT.bin.gz");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        List<UdTreebank.GoldSentence> gold = new ArrayList<>();
        gold.addAll(UdTreebank.read(dir.resolve("vi_vtb-ud-train.conllu")));
        gold.addAll(UdTreebank.read(dir.resolve("vi_vtb-ud-dev.conllu")));
        Trained trained = train(gold, EPOCHS);
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            SegmentationModel.write(out, trained.keys, trained.weights, trained.lexicon, trained.lexiconValues);
        }
        System.out.printf("trained on %d sentences: %d features, %d lexicon words and syllables -> %s (%d bytes)%n", gold.size(),
                trained.keys.length, trained.lexicon.length, args[1], Files.size(Path.of(args[1])));
    }

    record Trained(int[] keys, float[] weights, long[] lexicon, int[] lexiconValues) {
        SegmentationModel model() {
            LongSet set = new LongSet(lexicon.length);
            for (int i = 0; i < lexicon.length; i++) {
                set.put(lexicon[i], lexiconValues[i]);
            }
            return new SegmentationModel(keys, weights, set);
        }
    }

    /**
     * Model selection without touching test: train on VTB train only and score VTB dev, so feature and epoch
     * choices are made on data the model has not seen. The committed model is then trained on train+dev.
     */
    static void select(Path dir, int epochs) {
        Trained trained = train(UdTreebank.read(dir.resolve("vi_vtb-ud-train.conllu")), epochs);
        SegmentationEvaluation.evaluate(dir.resolve("vi_vtb-ud-dev.conllu"), new WordSegmenter(trained.model()))
                .format().forEach(System.out::println);
    }

    static Trained train(List<UdTreebank.GoldSentence> gold, int epochs) {
        List<SyllableLexer.Units> units = new ArrayList<>();
        List<boolean[]> joins = new ArrayList<>();
        List<List<Long>> words = new ArrayList<>();
        List<int[]> tags = new ArrayList<>();
        for (UdTreebank.GoldSentence s : gold) {
            SyllableLexer.Units u = SyllableLexer.scan(s.text());
            boolean[] join = goldJoins(s, u);
            units.add(u);
            joins.add(join);
            words.add(multiUnitWords(u, join));
            tags.add(unitTags(s, u));
        }
        List<Example> examples = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Integer> others = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                if (i % FOLDS != fold) {
                    others.add(i);
                }
            }
            LongSet lexicon = table(units, joins, words, tags, others);
            for (int i = fold; i < units.size(); i += FOLDS) {
                examples.add(new Example(units.get(i), joins.get(i), JoinFeatures.lexiconMatches(gold.get(i).text(), units.get(i), lexicon), fold));
            }
        }
        List<Integer> everything = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            everything.add(i);
        }
        LongSet shipped = table(units, joins, words, tags, everything);

        Perceptron p = new Perceptron();
        long[] keys = new long[JoinFeatures.MAX_STATIC];
        if (MASK) {
            for (Example ex : examples) {
                SyllableLexer.Units u = ex.units();
                for (int b = 1; b < u.size; b++) {
                    p.note(keys, JoinFeatures.staticKeys(u, ex.lex(), b, keys), ex.fold());
                    for (int l = 1; l <= Math.min(b, WordSegmenter.LENGTHS); l++) {
                        p.note(keys, JoinFeatures.stateKeys(u, ex.lex(), b, l, keys), ex.fold());
                    }
                }
            }
        }
        Random random = new Random(Long.getLong("seed", 17));
        Map<Long, Float> summed = new HashMap<>();
        for (int run = 0; run < RUNS; run++) {
        p.reset();
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(examples, random);
            int errors = 0;
            int gaps = 0;
            for (Example ex : examples) {
                SyllableLexer.Units u = ex.units();
                if (u.size < 2) {
                    continue;
                }
                p.fold = ex.fold();
                p.salt = random.nextLong();
                boolean[] predicted = new boolean[u.size];
                WordSegmenter.decode(u, ex.lex(), new boolean[u.size], p, predicted);
                p.tick();
                if (java.util.Arrays.equals(predicted, ex.join())) {
                    gaps += u.size - 1;
                    continue;
                }
                int goldLen = 1;
                int predLen = 1;
                for (int b = 1; b < u.size; b++) {
                    boolean g = ex.join()[b];
                    boolean q = predicted[b];
                    if (g != q) {
                        errors++;
                    }
                    gaps++;
                    if (!(g && q && goldLen == predLen)) {
                        if (g) {
                            p.add(keys, JoinFeatures.staticKeys(u, ex.lex(), b, keys), 1);
                            p.add(keys, JoinFeatures.stateKeys(u, ex.lex(), b, goldLen, keys), 1);
                        }
                        if (q) {
                            p.add(keys, JoinFeatures.staticKeys(u, ex.lex(), b, keys), -1);
                            p.add(keys, JoinFeatures.stateKeys(u, ex.lex(), b, predLen, keys), -1);
                        }
                    }
                    goldLen = g ? Math.min(goldLen + 1, WordSegmenter.LENGTHS) : 1;
                    predLen = q ? Math.min(predLen + 1, WordSegmenter.LENGTHS) : 1;
                }
            }
            System.out.printf("run %d epoch %d: %d errors in %d gaps%n", run + 1, epoch + 1, errors, gaps);
        }
        p.averaged().forEach((key, v) -> summed.merge(key, v / RUNS, Float::sum));
        }
        Map<Long, Float> averaged = summed;
        int[] k = new int[averaged.size()];
        float[] w = new float[averaged.size()];
        int i = 0;
        for (Map.Entry<Long, Float> e : averaged.entrySet()) {
            k[i] = (int) (long) e.getKey();
            w[i] = e.getValue();
            i++;
        }
        long[] lex = shipped.toArray();
        java.util.Arrays.sort(lex);
        int[] values = new int[lex.length];
        for (int j = 0; j < lex.length; j++) {
            values[j] = shipped.get(lex[j]);
        }
        return new Trained(k, w, lex, values);
    }

    /** The lexicon and syllable statistics of the given sentences, as the model's one lookup table. */
    private static LongSet table(List<SyllableLexer.Units> units, List<boolean[]> joins, List<List<Long>> words,
                                 List<int[]> tags, List<Integer> sentences) {
        Map<Long, int[]> stats = new HashMap<>(); // count, joins left, joins right, then tag counts alone and inside
        // a longer word
        LongSet table = new LongSet(200_000);
        for (int i : sentences) {
            words.get(i).forEach(table::add);
            SyllableLexer.Units u = units.get(i);
            boolean[] join = joins.get(i);
            for (int k = 0; k < u.size; k++) {
                int[] c = stats.computeIfAbsent(u.hash[k], x -> new int[3 + 2 * JoinFeatures.TAGS]);
                c[0]++;
                int tag = tags.get(i)[k];
                boolean alone = !join[k] && !(k + 1 < u.size && join[k + 1]);
                c[3 + (alone ? 0 : JoinFeatures.TAGS) + tag]++;
                if (join[k]) {
                    c[1]++;
                }
                if (k + 1 < u.size && join[k + 1]) {
                    c[2]++;
                }
            }
        }
        stats.forEach((h, c) -> table.put(JoinFeatures.statsKey(h), (JoinFeatures.statsCode(c[0], c[1], c[2]) & 0xFF)
                | dominant(c, 3) << 8 | dominant(c, 3 + JoinFeatures.TAGS) << 13));
        return table;
    }

    /** The most frequent tag among {@code c[from..from+TAGS)}, 0 when none was counted (ties: the first tag). */
    private static int dominant(int[] c, int from) {
        int best = 0;
        for (int t = 1; t < JoinFeatures.TAGS; t++) {
            if (c[from + t] > c[from + best]) {
                best = t;
            }
        }
        return c[from + best] == 0 ? 0 : best;
    }

    /** The gold part-of-speech class of the word each unit belongs to (0: unknown tag). */
    static int[] unitTags(UdTreebank.GoldSentence s, SyllableLexer.Units u) {
        long[] spans = UdTreebank.spansOfWords(s.words());
        int[] out = new int[u.size];
        int consumed = 0;
        int w = 0;
        for (int k = 0; k < u.size; k++) {
            while (w < spans.length && (int) spans[w] <= consumed) {
                w++;
            }
            out[k] = w < spans.length ? JoinFeatures.tagIndex(s.tags().get(w)) : 0;
            consumed += u.end[k] - u.start[k];
        }
        return out;
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

    /** A structured averaged perceptron with lazy averaging (the standard timestamp trick), one step a sentence. */
    private static final class Perceptron implements JoinFeatures.Weights {
        private final Map<Long, double[]> table = new HashMap<>(); // weight, total, last-updated step
        private long step = 1;
        /** Features seen in one fold only, by fold: while learning from that fold they do not exist. */
        private final Map<Long, Integer> onlyFold = new HashMap<>();
        int fold = -1;
        /** Per sentence and epoch: which features drop out (see {@link #DROPOUT}). */
        long salt;

        void note(long[] keys, int n, int f) {
            for (int i = 0; i < n; i++) {
                onlyFold.merge((long) SegmentationModel.slot(keys[i]), f, (old, x) -> old.equals(x) ? old : -1);
            }
        }

        private boolean masked(long slot) {
            if (DROPOUT > 0 && fold >= 0 && (SyllableLexer.mix(slot ^ salt) >>> 40) < DROPOUT * (1 << 24)) {
                return true;
            }
            return fold >= 0 && onlyFold.getOrDefault(slot, -1) == fold;
        }

        @Override
        public float weight(long key) {
            long slot = SegmentationModel.slot(key);
            if (masked(slot)) {
                return 0f;
            }
            double[] e = table.get(slot);
            return e == null ? 0f : (float) e[0];
        }

        void reset() {
            table.clear();
            step = 1;
        }

        void tick() {
            step++;
        }

        void add(long[] keys, int n, double delta) {
            for (int f = 0; f < n; f++) {
                long slot = SegmentationModel.slot(keys[f]);
                if (masked(slot)) {
                    continue;
                }
                double[] e = table.computeIfAbsent(slot, x -> new double[3]);
                e[1] += e[0] * (step - e[2]);
                e[2] = step;
                e[0] += delta;
            }
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
