package io.thoisu.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How an export is written, one hit at a time so nothing is held in memory: JSON Lines (one object per line, absent
 * values as null) or CSV after RFC 4180 (CRLF line ends, a header row, fields with a comma, quote, CR or LF quoted,
 * quotes doubled; {@code copies} joined by a space, since ids hold none).
 */
public enum ExportFormat {
    JSONL("application/x-ndjson; charset=utf-8", "jsonl"),
    CSV("text/csv; charset=utf-8; header=present", "csv");

    static final List<String> COLUMNS = List.of("id", "title", "outlet", "published", "story", "url", "copies");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** {@code jsonl} or {@code csv}, any case. */
    public static Optional<ExportFormat> named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "jsonl", "ndjson" -> Optional.of(JSONL);
            case "csv" -> Optional.of(CSV);
            default -> Optional.empty();
        };
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public void writeHeader(Writer out) {
        if (this == CSV) {
            line(out, String.join(",", COLUMNS));
        }
    }

    public void write(Writer out, ExportedHit hit) {
        if (this == CSV) {
            line(out, String.join(",", csv(hit.id()), csv(hit.title()), csv(hit.outlet()), csv(hit.published()),
                    csv(hit.story()), csv(hit.url()), csv(String.join(" ", hit.copies()))));
        } else {
            ObjectNode n = JSON.createObjectNode().put("id", hit.id());
            n.put("title", hit.title().orElse(null));
            n.put("outlet", hit.outlet().orElse(null));
            n.put("published", hit.published().orElse(null));
            n.put("story", hit.story().orElse(null));
            n.put("url", hit.url().orElse(null));
            ArrayNode copies = n.putArray("copies");
            hit.copies().forEach(copies::add);
            try {
                // Jackson escapes control characters, so a title with a newline stays on one line.
                out.write(JSON.writeValueAsString(n));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void line(Writer out, String text) {
        try {
            out.write(text);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(Optional<String> value) {
        return value.map(ExportFormat::csv).orElse("");
    }

    static String csv(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
