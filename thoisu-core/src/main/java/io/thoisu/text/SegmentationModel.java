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
 * The word segmenter's learned state: perceptron weights in a table indexed by hashed feature slot, and one
 * open-addressing table holding the lexicon of multi-unit words and each training syllable's statistics and
 * part-of-speech classes (see {@link JoinFeatures#statsKey}), so a lookup is a few array reads. Written by
 * {@link SegmenterTrainer}, read once by {@link WordSegmenter}.
 */
final class SegmentationModel implements JoinFeatures.Weights {
    static final String RESOURCE = "word-segmenter.bin.gz";
    private static final int MAGIC = 0x54535753; // "TSWS"
    private static final int VERSION = 4;

    /**
     * Weights by slot: feature hashing, so a lookup is one array read (the trainer learns on the same slots). 2^22
     * slots keep collisions rare among the features seen while training (2^20 cost 0.2 F1 on VTB dev); as 16-bit
     * fractions of the largest weight the table takes 8 MB.
     */
    static final int BITS = 22;
    private final short[] table = new short[1 << BITS];
    private final float scale;
    final LongSet lexicon;

    SegmentationModel(int[] slots, float[] slotWeights, LongSet lexicon) {
        this.scale = scaleOf(slotWeights);
        for (int k = 0; k < slots.length; k++) {
            table[slots[k]] = (short) Math.round(slotWeights[k] / scale);
        }
        this.lexicon = lexicon;
    }

    private static float scaleOf(float[] weights) {
        float max = 1e-9f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        return max / Short.MAX_VALUE;
    }

    /** The weight slot of a feature key: its top bits (keys are mixed hashes). */
    static int slot(long key) {
        return (int) (key >>> (64 - BITS));
    }

    @Override
    public float weight(long key) {
        return table[(int) (key >>> (64 - BITS))] * scale;
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
        int[] k = new int[n];
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            k[i] = in.readInt();
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
    static void write(OutputStream raw, int[] featureKeys, float[] featureWeights, long[] lexiconKeys,
                      int[] lexiconValues) throws IOException {
        float scale = scaleOf(featureWeights);
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(raw), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeFloat(scale);
            out.writeInt(featureKeys.length);
            for (int i = 0; i < featureKeys.length; i++) {
                out.writeInt(featureKeys[i]);
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
