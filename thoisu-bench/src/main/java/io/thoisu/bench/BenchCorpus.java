package io.thoisu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The texts benchmarks run on: article bodies of the ViMs corpus in {@code ../shared} when it is there (real news,
 * used for measurement only, never copied), else the project's own fictional examples.
 */
final class BenchCorpus {
    private BenchCorpus() {
    }

    static List<String> load(int max) {
        Path vims = Path.of(System.getProperty("thoisu.shared", "../shared"), "corpora", "vims", "ViMs", "original");
        List<String> texts = Files.isDirectory(vims) ? vimsBodies(vims, max) : List.of();
        if (texts.isEmpty()) {
            texts = exampleTexts(Path.of(System.getProperty("thoisu.home", "."), "examples"), max);
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no benchmark texts: neither ../shared/corpora/vims nor examples/ found");
        }
        return texts;
    }

    /** Label of the corpus in reports. */
    static String describe() {
        Path vims = Path.of(System.getProperty("thoisu.shared", "../shared"), "corpora", "vims");
        return Files.isDirectory(vims) ? "ViMs article bodies" : "examples/ (fictional)";
    }

    private static List<String> vimsBodies(Path root, int max) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                if (out.size() >= max) {
                    break;
                }
                String raw = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
                int content = raw.indexOf("Content:");
                out.add(content < 0 ? raw : raw.substring(content + "Content:".length()).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> exampleTexts(Path root, int max) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<String> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt") && !p.toString().contains("bad"))
                    .sorted().toList()) {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            }
            List<String> repeated = new ArrayList<>();
            while (!out.isEmpty() && repeated.size() < max) {
                repeated.addAll(out.subList(0, Math.min(out.size(), max - repeated.size())));
            }
            return repeated;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
