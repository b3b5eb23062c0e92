package io.thoisu.ingest;

import java.nio.file.Path;

/** Reads one input file of one format into raw documents; bad parts become rejections, never exceptions. */
public interface DocumentReader {
    ReadResult read(Path file);
}
