package io.thoisu.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.thoisu.model.DocumentHints;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads one article per line:
 * {@code {"id"?, "url"?, "title"?, "published"?, "outlet"?, "authors"?, "text" | "html"}}.
 *
 * <p>The fields are the user's word about the article, so they go into {@link DocumentHints} with
 * {@code given = true} and win over anything the page itself suggests. Each line stands alone: a line that is not
 * JSON, lacks a body, or has a field of the wrong type is rejected by its line number and the file goes on.
 * Unknown fields are ignored (dumps from crawlers carry many). Blank lines hold no article and are passed over.
 */
public final class JsonlReader implements StreamingReader {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final ReadLimits limits;
    private final HtmlPageReader pages;

    public JsonlReader() {
        this(ReadLimits.DEFAULT);
    }

    public JsonlReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.pages = new HtmlPageReader();
    }

    @Override
    public void read(Path file, Consumer<RawDocument> documents, Consumer<Rejection> rejections) {
        String source = file.toString();
        long lines = 0;
        long nonBlank = 0;
        try (InputStream in = Files.newInputStream(file)) {
            LineScanner scanner = new LineScanner(in, limits.maxDocumentBytes());
            for (Optional<LineScanner.Line> next = scanner.next(); next.isPresent(); next = scanner.next()) {
                LineScanner.Line line = next.get();
                lines++;
                Origin origin = new Origin(source, "line " + line.number());
                if (line.tooLong()) {
                    rejections.accept(new Rejection(origin, PageFiles.STAGE, "line is " + line.length()
                            + " bytes, over the " + limits.describe() + " limit for one article (see ReadLimits)"));
                    continue;
                }
                if (!readLine(line, origin, documents, rejections)) {
                    nonBlank++;
                }
            }
        } catch (NoSuchFileException e) {
            rejections.accept(new Rejection(Origin.ofFile(source), PageFiles.STAGE, "no such file"));
            return;
        } catch (IOException e) {
            rejections.accept(new Rejection(new Origin(source, "after line " + lines), PageFiles.STAGE,
                    "cannot read further: " + e));
            return;
        }
        if (lines == 0) {
            rejections.accept(new Rejection(Origin.ofFile(source), PageFiles.STAGE, "empty file (0 bytes)"));
        } else if (nonBlank == 0) {
            rejections.accept(new Rejection(Origin.ofFile(source), PageFiles.STAGE, "file holds only blank lines"));
        }
    }

    /** Reads one line into a document or a rejection; true when the line was blank (no article, no error). */
    private boolean readLine(LineScanner.Line line, Origin origin, Consumer<RawDocument> documents,
                             Consumer<Rejection> rejections) {
        byte[] bytes = line.bytes();
        String json;
        switch (TextDecoder.decodeStrictly(bytes, 0, bytes.length, StandardCharsets.UTF_8)) {
            case Decoding.Text(String text) -> json = text;
            case Decoding.Failure failure -> {
                rejections.accept(new Rejection(origin, PageFiles.STAGE, failure.describe(line.offset())));
                return false;
            }
        }
        if (json.isBlank()) {
            return true;
        }
        RawDocument doc;
        try {
            doc = toDocument(MAPPER.readTree(json), origin);
        } catch (JsonProcessingException e) {
            rejections.accept(new Rejection(origin, PageFiles.STAGE, "not JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (column " + e.getLocation().getColumnNr() + ")" : "")));
            return false;
        } catch (BadArticle e) {
            rejections.accept(new Rejection(origin, PageFiles.STAGE, e.getMessage()));
            return false;
        } catch (RuntimeException e) {
            rejections.accept(new Rejection(origin, PageFiles.STAGE, "article could not be read: " + e));
            return false;
        }
        documents.accept(doc);
        return false;
    }

    private RawDocument toDocument(JsonNode node, Origin origin) {
        if (!node.isObject()) {
            throw new BadArticle("line holds a JSON " + kind(node) + ", not an object");
        }
        Optional<String> id = idField(node);
        Optional<String> url = stringField(node, "url");
        Optional<String> title = stringField(node, "title");
        Optional<String> published = stringField(node, "published");
        Optional<String> outlet = stringField(node, "outlet");
        List<String> authors = authorsField(node);
        Optional<String> text = stringField(node, "text");
        Optional<String> html = stringField(node, "html");
        if (text.isPresent() && html.isPresent()) {
            throw new BadArticle("has both \"text\" and \"html\"; give one");
        }
        if (text.isEmpty() && html.isEmpty()) {
            throw new BadArticle("has neither \"text\" nor \"html\"");
        }
        if (text.orElseGet(html::get).isBlank()) {
            throw new BadArticle("\"" + (text.isPresent() ? "text" : "html") + "\" is blank");
        }
        if (published.isPresent() && Published.parse(published.get()).isEmpty()) {
            throw new BadArticle("\"published\" is \"" + published.get() + "\", not an ISO-8601 date or date-time");
        }
        if (text.isPresent()) {
            String body = TextDecoder.normaliseLineEnds(TextDecoder.stripBom(text.get()));
            return new RawDocument(origin, body, new DocumentHints(id, url, title, published, outlet, authors,
                    Optional.empty(), Map.of(), true));
        }
        RawDocument page = pages.toDocument(html.get(), origin, url, Optional.empty());
        DocumentHints found = page.hints();
        DocumentHints merged = new DocumentHints(
                id.or(found::id), url.or(found::url), title.or(found::title), published.or(found::published),
                outlet.or(found::outlet), authors.isEmpty() ? found.authors() : authors, found.fetched(),
                found.lineRoles(), true);
        return new RawDocument(origin, page.text(), merged);
    }

    private static Optional<String> idField(JsonNode node) {
        JsonNode v = node.get("id");
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isTextual() && !v.asText().isBlank()) {
            return Optional.of(v.asText());
        }
        if (v.isIntegralNumber()) {
            return Optional.of(v.asText());
        }
        throw new BadArticle("field \"id\" must be a non-blank string or an integer, got " + kind(v));
    }

    private static Optional<String> stringField(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new BadArticle("field \"" + name + "\" must be a string, got " + kind(v));
        }
        return v.asText().isBlank() && !"text".equals(name) && !"html".equals(name)
                ? Optional.empty() : Optional.of(v.asText());
    }

    private static List<String> authorsField(JsonNode node) {
        JsonNode v = node.get("authors");
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isTextual()) {
            return v.asText().isBlank() ? List.of() : List.of(v.asText().strip());
        }
        if (!v.isArray()) {
            throw new BadArticle("field \"authors\" must be an array of strings, got " + kind(v));
        }
        List<String> authors = new ArrayList<>();
        for (JsonNode a : v) {
            if (!a.isTextual()) {
                throw new BadArticle("field \"authors\" must be an array of strings, it holds " + kind(a));
            }
            if (!a.asText().isBlank()) {
                authors.add(a.asText().strip());
            }
        }
        return authors;
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "array";
            case OBJECT, POJO -> "object";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case STRING -> "string";
            case NULL, MISSING -> "null";
            case BINARY -> "binary";
        };
    }

    /** A line that is JSON but not an article of the expected shape. */
    private static final class BadArticle extends RuntimeException {
        BadArticle(String message) {
            super(message, null, false, false);
        }
    }
}
