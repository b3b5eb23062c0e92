package io.thoisu.ingest;

import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a {@code .txt} page as it was saved: one document, the text as it stands, no hints (plain text has no
 * structure to reveal; the cleaner decides from the words). Strict UTF-8.
 */
public final class TextReader implements StreamingReader {
    private final ReadLimits limits;

    public TextReader() {
        this(ReadLimits.DEFAULT);
    }

    public TextReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public void read(Path file, Consumer<RawDocument> documents, Consumer<Rejection> rejections) {
        byte[] bytes = PageFiles.load(file, limits, rejections);
        if (bytes == null) {
            return;
        }
        switch (TextDecoder.decodePage(bytes, StandardCharsets.UTF_8)) {
            case Decoding.Text(String text) -> documents.accept(RawDocument.plain(Origin.ofFile(file.toString()), text));
            case Decoding.Failure failure -> rejections.accept(PageFiles.rejection(file, failure));
        }
    }
}
