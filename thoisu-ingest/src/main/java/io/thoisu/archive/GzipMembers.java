package io.thoisu.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Where the last whole gzip member of a file ends. A {@code .warc.gz} holds one gzip member per record, so a file
 * cut off mid-write (a crash) is repaired by truncating it there: what remains is every record that was written
 * whole, and nothing of the one that was not.
 */
final class GzipMembers {
    private static final int ID1 = 0x1f;
    private static final int ID2 = 0x8b;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private GzipMembers() {
    }

    /** The length of the file's prefix made of complete gzip members (0 when even the first is incomplete). */
    static long wholeLength(Path file) throws IOException {
        try (CountingInput in = new CountingInput(new BufferedInputStream(Files.newInputStream(file), 64 * 1024))) {
            long whole = 0;
            while (true) {
                int first = in.read();
                if (first < 0) {
                    return whole;
                }
                if (!member(first, in)) {
                    return whole;
                }
                whole = in.count;
            }
        }
    }

    /** Reads one member whose first byte is {@code first}; false when it is damaged or cut short. */
    private static boolean member(int first, CountingInput in) throws IOException {
        if (first != ID1 || in.read() != ID2 || in.read() != 8) {
            return false;
        }
        int flags = in.read();
        if (flags < 0 || in.skipFully(6) < 6) {
            return false;
        }
        if ((flags & FEXTRA) != 0) {
            int lo = in.read();
            int hi = in.read();
            if (hi < 0 || in.skipFully(lo | (hi << 8)) < (lo | (hi << 8))) {
                return false;
            }
        }
        if ((flags & FNAME) != 0 && !in.skipPastZero()) {
            return false;
        }
        if ((flags & FCOMMENT) != 0 && !in.skipPastZero()) {
            return false;
        }
        if ((flags & FHCRC) != 0 && in.skipFully(2) < 2) {
            return false;
        }
        Inflater inflater = new Inflater(true);
        try {
            byte[] input = new byte[8192];
            byte[] output = new byte[32 * 1024];
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    in.mark(input.length);
                    int n = in.read(input, 0, input.length);
                    if (n < 0) {
                        return false;
                    }
                    inflater.setInput(input, 0, n);
                    in.pending = n;
                }
                inflater.inflate(output);
                if (inflater.needsDictionary()) {
                    return false;
                }
            }
            // Give back what the inflater did not use, then the 8-byte trailer (CRC-32, size).
            int unused = inflater.getRemaining();
            in.reset();
            long used = in.pending - unused;
            if (in.skipFully(used) < used) {
                return false;
            }
            return in.skipFully(8) == 8;
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.end();
        }
    }

    /** An input stream that counts the bytes taken from it (mark/reset aware), for member boundaries. */
    private static final class CountingInput extends InputStream {
        private final BufferedInputStream in;
        long count;
        private long marked;
        int pending;

        CountingInput(BufferedInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public synchronized void mark(int limit) {
            in.mark(limit);
            marked = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            in.reset();
            count = marked;
        }

        long skipFully(long n) throws IOException {
            long done = 0;
            while (done < n) {
                int b = read();
                if (b < 0) {
                    break;
                }
                done++;
            }
            return done;
        }

        boolean skipPastZero() throws IOException {
            for (int b = read(); b >= 0; b = read()) {
                if (b == 0) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
