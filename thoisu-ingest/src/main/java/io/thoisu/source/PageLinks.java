package io.thoisu.source;

import io.thoisu.text.VietnameseNormalizer;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article links of a seed or section page, in page order (news front pages put the newest first). A link is
 * kept when it stays on the page's site, is not inside the page's navigation or footer, does not lead to site
 * furniture (tags, categories, login, search, contact…) or a media file, and its address looks like an article: a
 * slug of several words, or a numeric id, as news sites give their articles while sections get one or two words.
 */
public final class PageLinks {
    /** Path words of pages that are never articles, in English and the Vietnamese spellings sites use in URLs. */
    private static final Set<String> FURNITURE = Set.of(
            "tag", "tags", "tu-khoa", "chu-de", "category", "categories", "danh-muc", "chuyen-muc", "topic", "topics",
            "login", "dang-nhap", "logout", "dang-xuat", "register", "dang-ky", "signup", "account", "tai-khoan",
            "search", "tim-kiem", "author", "authors", "tac-gia", "contact", "lien-he", "about", "gioi-thieu",
            "rss", "feed", "feeds", "sitemap", "privacy", "chinh-sach", "dieu-khoan", "terms", "advertise",
            "quang-cao", "subscribe", "page", "trang");
    private static final Set<String> MEDIA = Set.of(
            "jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "ico", "pdf", "mp3", "mp4", "m4a", "webm", "avi",
            "mov", "zip", "rar", "gz", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "css", "js", "xml", "rss", "json");
    private static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "shtml", "ece", "aspx", "php", "chn");
    private static final Pattern ID = Pattern.compile("\\d{5,}");
    private static final Pattern PAGINATION = Pattern.compile("(^|[?&])(page|p|trang)=\\d+", Pattern.CASE_INSENSITIVE);
    private static final int MIN_SLUG_WORDS = 4;

    private PageLinks() {
    }

    public static Listing parse(String html, URI pageUri, String sourceName) {
        Document doc = Jsoup.parse(html, pageUri.toString());
        URI page = Addresses.canonical(pageUri).orElse(pageUri);
        String site = Addresses.site(pageUri);
        Map<URI, Title> found = new LinkedHashMap<>();
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href").strip();
            if (href.isEmpty() || href.startsWith("#") || insideFurniture(a)) {
                continue;
            }
            Optional<URI> uri = Addresses.resolve(pageUri, href);
            if (uri.isEmpty() || uri.get().equals(page) || !Addresses.site(uri.get()).equals(site)
                    || !looksLikeArticle(uri.get())) {
                continue;
            }
            Title title = titleOf(a);
            // the same article is often linked twice (picture, then headline): keep the first place, the best title
            Title earlier = found.get(uri.get());
            if (earlier == null || title.rank() > earlier.rank()) {
                found.put(uri.get(), title);
            }
        }
        List<Discovered> items = new ArrayList<>();
        found.forEach((uri, title) -> items.add(new Discovered(uri, Optional.empty(), title.text(), sourceName)));
        return new Listing(items, List.of(), List.of());
    }

    private static boolean insideFurniture(Element a) {
        for (Element e = a.parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("nav") || tag.equals("footer") || "navigation".equals(e.attr("role"))) {
                return true;
            }
        }
        return false;
    }

    /** Package-visible so the rule can be tested on addresses alone. */
    static boolean looksLikeArticle(URI uri) {
        String path = Optional.ofNullable(uri.getPath()).orElse("");
        if (uri.getRawQuery() != null && PAGINATION.matcher(uri.getRawQuery()).find()) {
            return false;
        }
        List<String> segments = new ArrayList<>();
        for (String s : path.toLowerCase(Locale.ROOT).split("/")) {
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        if (segments.isEmpty()) {
            return false;
        }
        for (String s : segments) {
            if (FURNITURE.contains(s)) {
                return false;
            }
        }
        String last = segments.getLast();
        String slug = last;
        int dot = last.lastIndexOf('.');
        if (dot > 0) {
            String ext = last.substring(dot + 1);
            if (MEDIA.contains(ext)) {
                return false;
            }
            if (PAGE_EXTENSIONS.contains(ext)) {
                slug = last.substring(0, dot);
            }
        }
        if (FURNITURE.contains(slug) || slug.matches("(trang|page)-?\\d+")) {
            return false;
        }
        return slug.split("-").length >= MIN_SLUG_WORDS || ID.matcher(slug).find();
    }

    /** A link's headline, ranked: the anchor's own text beats its title attribute, which beats a picture's alt. */
    private record Title(Optional<String> text, int rank) {
    }

    private static Title titleOf(Element a) {
        String text = a.text().strip();
        if (!text.isEmpty()) {
            return new Title(Optional.of(VietnameseNormalizer.nfc(text)), 3);
        }
        String attr = a.attr("title").strip();
        if (!attr.isEmpty()) {
            return new Title(Optional.of(VietnameseNormalizer.nfc(attr)), 2);
        }
        Element img = a.selectFirst("img[alt]");
        String alt = img == null ? "" : img.attr("alt").strip();
        return alt.isEmpty() ? new Title(Optional.empty(), 0) : new Title(Optional.of(VietnameseNormalizer.nfc(alt)), 1);
    }
}
