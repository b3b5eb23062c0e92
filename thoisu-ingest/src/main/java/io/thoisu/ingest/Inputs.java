package io.thoisu.ingest;

import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * STAND-IN (thoisu-app worktree only): the ingest engineer's real Inputs replaces this at merge. It reads .txt files
 * as one document each and rejects every other kind, so the CLI can be built and tested before the merge.
 */
public final class Inputs {

    public ReadResult read(Path fileOrFolder) {
        List<RawDocument> documents = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        read(fileOrFolder, documents::add, rejections::add);
        return new ReadResult(documents, rejections);
    }

    public void read(Path fileOrFolder, Consumer<RawDocument> documents, Consumer<Rejection> rejections) {
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> files = Files.walk(fileOrFolder)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> readFile(f, documents, rejections));
            } catch (IOException | RuntimeException e) {
                rejections.accept(new Rejection(Origin.ofFile(fileOrFolder.toString()), "read", String.valueOf(e.getMessage())));
            }
        } else {
            readFile(fileOrFolder, documents, rejections);
        }
    }

    private static void readFile(Path file, Consumer<RawDocument> documents, Consumer<Rejection> rejections) {
        Origin origin = Origin.ofFile(file.toString());
        if (!Files.isRegularFile(file)) {
            rejections.accept(new Rejection(origin, "read", "no such file"));
            return;
        }
        if (!file.getFileName().toString().endsWith(".txt")) {
            rejections.accept(new Rejection(origin, "read", "unsupported file type"));
            return;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (text.isBlank()) {
                rejections.accept(new Rejection(origin, "read", "empty file"));
            } else {
                documents.accept(RawDocument.plain(origin, text));
            }
        } catch (CharacterCodingException e) {
            rejections.accept(new Rejection(origin, "read", "not valid UTF-8"));
        } catch (IOException e) {
            rejections.accept(new Rejection(origin, "read", String.valueOf(e.getMessage())));
        }
    }
}
