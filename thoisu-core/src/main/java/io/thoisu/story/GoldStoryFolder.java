package io.thoisu.story;

import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import io.thoisu.text.VietnameseNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a folder-per-story gold set: {@code ROOT/<story>/original/<n>.txt}, each file a header ({@code Title:},
 * {@code Source:}, {@code Link:}, {@code Published Date:}, {@code Author:}, {@code Tags:}, {@code Summary:}) then
 * {@code Content:} and the body. The folder name is the gold story. Used by evaluations only.
 */
public final class GoldStoryFolder {
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?!\\d)");
    /** Year first, as in ISO 8601 ("2016-05-20T08:26:24+07:00"); tried first, since the day-first pattern would read it as 16/05/20. */
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    /** The en-US layout "6/1/2016 8:39:40 AM" (month first, seconds, AM/PM) that some sites' back ends print. */
    private static final Pattern US_DATE_TIME =
            Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4}) \\d{1,2}:\\d{2}:\\d{2} [AP]M");
    private static final Pattern WORDED_DATE = Pattern.compile(
            "(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm|,)?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** One gold article and the story it belongs to. */
    public record GoldArticle(String story, Article article) {
    }

    private GoldStoryFolder() {
    }

    /**
     * Reads the stories under {@code given}, or under the first folder below it (three levels at most, in name
     * order) that holds story folders, so that a corpus's top folder will do ({@code corpora/vims} as well as
     * {@code corpora/vims/ViMs/original}).
     */
    public static List<GoldArticle> read(Path given) {
        Path root = storyRoot(given);
        List<GoldArticle> out = new ArrayList<>();
        try (Stream<Path> stories = Files.list(root)) {
            for (Path story : stories.filter(Files::isDirectory).sorted().toList()) {
                Path originals = Files.isDirectory(story.resolve("original")) ? story.resolve("original") : story;
                try (Stream<Path> files = Files.list(originals)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        String name = story.getFileName() + "/" + f.getFileName().toString().replace(".txt", "");
                        parse(name, Files.readString(f, StandardCharsets.UTF_8))
                                .ifPresent(a -> out.add(new GoldArticle(story.getFileName().toString(), a)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold stories under " + root, e);
        }
        return out;
    }

    private static Path storyRoot(Path given) {
        try (Stream<Path> walk = Files.walk(given, 3)) {
            List<Path> dirs = walk.filter(Files::isDirectory).sorted().toList();
            // story folders with an original/ inside first: beside them a corpus may keep summaries per story
            for (boolean inOriginal : new boolean[] {true, false}) {
                for (Path d : dirs) {
                    if (holdsStories(d, inOriginal)) {
                        return d;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold stories under " + given, e);
        }
        return given;
    }

    /** A folder holds stories when one of its sub-folders has .txt articles in {@code original/} (or directly). */
    private static boolean holdsStories(Path dir, boolean inOriginal) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            for (Path c : children.filter(Files::isDirectory).toList()) {
                Path originals = inOriginal ? c.resolve("original") : c;
                if (!Files.isDirectory(originals)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(originals)) {
                    if (files.anyMatch(f -> f.toString().endsWith(".txt") && Files.isRegularFile(f))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Parses one file; empty when it has no body. */
    public static Optional<Article> parse(String id, String raw) {
        String[] lines = VietnameseNormalizer.nfc(raw).replace("\r\n", "\n").replace('\r', '\n').split("\n");
        String title = null;
        String source = null;
        String link = null;
        String date = null;
        List<String> authors = new ArrayList<>();
        List<String> body = new ArrayList<>();
        boolean inBody = false;
        for (String line : lines) {
            if (inBody) {
                if (!line.isBlank()) {
                    body.add(line.strip());
                }
                continue;
            }
            String value = line.contains(":") ? line.substring(line.indexOf(':') + 1).strip() : "";
            if (line.startsWith("Title:")) {
                title = value;
            } else if (line.startsWith("Source:")) {
                source = value;
            } else if (line.startsWith("Link:")) {
                link = value;
            } else if (line.startsWith("Published Date:")) {
                date = value;
            } else if (line.startsWith("Author:") && !value.isEmpty()) {
                authors.add(value);
            } else if (line.startsWith("Content:")) {
                inBody = true;
                if (!value.isEmpty()) {
                    body.add(value);
                }
            }
        }
        if (body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Article(id, Origin.ofFile(id), nonBlank(link), nonBlank(title),
                parseDate(date).map(Published::ofDay), nonBlank(source), authors, "vi", String.join("\n\n", body),
                List.of(), List.of()));
    }

    /** Day-first dates ("20/05/2016", "20.05.2016", "03/06/16", "20 tháng 05 năm 2016"); month-first when the day cannot be first. */
    static Optional<LocalDate> parseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher us = US_DATE_TIME.matcher(text);
        if (us.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
                        Integer.parseInt(us.group(2))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher m = WORDED_DATE.matcher(text);
        if (!m.find()) {
            m = NUMERIC_DATE.matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int y = Integer.parseInt(m.group(3));
        if (y < 100) {
            y += 2000;
        }
        int day = a;
        int month = b;
        if (b > 12 && a <= 12) {
            day = b;
            month = a;
        }
        try {
            return Optional.of(LocalDate.of(y, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
