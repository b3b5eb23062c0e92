package io.thoisu.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Splits a byte stream into lines without ever holding more than {@code maxLineBytes} of one line: a longer line is
 * skipped to its end and reported by its length only. This is what keeps a 50 MB single-line JSONL file from
 * costing 50 MB (or, decoded, 100 MB) of heap.
 */
final class LineScanner {
    /**
     * @param number     1-based line number
     * @param offset     byte offset of the line's first byte in the stream
     * @param bytes      the line without its {@code \n} (and {@code \r}), or empty when {@link #tooLong}
     * @param length     the line's length in bytes, counted even when it was too long to keep
     */
    record Line(long number, long offset, byte[] bytes, long length, boolean tooLong) {
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private long consumed;
    private long lineNumber;
    private boolean eof;

    LineScanner(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    Optional<Line> next() throws IOException {
        if (!fill()) {
            return Optional.empty();
        }
        long start = consumed;
        long length = 0;
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        boolean tooLong = false;
        while (fill()) {
            int newline = -1;
            for (int i = pos; i < limit; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline >= 0 ? newline : limit;
            int n = end - pos;
            length += n;
            if (!tooLong && length > maxLineBytes) {
                tooLong = true;
                kept = null; // drop what was kept: the line will not be read
            }
            if (!tooLong) {
                kept.write(buffer, pos, n);
            }
            consumed += n;
            pos = end;
            if (newline >= 0) {
                pos++;
                consumed++;
                break;
            }
        }
        lineNumber++;
        byte[] bytes = tooLong ? new byte[0] : kept.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return Optional.of(new Line(lineNumber, start, bytes, length, tooLong));
    }

    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        int n = in.read(buffer);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
