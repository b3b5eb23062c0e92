package io.thoisu.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its head: Open Graph, article meta, JSON-LD NewsArticle, canonical link,
 * {@code <time datetime>}, author meta and byline elements. Hints only; the cleaner checks them against the text.
 */
public record PageMetadata(Optional<String> title, Optional<String> published, List<String> authors,
                           Optional<String> outlet, Optional<String> canonical) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public PageMetadata {
        authors = List.copyOf(authors);
    }

    public static PageMetadata of(Document doc) {
        Map<String, String> metas = metaContents(doc);
        Optional<String> h1 = text(doc.selectFirst("h1"));
        Optional<String> siteSuffix = siteSuffix(doc.title().strip(), h1);
        Optional<String> title = meta(metas, "og:title").or(() -> meta(metas, "twitter:title"))
                .or(() -> h1).or(() -> Optional.of(doc.title().strip()).filter(t -> !t.isBlank())
                        .map(t -> siteSuffix.map(s -> t.substring(0, t.length() - s.length()).replaceAll("[\\s|–—-]+$", ""))
                                .orElse(t)));
        List<JsonNode> ld = jsonLd(doc);
        Optional<String> published = meta(metas, "article:published_time")
                .or(() -> ldField(ld, "datePublished"))
                .or(() -> meta(metas, "pubdate")).or(() -> meta(metas, "date"))
                .or(() -> Optional.ofNullable(doc.selectFirst("[itemprop=datePublished]"))
                        .map(e -> e.hasAttr("content") ? e.attr("content") : e.attr("datetime")).filter(s -> !s.isBlank()))
                .or(() -> Optional.ofNullable(doc.selectFirst("time[datetime]")).map(e -> e.attr("datetime")).filter(s -> !s.isBlank()));
        Set<String> authors = new LinkedHashSet<>();
        Set<String> organisations = new java.util.HashSet<>();
        meta(metas, "author").ifPresent(authors::add);
        meta(metas, "article:author").filter(a -> !a.startsWith("http")).ifPresent(authors::add);
        for (JsonNode n : ld) {
            JsonNode a = n.get("author");
            if (a != null) {
                for (JsonNode one : a.isArray() ? a : List.of(a)) {
                    if (one.path("@type").asText("").equals("Organization")) {
                        // An agency or the outlet itself signs for the article: not a person.
                        organisations.add(one.path("name").asText("").strip());
                        continue;
                    }
                    String name = one.isTextual() ? one.asText() : one.path("name").asText("");
                    if (!name.isBlank()) {
                        authors.add(name.strip());
                    }
                }
            }
        }
        authors.removeIf(organisations::contains);
        if (authors.isEmpty()) {
            for (Element e : doc.select(".author, .byline, [rel=author], [itemprop=author]")) {
                String t = e.text().strip();
                // "Theo VTX" in a byline box credits a source, it names no author.
                if (!t.isEmpty() && t.split("\\s+").length <= 8 && !t.matches("(?iu)^\\(?\\s*(?:theo|nguồn)\\b.*")
                        && !organisations.contains(t)) {
                    authors.add(t);
                }
            }
        }
        Optional<String> outlet = meta(metas, "og:site_name").or(() -> ld.stream()
                .map(n -> n.path("publisher").path("name").asText("")).filter(s -> !s.isBlank()).findFirst());
        Optional<String> canonical = Optional.ofNullable(doc.selectFirst("link[rel=canonical]"))
                .map(e -> e.attr("href")).filter(s -> !s.isBlank()).or(() -> meta(metas, "og:url"));
        // A site that names itself nowhere else still signs its <title> ("… - Thời báo Phương Nam").
        outlet = outlet.or(() -> siteSuffix);
        return new PageMetadata(title, published, new ArrayList<>(authors), outlet, canonical);
    }

    private static final java.util.regex.Pattern SUFFIX_SEPARATOR = java.util.regex.Pattern.compile("\\s+[-|–—]\\s+");

    /**
     * The site name a page title ends with: the part after the last " - ", " | ", " – " or " — ", when it is short
     * (at most six words), starts with a capital or a digit, and what stands before it is the headline (the h1 when
     * the page has one, else at least four words).
     */
    static Optional<String> siteSuffix(String pageTitle, Optional<String> h1) {
        java.util.regex.Matcher m = SUFFIX_SEPARATOR.matcher(pageTitle);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        if (start <= 0) {
            return Optional.empty();
        }
        String head = pageTitle.substring(0, start).strip();
        String tail = pageTitle.substring(end).strip();
        int tailWords = tail.isEmpty() ? 0 : tail.split("\\s+").length;
        if (tailWords == 0 || tailWords > 6 || !(Character.isUpperCase(tail.codePointAt(0)) || Character.isDigit(tail.codePointAt(0)))) {
            return Optional.empty();
        }
        boolean headIsHeadline = h1.map(h -> io.thoisu.text.VietnameseNormalizer.key(h).strip()
                        .equals(io.thoisu.text.VietnameseNormalizer.key(head)))
                .orElse(head.split("\\s+").length >= 4);
        return headIsHeadline ? Optional.of(tail) : Optional.empty();
    }

    /**
     * The content of the first {@code <meta>} whose property, name or itemprop is each value (compared as a CSS
     * attribute selector compares: trimmed, ignoring case), in one pass over the meta tags instead of a selector
     * parsed and run for each name.
     */
    private static Map<String, String> metaContents(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element e : doc.getElementsByTag("meta")) {
            for (String attribute : META_NAMES) {
                if (e.hasAttr(attribute)) {
                    out.putIfAbsent(e.attr(attribute).trim().toLowerCase(Locale.ROOT), e.attr("content"));
                }
            }
        }
        return out;
    }

    private static final List<String> META_NAMES = List.of("property", "name", "itemprop");

    private static Optional<String> meta(Map<String, String> metas, String name) {
        String content = metas.get(name);
        return content == null ? Optional.empty() : Optional.of(content.strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> text(Element e) {
        return e == null ? Optional.empty() : Optional.of(e.text().strip()).filter(s -> !s.isEmpty());
    }

    /** NewsArticle-like JSON-LD objects; a broken script is skipped (page metadata is never worth a rejection). */
    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(s.data());
                collect(root, out);
            } catch (Exception malformed) {
                // ignored on purpose: see above
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n == null) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> collect(c, out));
            return;
        }
        if (n.has("@graph")) {
            collect(n.get("@graph"), out);
        }
        String type = n.path("@type").asText("");
        if (type.endsWith("Article") || type.equals("ReportageNewsArticle") || n.has("datePublished")) {
            out.add(n);
        }
    }

    private static Optional<String> ldField(List<JsonNode> ld, String field) {
        return ld.stream().map(n -> n.path(field).asText("")).filter(s -> !s.isBlank()).findFirst();
    }
}
