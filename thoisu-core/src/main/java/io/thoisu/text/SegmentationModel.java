package io.thoisu.text;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The word segmenter's learned state: perceptron weights by feature key, the lexicon of multi-unit words and each training
 * syllable's statistics code (one table, see {@link JoinFeatures#statsKey}), both
 * as open-addressing tables so a lookup is a few array reads. Written by {@link SegmenterTrainer}, read once by
 * {@link WordSegmenter}.
 */
final class SegmentationModel implements JoinFeatures.Weights {
    static final String RESOURCE = "word-segmenter.bin.gz";
    private static final int MAGIC = 0x54535753; // "TSWS"
    private static final int VERSION = 3;

    private final long[] keys;
    private final float[] weights;
    private final int mask;
    final LongSet lexicon;

    SegmentationModel(long[] featureKeys, float[] featureWeights, LongSet lexicon) {
        int cap = Integer.highestOneBit(Math.max(16, featureKeys.length * 2 - 1)) << 1;
        this.keys = new long[cap];
        this.weights = new float[cap];
        this.mask = cap - 1;
        for (int k = 0; k < featureKeys.length; k++) {
            long key = featureKeys[k] == 0 ? 1 : featureKeys[k];
            int i = slot(key);
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            weights[i] = featureWeights[k];
        }
        this.lexicon = lexicon;
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 29)) & mask;
    }

    @Override
    public float weight(long key) {
        long k = key == 0 ? 1 : key;
        int i = slot(k);
        long v;
        while ((v = keys[i]) != 0) {
            if (v == k) {
                return weights[i];
            }
            i = (i + 1) & mask;
        }
        return 0f;
    }

    static SegmentationModel fromClasspath() {
        try (InputStream in = SegmentationModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("word segmenter: resource io/thoisu/text/" + RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("word segmenter: cannot read " + RESOURCE, e);
        }
    }

    static SegmentationModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a word segmentation model of version " + VERSION);
        }
        float scale = in.readFloat();
        int n = in.readInt();
        long[] k = new long[n];
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            k[i] = in.readLong();
            w[i] = in.readShort() * scale;
        }
        int m = in.readInt();
        LongSet lexicon = new LongSet(m);
        for (int i = 0; i < m; i++) {
            long key = in.readLong();
            lexicon.put(key, in.readInt());
        }
        return new SegmentationModel(k, w, lexicon);
    }

    /** Weights are stored as 16-bit fractions of the largest one: plenty for a linear model, half the bytes. */
    static void write(OutputStream raw, long[] featureKeys, float[] featureWeights, long[] lexiconKeys,
                      int[] lexiconValues) throws IOException {
        float max = 1e-9f;
        for (float w : featureWeights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max / Short.MAX_VALUE;
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(raw), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeFloat(scale);
            out.writeInt(featureKeys.length);
            for (int i = 0; i < featureKeys.length; i++) {
                out.writeLong(featureKeys[i]);
                out.writeShort(Math.round(featureWeights[i] / scale));
            }
            out.writeInt(lexiconKeys.length);
            for (int i = 0; i < lexiconKeys.length; i++) {
                out.writeLong(lexiconKeys[i]);
                out.writeInt(lexiconValues[i]);
            }
        }
    }
}
