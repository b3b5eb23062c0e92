package io.thoisu.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gold data kept as tab-separated lines with {@code #} comments, in one file or in every {@code .tsv} file directly
 * inside a folder (sub-folders, such as a held-out set, are evaluated on their own).
 */
public final class GoldTsv {
    /** One gold line: where it is, for error messages, and its cells. */
    public record Row(Path file, int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public IllegalArgumentException bad(String what) {
            return new IllegalArgumentException(file + " line " + line + ": " + what);
        }
    }

    private GoldTsv() {
    }

    public static List<Row> read(Path fileOrFolder) {
        try {
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(fileOrFolder)) {
                try (Stream<Path> stream = Files.list(fileOrFolder)) {
                    stream.filter(p -> p.toString().endsWith(".tsv")).sorted().forEach(files::add);
                }
            } else {
                files.add(fileOrFolder);
            }
            List<Row> rows = new ArrayList<>();
            for (Path f : files) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (!line.isBlank() && !line.startsWith("#")) {
                        rows.add(new Row(f, i + 1, List.of(line.split("\t"))));
                    }
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold " + fileOrFolder, e);
        }
    }
}
