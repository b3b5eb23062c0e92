package io.thoisu.ingest;

import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A reader that hands documents over as it finds them, so a 2 GB WARC or JSONL file never sits in memory whole.
 * The list form of {@link DocumentReader} is the same walk, collected.
 */
public interface StreamingReader extends DocumentReader {

    /** Reads {@code file}; never throws for bad input, which goes to {@code rejections}. */
    void read(Path file, Consumer<RawDocument> documents, Consumer<Rejection> rejections);

    @Override
    default ReadResult read(Path file) {
        List<RawDocument> documents = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        read(file, documents::add, rejections::add);
        return new ReadResult(documents, rejections);
    }
}
