package io.thoisu.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.thoisu.text.VietnameseNormalizer;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a sources file: plain text (one address a line with {@code key=value} options), YAML or JSON (a list of
 * objects, or an object whose {@code sources} key holds that list). Every mistake in the file is collected with the
 * line it is on, so a user fixes them all in one go; a source with a mistake is left out, the others are kept.
 */
public final class SourceList {
    /** The options a source may carry, in the order the messages list them. */
    static final List<String> KEYS = List.of("url", "name", "outlet", "language", "kind", "every", "max", "refetch");
    private static final Map<String, String> ALIASES = Map.of(
            "lang", "language", "poll", "every", "interval", "every", "max_items", "max", "maxitems", "max",
            "max-items", "max");
    private static final Pattern OPTION_START = Pattern.compile("\\s+(?=[A-Za-z][A-Za-z_-]*=)");
    private static final Pattern INLINE_COMMENT = Pattern.compile("\\s+#.*$");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final int MAX_ITEMS_LIMIT = 10_000;

    /**
     * One mistake. {@code item} is the 0-based position in a YAML/JSON list (empty for a plain file, where the line
     * says it all).
     */
    public record Problem(String file, int line, OptionalInt item, String message) {
        public String format() {
            String where = file + ":" + line;
            return item.isPresent() ? where + " (item " + item.getAsInt() + "): " + message : where + ": " + message;
        }

        @Override
        public String toString() {
            return format();
        }
    }

    /** The sources that passed, in file order, and every problem found. */
    public record Result(List<Source> sources, List<Problem> problems) {
        public Result {
            sources = List.copyOf(sources);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private enum Format { PLAIN, YAML, JSON }

    private SourceList() {
    }

    public static Result read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Result(List.of(), List.of(new Problem(name, 0, OptionalInt.empty(),
                    "cannot read the sources file: " + e.getMessage())));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Result(List.of(), List.of(new Problem(name, 0, OptionalInt.empty(),
                    "the sources file is not UTF-8")));
        }
        return parse(name, text);
    }

    /** Parses {@code content}; {@code fileName} picks the format by its extension and names the file in problems. */
    public static Result parse(String fileName, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        Collector collector = new Collector(fileName);
        switch (formatOf(fileName, text)) {
            case PLAIN -> readPlain(text, collector);
            case YAML -> readStructured(new YAMLFactory(), text, collector);
            case JSON -> readStructured(new JsonFactory(), text, collector);
        }
        return collector.result();
    }

    private static Format formatOf(String fileName, String text) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Format.YAML;
        }
        if (lower.endsWith(".json")) {
            return Format.JSON;
        }
        String start = text.stripLeading();
        return start.startsWith("[") || start.startsWith("{") ? Format.JSON : Format.PLAIN;
    }

    // --- plain ---------------------------------------------------------------------------------------------------

    private static void readPlain(String text, Collector out) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            line = INLINE_COMMENT.matcher(line).replaceFirst("");
            String[] head = line.split("\\s+", 2);
            Map<String, String> options = new LinkedHashMap<>();
            options.put("url", head[0]);
            List<String> errors = new ArrayList<>();
            if (head.length > 1) {
                for (String piece : OPTION_START.split(" " + head[1].strip())) {
                    if (piece.isBlank()) {
                        continue;
                    }
                    int eq = piece.indexOf('=');
                    if (eq <= 0) {
                        errors.add("expected key=value after the address, found '" + piece.strip() + "'");
                        continue;
                    }
                    String key = piece.substring(0, eq).strip();
                    String value = unquote(piece.substring(eq + 1).strip());
                    putOption(options, key, value, errors);
                }
            }
            out.accept(lineNo, OptionalInt.empty(), options, errors);
        }
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static void putOption(Map<String, String> options, String rawKey, String value, List<String> errors) {
        String lower = rawKey.toLowerCase(Locale.ROOT);
        String key = ALIASES.getOrDefault(lower, lower);
        if (!KEYS.contains(key)) {
            errors.add("unknown option '" + rawKey + "' (known: " + String.join(", ", KEYS) + ")");
            return;
        }
        if (options.containsKey(key)) {
            errors.add("option '" + key + "' given twice");
            return;
        }
        options.put(key, value);
    }

    // --- YAML / JSON ---------------------------------------------------------------------------------------------

    private static void readStructured(JsonFactory factory, String text, Collector out) {
        ObjectMapper mapper = new ObjectMapper(factory);
        try (JsonParser p = mapper.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return; // an empty file lists no sources; not a mistake
            }
            if (t == JsonToken.START_OBJECT) {
                // { "sources": [ ... ] }: descend to the list, refusing any other top-level key
                t = p.nextToken();
                boolean found = false;
                while (t == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    int line = lineOf(p.currentTokenLocation());
                    p.nextToken();
                    if (field.equals("sources") && p.currentToken() == JsonToken.START_ARRAY) {
                        readItems(mapper, p, out);
                        found = true;
                    } else {
                        out.problem(line, OptionalInt.empty(), "unknown top-level key '" + field
                                + "' (expected a list of sources, or 'sources:' holding one)");
                        p.skipChildren();
                    }
                    t = p.nextToken();
                }
                if (!found) {
                    out.problem(1, OptionalInt.empty(), "no 'sources' list in the file");
                }
                return;
            }
            if (t != JsonToken.START_ARRAY) {
                out.problem(lineOf(p.currentTokenLocation()), OptionalInt.empty(),
                        "expected a list of sources, found " + describe(t));
                return;
            }
            readItems(mapper, p, out);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            out.problem(loc == null ? 0 : lineOf(loc), OptionalInt.empty(), "syntax error: " + e.getOriginalMessage());
        } catch (IOException e) {
            out.problem(0, OptionalInt.empty(), "cannot read: " + e.getMessage());
        }
    }

    private static void readItems(ObjectMapper mapper, JsonParser p, Collector out) throws IOException {
        int index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken(), index++) {
            int line = lineOf(p.currentTokenLocation());
            OptionalInt item = OptionalInt.of(index);
            if (t == JsonToken.VALUE_STRING) {
                // a bare address in the list is a source with every option at its default
                Map<String, String> options = new LinkedHashMap<>();
                options.put("url", p.getText());
                out.accept(line, item, options, List.of());
                continue;
            }
            if (t != JsonToken.START_OBJECT) {
                out.problem(line, item, "expected an object with 'url', found " + describe(t));
                p.skipChildren();
                continue;
            }
            JsonNode node = mapper.readTree(p);
            Map<String, String> options = new LinkedHashMap<>();
            List<String> errors = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (v.isContainerNode()) {
                    errors.add("option '" + e.getKey() + "' must be a single value");
                } else if (!v.isNull()) {
                    putOption(options, e.getKey(), v.asText(), errors);
                }
            }
            out.accept(line, item, options, errors);
        }
    }

    private static int lineOf(JsonLocation loc) {
        return Math.max(loc.getLineNr(), 0);
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> t.toString().toLowerCase(Locale.ROOT);
        };
    }

    // --- validation ----------------------------------------------------------------------------------------------

    /** Turns option maps into sources, checking each value and the file as a whole (no two sources alike). */
    private static final class Collector {
        private final String file;
        private final List<Source> sources = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Integer> nameLines = new HashMap<>();
        private final Map<URI, Integer> uriLines = new HashMap<>();

        Collector(String file) {
            this.file = file;
        }

        void problem(int line, OptionalInt item, String message) {
            problems.add(new Problem(file, line, item, message));
        }

        void accept(int line, OptionalInt item, Map<String, String> options, List<String> earlier) {
            List<String> errors = new ArrayList<>(earlier);
            Optional<URI> uri = address(options.get("url"), errors);
            Optional<SourceKind> kind = Optional.ofNullable(options.get("kind")).flatMap(k -> {
                Optional<SourceKind> known = SourceKind.named(k);
                if (known.isEmpty()) {
                    errors.add("unknown kind '" + k + "' (rss, atom, sitemap or page)");
                }
                return known;
            });
            Duration every = Optional.ofNullable(options.get("every"))
                    .map(v -> interval(v, "every", errors)).orElse(Source.DEFAULT_EVERY);
            Optional<Duration> refetch = Optional.ofNullable(options.get("refetch"))
                    .filter(v -> !Set.of("never", "no", "false", "once").contains(v.toLowerCase(Locale.ROOT)))
                    .map(v -> interval(v, "refetch", errors));
            OptionalInt max = maxItems(options.get("max"), errors);
            String language = Optional.ofNullable(options.get("language")).map(String::strip)
                    .orElse(Source.DEFAULT_LANGUAGE);
            if (!LANGUAGE.matcher(language).matches()) {
                errors.add("bad language tag '" + language + "' (write vi, en, zh-Hant…)");
            }
            Optional<String> outlet = text(options.get("outlet"), "outlet", errors);
            Optional<String> givenName = text(options.get("name"), "name", errors);
            boolean duplicate = false;
            if (uri.isPresent()) {
                Integer first = uriLines.putIfAbsent(uri.get(), line);
                if (first != null) {
                    errors.add("duplicate source: " + uri.get() + " is already listed on line " + first);
                    duplicate = true;
                }
            }
            String name = givenName.orElseGet(() -> uri.map(u -> u.getHost() + u.getRawPath()).orElse(""));
            if (!duplicate && !name.isEmpty()) {
                Integer first = nameLines.putIfAbsent(name, line);
                if (first != null) {
                    errors.add("duplicate source name '" + name + "' (first used on line " + first + ")");
                }
            }
            for (String e : errors) {
                problem(line, item, e);
            }
            if (errors.isEmpty() && uri.isPresent()) {
                sources.add(new Source(name, uri.get(), kind.orElseGet(() -> SourceKind.inferredFrom(uri.get())),
                        outlet, language, every, max, refetch, line));
            }
        }

        private static Optional<URI> address(String raw, List<String> errors) {
            if (raw == null || raw.isBlank()) {
                errors.add("no address: every source needs a url");
                return Optional.empty();
            }
            URI uri;
            try {
                uri = new URI(raw.strip());
            } catch (URISyntaxException e) {
                errors.add("bad URL '" + raw + "': " + e.getReason());
                return Optional.empty();
            }
            if (uri.getScheme() == null) {
                errors.add("bad URL '" + raw + "': not absolute (write http:// or https://)");
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                errors.add("unsupported scheme '" + uri.getScheme() + "' in '" + raw + "' (only http and https)");
                return Optional.empty();
            }
            if (uri.getHost() == null) {
                errors.add("bad URL '" + raw + "': no host");
                return Optional.empty();
            }
            Optional<URI> canonical = Addresses.canonical(uri);
            if (canonical.isEmpty()) {
                errors.add("bad URL '" + raw + "'");
            }
            return canonical;
        }

        private static Duration interval(String value, String key, List<String> errors) {
            try {
                return PollInterval.parse(value);
            } catch (IllegalArgumentException e) {
                errors.add(key + ": " + e.getMessage());
                return Source.DEFAULT_EVERY;
            }
        }

        private static OptionalInt maxItems(String value, List<String> errors) {
            if (value == null) {
                return OptionalInt.empty();
            }
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= 1 && n <= MAX_ITEMS_LIMIT) {
                    return OptionalInt.of(n);
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            errors.add("max: '" + value + "' is not a whole number from 1 to " + MAX_ITEMS_LIMIT);
            return OptionalInt.empty();
        }

        private static Optional<String> text(String value, String key, List<String> errors) {
            if (value == null) {
                return Optional.empty();
            }
            String v = VietnameseNormalizer.nfc(value.strip());
            if (v.isEmpty()) {
                errors.add(key + " is empty");
                return Optional.empty();
            }
            return Optional.of(v);
        }

        Result result() {
            return new Result(sources, problems);
        }
    }
}
