package io.thoisu.clean;

import io.thoisu.model.Article;
import io.thoisu.model.Caption;
import io.thoisu.model.DocumentHints;
import io.thoisu.model.Published;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Removal;
import io.thoisu.model.RemovalKind;
import io.thoisu.text.VietnameseNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes one article of a segment of classified lines: its paragraphs (an outlet's dateline marker taken off the
 * lead), its removed lines with their kinds, its captions, and its metadata, each from the page's text and its
 * hints in the order of trust (a given value, the visible dateline against the page's metadata, the URL last).
 *
 * <p>Ids: the hint's id when the input gave one; otherwise a hash of the document's origin (source and position)
 * and the article's cleaned text. The origin is part of the hash on purpose: two outlets (or two files) carrying
 * the same wire story are two articles that the duplicate stage links, not one article; re-reading the same file
 * gives the same ids, which is what makes ingest idempotent. Immutable and thread-safe.
 */
final class ArticleBuilder {
    /** A day after the place in a marker: ", 22/11 (" — the shape of a wire agency's dateline. */
    private static final java.util.regex.Pattern WIRE_DATELINE = java.util.regex.Pattern.compile(",\\s*\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\s*\\(");

    private final Outlets outlets;
    private final LineShapes shapes;

    ArticleBuilder(Outlets outlets, LineShapes shapes) {
        this.outlets = outlets;
        this.shapes = shapes;
    }

    private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2})[/-]?(\\d{2})[/-]?(\\d{2})[/-]");

    /**
     * The date of a page that carries several articles as one issue: a masthead dateline above the first headline
     * ("NHẬT BÁO X - Số 6.190 - Thứ Tư, 26/3/2025 - Trang 5"), or the page's own time when its structure marks the
     * items (an e-paper page). An item without a date of its own was published in that issue. A list of items with
     * neither (an aggregator's page) gives its items nothing.
     */
    static Optional<Published> pageDate(List<PageLine> lines, List<int[]> segments, DocumentHints hints) {
        if (segments.size() < 2) {
            return Optional.empty();
        }
        int[] first = segments.get(0);
        int end = first[2] >= 0 ? first[2] : first[1];
        Optional<Published> fromHint = hints.published().flatMap(Published::parse).map(ArticleBuilder::inVietnam);
        for (int i = first[0]; i < end; i++) {
            Published masthead = lines.get(i).published;
            if (lines.get(i).kind == LineKind.DATELINE && masthead != null) {
                // the page's metadata on the masthead's day is the more exact of the two
                return Optional.of(fromHint.filter(h -> h.date().equals(masthead.date())).orElse(masthead));
            }
        }
        boolean structural = lines.stream().anyMatch(l -> l.kind == LineKind.BREAK);
        return structural ? fromHint : Optional.empty();
    }

    static Article withPublished(Article a, Published p) {
        return new Article(a.id(), a.origin(), a.url(), a.title(), Optional.of(p), a.outlet(), a.authors(), a.language(),
                a.text(), a.captions(), a.removed());
    }

    Optional<Article> build(RawDocument doc, List<PageLine> lines, int[] seg, int index, boolean severalArticles,
                                    Set<String> ids) {
        DocumentHints hints = doc.hints();
        List<String> paragraphs = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        List<Caption> captions = new ArrayList<>();
        Set<String> authorKeys = new HashSet<>();
        List<String> authors = new ArrayList<>();
        Published published = null;
        String outletFromText = null;
        String source = null;
        String title = seg[2] >= 0 ? lines.get(seg[2]).text : null;
        String titleKey = title == null ? "" : lines.get(seg[2]).key();
        List<String> paragraphKeys = new ArrayList<>();
        List<String> pageNames = pageNames(hints, lines, seg);
        Set<String> bylineCodes = bylineCodes(lines, seg);
        Set<String> sourceKeys = new HashSet<>();
        for (int i = seg[0]; i < seg[1]; i++) {
            PageLine l = lines.get(i);
            if (i == seg[2]) {
                continue;
            }
            if (l.isContent() && !titleKey.isEmpty() && l.key().equals(titleKey)) {
                continue; // the headline printed again is still the title, never body
            }
            switch (l.kind) {
                case BLANK, BREAK -> { }
                case TEXT, HEADING, TITLE -> {
                    String text = l.text;
                    String key = l.key();
                    if (paragraphs.size() < 2) {
                        Optional<Outlets.Marker> marker = outlets.confirmedMarkerAt(text, pageNames);
                        Optional<Outlets.Opening> coded = marker.isPresent() || bylineCodes.isEmpty() ? Optional.empty()
                                : Outlets.openingAt(text).filter(o -> bylineCodes.contains(o.tag().strip()));
                        if (marker.isPresent()) {
                            removed.add(new Removal(marker.get().marker(), RemovalKind.DATELINE));
                            text = marker.get().rest().strip();
                            key = VietnameseNormalizer.key(text);
                            // a wire's dated dateline ("Phù Vân, 22/11 (TTXVN) -") credits the agency the story came
                            // from; the page that names its own site reprinted it
                            boolean wire = WIRE_DATELINE.matcher(marker.get().marker()).find() && hints.outlet().isPresent();
                            if (outletFromText == null && !wire) {
                                outletFromText = marker.get().outlet().name();
                            }
                        } else if (coded.isPresent()) {
                            // "(LGTV) - …" signed "…/LGTV": the outlet's code, though its name is not on the page
                            removed.add(new Removal(coded.get().marker(), RemovalKind.DATELINE));
                            text = coded.get().rest().strip();
                            key = VietnameseNormalizer.key(text);
                        }
                    }
                    paragraphs.add(text);
                    paragraphKeys.add(key);
                }
                case BOILERPLATE -> removed.add(new Removal(l.text, RemovalKind.BOILERPLATE));
                case WIDGET -> removed.add(new Removal(l.text, RemovalKind.WIDGET));
                case TEASER -> removed.add(new Removal(l.text, RemovalKind.TEASER));
                case DUPLICATE -> removed.add(new Removal(l.text, RemovalKind.DUPLICATE));
                case IMAGE_ALT -> removed.add(new Removal(l.text, RemovalKind.IMAGE_ALT));
                case CAPTION -> {
                    removed.add(new Removal(l.text, RemovalKind.CAPTION));
                    captions.add(l.caption);
                }
                case DATELINE -> {
                    removed.add(new Removal(l.text, RemovalKind.DATELINE));
                    if (published == null) {
                        published = l.published;
                    }
                    addAuthors(l.names, authorKeys, authors);
                    if (l.source != null && source == null) {
                        source = l.source;
                    }
                }
                case BYLINE -> {
                    removed.add(new Removal(l.text, RemovalKind.BYLINE));
                    addAuthors(l.names, authorKeys, authors);
                }
                case SOURCE -> {
                    removed.add(new Removal(l.text, RemovalKind.BYLINE));
                    shapes.source(l.text).ifPresent(x -> sourceKeys.add(VietnameseNormalizer.key(x)));
                    if (l.source != null) {
                        source = l.source;
                    }
                }
            }
        }
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        String text = String.join("\n\n", paragraphs);
        boolean first = index == 0;
        boolean given = hints.given();

        Optional<String> finalTitle = Optional.ofNullable(title);
        if (first && hints.title().isPresent() && (given || title == null)) {
            finalTitle = Optional.of(outlets.stripSiteSuffix(VietnameseNormalizer.nfc(hints.title().get().strip())));
        }
        Optional<Published> finalPublished = Optional.ofNullable(published);
        if (first) {
            Optional<Published> fromHint = hints.published().flatMap(Published::parse).map(ArticleBuilder::inVietnam);
            if (fromHint.isPresent() && (given || trustworthy(fromHint.get(), hints)
                    && (published == null || published.date().equals(fromHint.get().date())))) {
                // The visible dateline wins over page metadata that names another day (a template default, a
                // modification date); on the same day the metadata is kept, as it is usually the more exact.
                finalPublished = fromHint;
            } else if (finalPublished.isEmpty()) {
                finalPublished = hints.url().flatMap(ArticleBuilder::dateInUrl);
            }
        }
        // A credit ("Theo Reuters") names the outlet of an article on a page that collects several; a page that
        // carries one article is that site's article, credit or not.
        Optional<String> outlet = Optional.ofNullable(outletFromText != null ? outletFromText
                : severalArticles || hints.outlet().isEmpty() && hints.url().isEmpty() ? source : null);
        if (first || outlet.isEmpty()) {
            Optional<String> fromHints = hints.outlet().flatMap(outlets::byName).map(Outlets.Outlet::name)
                    .or(() -> hints.url().flatMap(outlets::bySite).map(Outlets.Outlet::name))
                    .or(() -> hints.outlet().map(String::strip));
            if (given && hints.outlet().isPresent()) {
                outlet = hints.outlet();
            } else if (outlet.isEmpty()) {
                outlet = fromHints;
            }
        }
        if (outlet.isEmpty()) {
            // A masthead above the headline that is a publication's name ("BÁO ĐÔNG VÂN") names the outlet.
            outlet = pageNames.stream().filter(LineShapes::isPublicationName).findFirst()
                    .map(n -> LineShapes.nameCase(n.strip()));
        }
        List<String> finalAuthors = authors;
        if (first && (given && !hints.authors().isEmpty() || authors.isEmpty() && !hints.authors().isEmpty())) {
            finalAuthors = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (String a : hints.authors()) {
                String n = LineShapes.nameCase(VietnameseNormalizer.nfc(a.strip()));
                if (sourceKeys.contains(VietnameseNormalizer.key(n)) || LineShapes.isPublicationName(n)) {
                    continue; // the agency credited with "Theo VTX" is not a person
                }
                if (LineShapes.isDeskName(n)) {
                    continue; // "Nhóm phóng viên Pháp luật": the desk signs, no person is named
                }
                if (!n.isEmpty() && keys.add(VietnameseNormalizer.key(n))) {
                    finalAuthors.add(n);
                }
            }
        }
        // The key of the joined text is the paragraphs' keys joined: a key is made syllable by syllable.
        String id = articleId(doc, String.join("\n\n", paragraphKeys), index, ids);
        return Optional.of(new Article(id, doc.origin(), hints.url(), finalTitle, finalPublished, outlet,
                finalAuthors, "vi", text, captions, removed));
    }

    /**
     * The names this page gives itself, against which an unknown dateline marker is checked: the site name of the
     * metadata, and short name-like lines above the headline (a masthead such as "Thời báo Phương Nam").
     */
    private static List<String> pageNames(DocumentHints hints, List<PageLine> lines, int[] seg) {
        List<String> names = new ArrayList<>();
        hints.outlet().filter(o -> !o.contains(".") || o.contains(" ")).ifPresent(names::add);
        int end = seg[2] >= 0 ? seg[2] : Math.min(seg[1], seg[0] + 6);
        for (int i = seg[0]; i < end; i++) {
            PageLine l = lines.get(i);
            if (l.kind == LineKind.BOILERPLATE && LineShapes.words(l.text) <= 6 && l.text.matches("[\\p{L} ]+")) {
                names.add(l.text);
            }
        }
        for (int i = seg[0]; i < seg[1]; i++) {
            PageLine l = lines.get(i);
            // "Tuổi Mới Online" printed as the byline: the outlet signs its own article.
            if (l.kind == LineKind.BYLINE && LineShapes.isPublicationName(l.text)) {
                names.add(l.text);
            }
        }
        return names;
    }

    /** The outlet codes the article's bylines end with ("/LGTV", "(TTXVN)"). */
    private static Set<String> bylineCodes(List<PageLine> lines, int[] seg) {
        Set<String> codes = new HashSet<>();
        for (int i = seg[0]; i < seg[1]; i++) {
            if (lines.get(i).kind == LineKind.BYLINE) {
                LineShapes.agencyCode(lines.get(i).text).ifPresent(codes::add);
            }
        }
        return codes;
    }

    /** Vietnamese articles are dated in Vietnamese time: an instant given in UTC is moved to +07:00. */
    private static Published inVietnam(Published p) {
        return p.instant().map(i -> Published.ofInstant(i.withOffsetSameInstant(DatelineParser.VIETNAM))).orElse(p);
    }

    private static void addAuthors(List<String> names, Set<String> keys, List<String> authors) {
        for (String n : names) {
            if (LineShapes.isPublicationName(n)) {
                continue; // "BÁO ĐÔNG VÂN" signs for the outlet, not a person
            }
            if (keys.add(VietnameseNormalizer.key(n))) {
                authors.add(n);
            }
        }
    }

    /** Page metadata is believed unless it claims a time after the page was fetched. */
    private static boolean trustworthy(Published p, DocumentHints hints) {
        if (hints.fetched().isEmpty()) {
            return true;
        }
        LocalDate fetchedDay = hints.fetched().get().atOffset(DatelineParser.VIETNAM).toLocalDate();
        if (p.instant().isPresent()) {
            return !p.instant().get().toInstant().isAfter(hints.fetched().get().plus(Duration.ofMinutes(5)));
        }
        return !p.date().isAfter(fetchedDay);
    }

    private static Optional<Published> dateInUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        return Published.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
    }

    private static String articleId(RawDocument doc, String textKey, int index, Set<String> ids) {
        Optional<String> hinted = doc.hints().id().filter(s -> !s.isBlank());
        String id;
        if (hinted.isPresent()) {
            id = index == 0 ? hinted.get() : hinted.get() + "-" + (index + 1);
        } else {
            id = hash(doc.origin().source() + "\u0000" + doc.origin().position() + "\u0000"
                    + textKey);
        }
        String unique = id;
        for (int n = 2; !ids.add(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder("a");
            for (int i = 0; i < 8; i++) {
                sb.append(Character.forDigit((d[i] >> 4) & 0xF, 16)).append(Character.forDigit(d[i] & 0xF, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
