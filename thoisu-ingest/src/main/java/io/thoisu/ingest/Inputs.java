package io.thoisu.ingest;

import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The one entrance for input: a file or a folder of files in any supported format, read in a deterministic order
 * (paths sorted by their text, so two runs over the same folder produce the same documents in the same order).
 *
 * <p>The reader is chosen by extension: {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl},
 * {@code .warc}/{@code .warc.gz}. Any other file is reported as skipped (stage "read", reason "unsupported file
 * type"), so nothing handed in disappears without a word. Hidden files and folders (name starting with a dot) are
 * not walked: they are editor and VCS litter, not input.
 */
public final class Inputs {
    private final TextReader text;
    private final HtmlFileReader html;
    private final JsonlReader jsonl;
    private final WarcReader warc;

    public Inputs() {
        this(ReadLimits.DEFAULT);
    }

    public Inputs(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        this.text = new TextReader(limits);
        this.html = new HtmlFileReader(limits);
        this.jsonl = new JsonlReader(limits);
        this.warc = new WarcReader(limits);
    }

    /** Everything under {@code fileOrFolder}, collected. For large inputs use the streaming form. */
    public ReadResult read(Path fileOrFolder) {
        List<RawDocument> documents = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        read(fileOrFolder, documents::add, rejections::add);
        return new ReadResult(documents, rejections);
    }

    /** Hands each document and rejection over as it is found; holds at most one file's worth of one page. */
    public void read(Path fileOrFolder, Consumer<RawDocument> documents, Consumer<Rejection> rejections) {
        for (Path file : files(fileOrFolder, rejections)) {
            Optional<StreamingReader> reader = readerFor(file);
            if (reader.isEmpty()) {
                rejections.accept(new Rejection(Origin.ofFile(file.toString()), PageFiles.STAGE,
                        "unsupported file type"));
                continue;
            }
            try {
                reader.get().read(file, documents, rejections);
            } catch (RuntimeException e) {
                // A reader bug must not end the run over one file; it is reported like any bad input.
                rejections.accept(new Rejection(Origin.ofFile(file.toString()), PageFiles.STAGE,
                        "reader failed: " + e));
            }
        }
    }

    /** The reader for a file's extension, if the format is supported. */
    public Optional<StreamingReader> readerFor(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(text);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(html);
        }
        if (name.endsWith(".jsonl")) {
            return Optional.of(jsonl);
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Optional.of(warc);
        }
        return Optional.empty();
    }

    private static List<Path> files(Path root, Consumer<Rejection> rejections) {
        if (!Files.exists(root)) {
            rejections.accept(new Rejection(Origin.ofFile(root.toString()), PageFiles.STAGE, "no such file or folder"));
            return List.of();
        }
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !hidden(root, p))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            rejections.accept(new Rejection(Origin.ofFile(root.toString()), PageFiles.STAGE,
                    "cannot list folder: " + e));
            return List.of();
        }
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
