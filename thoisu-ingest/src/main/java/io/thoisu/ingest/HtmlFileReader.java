package io.thoisu.ingest;

import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a saved {@code .html}/{@code .htm} page: decodes it strictly in its declared charset and hands it to
 * {@link HtmlPageReader}, which owns what the markup means. A saved file has no URL or fetch time of its own; the
 * page reader finds a canonical link or metadata in the page itself.
 */
public final class HtmlFileReader implements StreamingReader {
    private final ReadLimits limits;
    private final HtmlPageReader pages;

    public HtmlFileReader() {
        this(ReadLimits.DEFAULT);
    }

    public HtmlFileReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.pages = new HtmlPageReader();
    }

    @Override
    public void read(Path file, Consumer<RawDocument> documents, Consumer<Rejection> rejections) {
        byte[] bytes = PageFiles.load(file, limits, rejections);
        if (bytes == null) {
            return;
        }
        Origin origin = Origin.ofFile(file.toString());
        switch (TextDecoder.decodePage(bytes, HtmlCharset.of(bytes, Optional.empty()))) {
            case Decoding.Text(String html) -> {
                try {
                    documents.accept(pages.toDocument(html, origin, Optional.empty(), Optional.empty()));
                } catch (RuntimeException e) {
                    rejections.accept(new Rejection(origin, PageFiles.STAGE, "HTML page could not be read: " + e));
                }
            }
            case Decoding.Failure failure -> rejections.accept(PageFiles.rejection(file, failure));
        }
    }
}
