package io.thoisu.ingest;

import io.thoisu.model.Origin;
import io.thoisu.model.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Loads a whole-page file (text or HTML) after checking its size, so an oversized file is never read. */
final class PageFiles {
    static final String STAGE = "read";

    private PageFiles() {
    }

    /** The file's bytes, or null after a rejection was reported. */
    static byte[] load(Path file, ReadLimits limits, Consumer<Rejection> rejections) {
        Origin origin = Origin.ofFile(file.toString());
        try {
            long size = Files.size(file);
            if (size > limits.maxDocumentBytes()) {
                rejections.accept(new Rejection(origin, STAGE, "file is " + size + " bytes, over the "
                        + limits.describe() + " limit for one page (see ReadLimits)"));
                return null;
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            rejections.accept(new Rejection(origin, STAGE, "no such file"));
        } catch (IOException | SecurityException e) {
            rejections.accept(new Rejection(origin, STAGE, "cannot read file: " + e));
        }
        return null;
    }

    /** A rejection for a decoding failure of a whole file: the offset becomes the position. */
    static Rejection rejection(Path file, Decoding.Failure failure) {
        String position = failure.byteOffset().isPresent() ? "byte offset " + failure.byteOffset().getAsLong() : "";
        return new Rejection(new Origin(file.toString(), position), STAGE, failure.reason());
    }
}
