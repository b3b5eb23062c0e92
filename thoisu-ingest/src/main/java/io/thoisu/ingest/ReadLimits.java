package io.thoisu.ingest;

/**
 * How much one document may weigh before a reader refuses it instead of reading it.
 *
 * <p>A news page is a few hundred kilobytes at most; a multi-megabyte "page" is a dump, a binary, or a runaway
 * single line. Readers check the size <em>before</em> reading (a file's length, a JSONL line while it is being
 * scanned, a WARC payload while it is being copied), so a 50 MB single-line file costs neither 50 MB of heap nor
 * a stalled run: it becomes a rejection naming its size and the limit. A JSONL or WARC file as a whole may be any
 * size; the limit applies to each document inside it.
 *
 * @param maxDocumentBytes the largest page, JSONL line or WARC payload that is read, in bytes
 */
public record ReadLimits(long maxDocumentBytes) {
    /** 8 MiB: far above any real article page, far below what would strain a laptop run with several threads. */
    public static final ReadLimits DEFAULT = new ReadLimits(8L * 1024 * 1024);

    public ReadLimits {
        if (maxDocumentBytes < 1) {
            throw new IllegalArgumentException("ReadLimits.maxDocumentBytes must be positive, got " + maxDocumentBytes);
        }
    }

    String describe() {
        return maxDocumentBytes % (1024 * 1024) == 0
                ? (maxDocumentBytes / (1024 * 1024)) + " MiB"
                : maxDocumentBytes + " bytes";
    }
}
