package io.thoisu.ingest;

import io.thoisu.model.DocumentHints;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Placeholder for the HTML page reader written on another branch (replaced at merge): jsoup text of the body, one
 * line per block, and the title. Only the signature below is relied on by the readers of this package.
 */
public final class HtmlPageReader {

    public RawDocument toDocument(String html, Origin origin, Optional<String> url, Optional<Instant> fetched) {
        Document doc = Jsoup.parse(html, url.orElse(""));
        doc.select("script, style, noscript, template").remove();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    flush(lines, line);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    flush(lines, line);
                }
            }
        }, doc.body());
        flush(lines, line);
        String title = doc.title().strip();
        DocumentHints hints = new DocumentHints(Optional.empty(), url,
                title.isEmpty() ? Optional.empty() : Optional.of(title), Optional.empty(), Optional.empty(),
                List.of(), fetched, Map.of(), false);
        return new RawDocument(origin, String.join("\n", lines), hints);
    }

    private static void flush(List<String> lines, StringBuilder line) {
        String s = line.toString().replaceAll("\\s+", " ").strip();
        if (!s.isEmpty()) {
            lines.add(s);
        }
        line.setLength(0);
    }
}
