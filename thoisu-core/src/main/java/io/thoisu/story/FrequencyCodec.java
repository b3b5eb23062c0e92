package io.thoisu.story;

import java.io.ByteArrayOutputStream;

/**
 * Document frequencies as bytes: the terms that have one, in increasing order, each as the gap from the previous
 * term then its count, both as variable-length integers (7 bits a byte). Term ids are dense in a hashed space, so a
 * gap and a count take a byte or two each, against eight for a pair of plain ints. Lossless.
 */
final class FrequencyCodec {
    private FrequencyCodec() {
    }

    static byte[] pack(int[] frequencies) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int previous = -1;
        for (int t = 0; t < frequencies.length; t++) {
            if (frequencies[t] > 0) {
                writeVarint(out, t - previous);
                writeVarint(out, frequencies[t]);
                previous = t;
            }
        }
        return out.toByteArray();
    }

    /** Fills {@code frequencies} (zeroed first); a term outside it is a corrupt snapshot. */
    static void unpack(byte[] packed, int[] frequencies) {
        java.util.Arrays.fill(frequencies, 0);
        int[] at = {0};
        int term = -1;
        while (at[0] < packed.length) {
            term += readVarint(packed, at);
            int count = readVarint(packed, at);
            if (term < 0 || term >= frequencies.length || count <= 0) {
                throw new IllegalArgumentException("document frequencies: bad entry at byte " + at[0]);
            }
            frequencies[term] = count;
        }
    }

    private static void writeVarint(ByteArrayOutputStream out, int v) {
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int readVarint(byte[] in, int[] at) {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (at[0] >= in.length) {
                throw new IllegalArgumentException("document frequencies: truncated");
            }
            byte b = in[at[0]++];
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("document frequencies: varint too long");
    }
}
