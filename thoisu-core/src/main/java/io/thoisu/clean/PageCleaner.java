package io.thoisu.clean;

import io.thoisu.model.Article;
import io.thoisu.model.Caption;
import io.thoisu.model.DocumentHints;
import io.thoisu.model.LineRole;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one raw page into its articles: normalises the lines (NFC, spaces), classifies each line (body, title,
 * dateline, byline, caption, image alt, teaser, widget, furniture), splits pages that run several articles together
 * and reads each article's metadata. Pure and thread-safe.
 *
 * <p>Ids: the hint's id when the input gave one; otherwise a hash of the document's origin (source and position)
 * and the article's cleaned text. The origin is part of the hash on purpose: two outlets (or two files) carrying
 * the same wire story are two articles that the duplicate stage links, not one article; re-reading the same file
 * gives the same ids, which is what makes ingest idempotent.
 */
public final class PageCleaner {
    /** Below this many words a short heading inside an article is an intertitle, never the title of a new article. */
    private static final int MIN_SPLIT_TITLE_WORDS = 6;
    /** An article needs this many paragraphs; a title with fewer after it is a teaser box or an intertitle. */
    private static final int MIN_ARTICLE_PARAGRAPHS = 2;
    private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2})[/-]?(\\d{2})[/-]?(\\d{2})[/-]");

    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d{1,2}\\s*[.)/:]\\s+\\p{L}");

    private enum Kind { BLANK, BREAK, TEXT, TITLE, HEADING, BOILERPLATE, WIDGET, DATELINE, BYLINE, SOURCE, CAPTION,
        IMAGE_ALT, TEASER, DUPLICATE }

    /** One line of the page as classified. */
    private static final class Line {
        final String text;
        Kind kind;
        Published published;
        List<String> names = List.of();
        Caption caption;
        String source;

        private String key;

        Line(String text, Kind kind) {
            this.text = text;
            this.kind = kind;
        }

        /** The comparison key, computed once: normalising is the costliest step of reading a line. */
        String key() {
            if (key == null) {
                key = VietnameseNormalizer.key(text);
            }
            return key;
        }

        boolean isContent() {
            return kind == Kind.TEXT || kind == Kind.TITLE || kind == Kind.HEADING;
        }
    }

    /** The largest word limit of the tests {@link #classify} makes (a caption's). */
    private static final int MAX_TESTED_WORDS = 70;
    /** An aggregator's age at the end of a source line ("- 20 phút trước") has at most this many words. */
    private static final int RELATIVE_AGE_WORDS = 4;

    private final Outlets outlets;
    private final LineShapes shapes;
    private final FurnitureLearner.Snapshot furniture;

    public PageCleaner() {
        this(Outlets.standard(), FurnitureLearner.Snapshot.EMPTY);
    }

    public PageCleaner(Outlets outlets, FurnitureLearner.Snapshot furniture) {
        this.outlets = outlets;
        this.shapes = new LineShapes();
        this.furniture = furniture;
    }

    /** The same cleaner reading furniture learned from a corpus. */
    public PageCleaner withFurniture(FurnitureLearner.Snapshot learned) {
        return new PageCleaner(outlets, learned);
    }

    public Outlets outlets() {
        return outlets;
    }

    /** The outlet key a corpus runner feeds {@link FurnitureLearner} with for this document. */
    public String outletKey(RawDocument doc) {
        DocumentHints h = doc.hints();
        return h.outlet().flatMap(outlets::byName).map(Outlets.Outlet::name)
                .or(() -> h.url().flatMap(outlets::bySite).map(Outlets.Outlet::name))
                .or(h::outlet).orElse("");
    }

    /** The lines of a document as the cleaner and {@link FurnitureLearner} see them. */
    public static List<String> lines(RawDocument doc) {
        String text = doc.text();
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        // Line ends are \r\n, \r or \n; the text after the last one is a line too, even when empty.
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(normalise(text.substring(start, i)));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(normalise(text.substring(start)));
        return out;
    }

    /** NFC, every run of spaces (tabs, no-break, zero-width and thin spaces, BOMs) one space, no space at the ends. */
    private static String normalise(String raw) {
        String s = VietnameseNormalizer.nfc(raw);
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                int j = i + 1;
                while (j < n && isSpace(s.charAt(j))) {
                    j++;
                }
                if (sb == null && (c != ' ' || j > i + 1)) {
                    sb = new StringBuilder(n).append(s, 0, i);
                }
                if (sb != null) {
                    sb.append(' ');
                }
                i = j - 1;
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return (sb == null ? s : sb.toString()).strip();
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00A0') {
            return false; // most characters: one test
        }
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u200B' || c == '\u2009' || c == '\uFEFF';
    }

    public List<Article> clean(RawDocument doc) {
        List<String> texts = lines(doc);
        String outletKey = outletKey(doc);
        List<Line> lines = new ArrayList<>(texts.size());
        LineKeys keys = new LineKeys();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String key = text.isEmpty() ? "" : keys.key(text);
            Line line = classify(text, key, doc.hints().roleOf(i), outletKey);
            line.key = key;
            lines.add(line);
        }
        markDataBoxes(lines);
        markSplitCaptions(lines);
        markTruncatedTail(lines);
        markRelatedLists(lines);
        markLinkLeads(lines);
        markAuthorBoxes(lines);
        markCommentThreads(lines);
        markAboutBlocks(lines);
        List<int[]> segments = segment(lines, doc.hints());
        markPullQuotes(lines, segments);
        Optional<Published> pageDate = pageDate(lines, segments, doc.hints());
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int s = 0; s < segments.size(); s++) {
            boolean later = s > 0;
            build(doc, lines, segments.get(s), s, segments.size() > 1, ids)
                    .map(a -> later && a.published().isEmpty() && pageDate.isPresent() ? withPublished(a, pageDate.get()) : a)
                    .ifPresent(articles::add);
        }
        return List.copyOf(articles);
    }

    /**
     * The date of a page that carries several articles as one issue: a masthead dateline above the first headline
     * ("NHẬT BÁO X - Số 6.190 - Thứ Tư, 26/3/2025 - Trang 5"), or the page's own time when its structure marks the
     * items (an e-paper page). An item without a date of its own was published in that issue. A list of items with
     * neither (an aggregator's page) gives its items nothing.
     */
    private static Optional<Published> pageDate(List<Line> lines, List<int[]> segments, DocumentHints hints) {
        if (segments.size() < 2) {
            return Optional.empty();
        }
        int[] first = segments.get(0);
        int end = first[2] >= 0 ? first[2] : first[1];
        Optional<Published> fromHint = hints.published().flatMap(Published::parse).map(PageCleaner::inVietnam);
        for (int i = first[0]; i < end; i++) {
            Published masthead = lines.get(i).published;
            if (lines.get(i).kind == Kind.DATELINE && masthead != null) {
                // the page's metadata on the masthead's day is the more exact of the two
                return Optional.of(fromHint.filter(h -> h.date().equals(masthead.date())).orElse(masthead));
            }
        }
        boolean structural = lines.stream().anyMatch(l -> l.kind == Kind.BREAK);
        return structural ? fromHint : Optional.empty();
    }

    private static Article withPublished(Article a, Published p) {
        return new Article(a.id(), a.origin(), a.url(), a.title(), Optional.of(p), a.outlet(), a.authors(), a.language(),
                a.text(), a.captions(), a.removed());
    }

    // ---- classification -------------------------------------------------------------------------------------

    private Line classify(String text, String key, Optional<LineRole> role, String outletKey) {
        if (role.isPresent() && role.get() == LineRole.ARTICLE_BREAK) {
            return new Line(text, text.isEmpty() ? Kind.BREAK : Kind.TEXT);
        }
        if (text.isEmpty()) {
            return new Line(text, Kind.BLANK);
        }
        if (role.isPresent()) {
            Line byRole = classifyByRole(text, role.get());
            if (byRole != null) {
                return byRole;
            }
        }
        // Each test below holds only for lines up to a number of words; the words are counted once (up to the
        // largest limit) and each test skipped when the line is longer than its limit: most lines are paragraphs
        // that no test but the furniture ones can match, and counting words again in each test was a fifth of
        // the cleaner's time.
        int words = LineShapes.wordsOfNormalLine(text, MAX_TESTED_WORDS + 1);
        if (words <= 16 && LineShapes.isToolWidget(text, key) || words <= 40 && LineShapes.isTicker(text)) {
            return new Line(text, Kind.WIDGET);
        }
        if (furniture.isFurnitureKey(outletKey, key) || shapes.isBoilerplate(text, key)
                || words <= 8 && LineShapes.isSeeAllLink(text, key)
                || words <= 40 && LineShapes.isReleaseFurniture(text, key)
                || words <= 8 && shapes.isRelatedHeading(text, key) || words <= 12 && shapes.isEditorNote(text, key)) {
            return new Line(text, Kind.BOILERPLATE);
        }
        if (words <= 8 && (LineShapes.isTimeStamp(text) || LineShapes.isClock(text))) {
            return new Line(text, Kind.DATELINE);
        }
        // A related link printed inside the article: "Xem thêm: …".
        if (words <= 50 && LineShapes.isRelatedLink(text, key)) {
            return new Line(text, Kind.TEASER);
        }
        if (words > MAX_TESTED_WORDS) {
            // past every limit: only an image's alt text (up to 300 characters) can still match
            return new Line(text, shapes.isImageAlt(text) ? Kind.IMAGE_ALT : Kind.TEXT);
        }
        Optional<DatelineParser.Dateline> dateline = text.length() > DatelineParser.MAX_LINE_LENGTH ? Optional.empty()
                : DatelineParser.parseLine(text);
        if (dateline.isPresent()) {
            Line l = new Line(text, Kind.DATELINE);
            l.published = dateline.get().published();
            String leftover = dateline.get().leftover();
            // "Hải Phong, ngày 10 tháng 4 năm 2025": the words before a comma that opens the line are a place
            l.names = leftover.isEmpty() || text.startsWith(leftover + ",") ? List.of()
                    : shapes.byline(leftover).orElse(List.of());
            l.source = outlets.byName(dateline.get().leftover()).map(Outlets.Outlet::name).orElse(null);
            return l;
        }
        if (shapes.isImageAlt(text)) {
            return new Line(text, Kind.IMAGE_ALT);
        }
        Optional<Caption> caption = shapes.caption(text);
        if (caption.isPresent()) {
            Line l = new Line(text, Kind.CAPTION);
            l.caption = caption.get();
            return l;
        }
        if (words <= 14 && shapes.isWidget(text)) {
            return new Line(text, Kind.WIDGET);
        }
        if (words > RELATIVE_AGE_WORDS + 8) {
            return new Line(text, Kind.TEXT); // too long for a source, a credit or a byline
        }
        Optional<String> source = shapes.source(text);
        if (source.isPresent()) {
            Line l = new Line(text, Kind.SOURCE);
            // "Theo Báo Hậu Giang Đông": an outlet the table lacks is still named, as the credit spells it.
            l.source = outlets.byName(source.get()).map(Outlets.Outlet::name)
                    .orElse(LineShapes.isCreditName(source.get()) ? source.get() : null);
            return l;
        }
        if (shapes.isMakerCredit(text)) {
            return new Line(text, Kind.BYLINE); // "Thiết kế: Lê An" made the page but did not write it
        }
        Optional<List<String>> names = shapes.byline(text);
        if (names.isPresent()) {
            Line l = new Line(text, Kind.BYLINE);
            l.names = names.get();
            return l;
        }
        return new Line(text, Kind.TEXT);
    }

    /** What the page structure says, when the words do not contradict it; null to decide from the words. */
    private Line classifyByRole(String text, LineRole role) {
        switch (role) {
            case CAPTION: {
                Line l = new Line(text, Kind.CAPTION);
                l.caption = shapes.caption(text).orElse(new Caption(text, Optional.empty()));
                return l;
            }
            case IMAGE_ALT:
                return new Line(text, Kind.IMAGE_ALT);
            case TEASER:
                // the heading of a related box is marked with its links; it is the box's label, not a link
                // so is the box's "see all" link ("Xem tất cả bài viết")
                return new Line(text, shapes.isRelatedHeading(text)
                        || LineShapes.isSeeAllLink(text, VietnameseNormalizer.key(text)) ? Kind.BOILERPLATE : Kind.TEASER);
            case WIDGET:
                return new Line(text, Kind.WIDGET);
            case FURNITURE:
                // a tool bar (font size, print, mail) inside the page's furniture is still a widget
                return new Line(text, shapes.isWidget(text)
                        || LineShapes.isToolWidget(text, VietnameseNormalizer.key(text)) ? Kind.WIDGET : Kind.BOILERPLATE);
            case TITLE:
                // A box marked "headline" also holds the date under the headline.
                return LineShapes.wordsAtMost(text, 40) && DatelineParser.parseLine(text).isEmpty()
                        && !LineShapes.isTimeStamp(text) ? new Line(text, Kind.TITLE) : null;
            case HEADING:
                if (shapes.isRelatedHeading(text)) {
                    return new Line(text, Kind.BOILERPLATE); // "Các tin khác" over a list of links
                }
                return LineShapes.hasTitleShape(text) ? new Line(text, Kind.HEADING) : null;
            case DATELINE: {
                Optional<Published> p = DatelineParser.findIn(text);
                if (p.isEmpty() || !LineShapes.wordsAtMost(text, 20)) {
                    return null;
                }
                Line l = new Line(text, Kind.DATELINE);
                l.published = p.get();
                return l;
            }
            case BYLINE: {
                if (!LineShapes.wordsAtMost(text, 12) || shapes.source(text).isPresent()) {
                    return null;
                }
                Line l = new Line(text, Kind.BYLINE);
                l.names = shapes.byline(text).orElse(List.of());
                return l;
            }
            default:
                return null;
        }
    }

    /**
     * A match centre or a data box printed as lines: a run of match events at their minutes and statistics of both
     * sides ("23' Bàn thắng! …", "Kiểm soát bóng: 56% - 44%") is a widget, as is the refresh time printed under a
     * widget ("Cập nhật lúc 15:30"). One such line alone may be prose; a run of them is the box.
     */
    private static void markDataBoxes(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind == Kind.DATELINE && l.published == null && LineShapes.isClock(l.text)
                    && previousKind(lines, i) == Kind.WIDGET) {
                l.kind = Kind.WIDGET;
                continue;
            }
            if (!l.isContent() || !LineShapes.isMatchData(l.text)) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && (lines.get(end).kind == Kind.BLANK
                    || lines.get(end).isContent() && LineShapes.isMatchData(lines.get(end).text))) {
                end++;
            }
            int run = 0;
            for (int j = i; j < end; j++) {
                run += lines.get(j).kind == Kind.BLANK ? 0 : 1;
            }
            if (run >= 2) {
                for (int j = i; j < end; j++) {
                    if (lines.get(j).kind != Kind.BLANK) {
                        lines.get(j).kind = Kind.WIDGET;
                    }
                }
                // the box's label right above ("Diễn biến chính", "Thống kê"): a few words, no sentence
                int label = i - 1;
                while (label >= 0 && lines.get(label).kind == Kind.BLANK) {
                    label--;
                }
                if (label >= 0 && lines.get(label).kind == Kind.TEXT && isBoxLabel(lines.get(label).text)) {
                    lines.get(label).kind = Kind.WIDGET;
                }
            }
            i = end - 1;
        }
    }

    /** Words of a data box's label at most. */
    private static final int MAX_BOX_LABEL_WORDS = 4;

    private static boolean isBoxLabel(String text) {
        return LineShapes.wordsAtMost(text, MAX_BOX_LABEL_WORDS) && !LineShapes.endsWithStop(text) && text.indexOf(':') < 0;
    }

    /** The kind of the nearest non-blank line above, or BLANK at the top. */
    private static Kind previousKind(List<Line> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (lines.get(j).kind != Kind.BLANK) {
                return lines.get(j).kind;
            }
        }
        return Kind.BLANK;
    }

    /** A caption's text is short: a paragraph of the story is longer than this many words. */
    private static final int MAX_CAPTION_WORDS = 35;

    /**
     * A caption printed over two lines, the description and then the credit alone ("Ảnh: Hà Phương"): the short
     * sentence right above a bare credit is the photo's description, not a paragraph.
     */
    private static void markSplitCaptions(List<Line> lines) {
        for (int i = 1; i < lines.size(); i++) {
            Line credit = lines.get(i);
            if (credit.kind != Kind.CAPTION || credit.caption == null || !credit.caption.text().isEmpty()
                    || credit.caption.credit().isEmpty()) {
                continue;
            }
            Line above = lines.get(i - 1);
            if (above.kind == Kind.TEXT && LineShapes.wordsAtMost(above.text, MAX_CAPTION_WORDS)
                    && !LineShapes.hasTitleShape(above.text) && !LineShapes.isDialogueTurn(above.text)) {
                above.kind = Kind.CAPTION;
                above.caption = new Caption(above.text, credit.caption.credit());
            }
        }
    }

    /** A page often ends with the cut-off start of another article ("… cuộc..."): a teaser, never body. */
    private static void markTruncatedTail(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (l.kind == Kind.BLANK || l.kind == Kind.WIDGET || l.kind == Kind.BOILERPLATE || l.kind == Kind.BREAK) {
                continue;
            }
            // … or a related link left alone at the end, its text printed twice.
            if ((l.kind == Kind.TEXT || l.kind == Kind.CAPTION) && LineShapes.endsTruncated(l.text)
                    || l.isContent() && LineShapes.isDoubledKey(l.key())) {
                l.kind = Kind.TEASER;
                continue;
            }
            return;
        }
    }

    /**
     * Under a related-articles heading ("Tin cùng chuyên mục:", "Bài viết cùng tác giả") come short link lines,
     * often bulleted ("- ", "› "): teasers, up to the first line that reads like prose.
     */
    private void markRelatedLists(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind != Kind.BOILERPLATE || !shapes.isRelatedHeading(lines.get(i).text, lines.get(i).key())) {
                continue;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                Line l = lines.get(j);
                if (l.kind == Kind.BLANK || l.kind == Kind.DATELINE || l.kind == Kind.TEASER) {
                    continue;
                }
                if (l.kind == Kind.BREAK || !l.isContent() && l.kind != Kind.BYLINE) {
                    break;
                }
                String t = l.text.replaceFirst("^[-–•›»>+*]\\s*", "");
                // a link's text is a headline, however long (an official document's full name): the list ends at prose
                if (isProse(t) || LineShapes.words(t) < 3) {
                    break;
                }
                l.kind = Kind.TEASER;
            }
        }
    }

    /** A paragraph of prose: sentences with their stops, or too long for any headline. */
    private static boolean isProse(String line) {
        return !LineShapes.wordsAtMost(line, 40) || LineShapes.isLeadLike(line) && LineShapes.endsWithStop(line);
    }

    /** An outlet's tag opening a paragraph ("SHO - ", "(LG) - "), known to the table or not. */
    private static final Pattern TAG_OPENING = Pattern.compile("^(?:\\p{Lu}[\\p{L}.]*\\s+)?\\(?[\\p{Lu}.+]{2,8}\\)?\\s*[-–—]\\s+\\S");

    /**
     * The paragraph printed under a related link ("Xem thêm: …") is that other article's lead when it opens with an
     * outlet's tag or is cut off: a teaser too.
     */
    private static void markLinkLeads(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind != Kind.TEASER || !LineShapes.isRelatedLink(lines.get(i).text, lines.get(i).key())) {
                continue;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                Line l = lines.get(j);
                if (l.kind == Kind.BLANK) {
                    continue;
                }
                if (l.kind == Kind.TEXT && (TAG_OPENING.matcher(l.text).find() || LineShapes.endsTruncated(l.text))) {
                    l.kind = Kind.TEASER;
                }
                break;
            }
        }
    }

    /** The line under a closing byline that says who the author is ("Phóng viên ban Quốc tế, …") is furniture. */
    private static void markAuthorBoxes(List<Line> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).kind == Kind.BYLINE && lines.get(i + 1).isContent()
                    && LineShapes.isAuthorRole(lines.get(i + 1).text, lines.get(i + 1).key())) {
                lines.get(i + 1).kind = Kind.BOILERPLATE;
            }
        }
    }

    /** Within this many lines of a widget line, a readers' comment (name, text) is still part of the thread. */
    private static final int MAX_COMMENT_GAP = 2;

    /**
     * Readers' comments printed under the article: from a comments heading ("Ý kiến (3)"), the commenters' names
     * and texts up to the last like/reply line. Comment texts read like body; what gives them away is the thread's
     * widgets every line or two, so the thread ends where the widget lines stop.
     */
    private static void markCommentThreads(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line head = lines.get(i);
            if (head.kind == Kind.BREAK || !LineShapes.isCommentsHeading(head.text, head.key())) {
                continue;
            }
            head.kind = Kind.WIDGET;
            int lastWidget = i;
            int gap = 0;
            for (int j = i + 1; j < lines.size(); j++) {
                Line l = lines.get(j);
                if (l.kind == Kind.BREAK) {
                    break;
                }
                if (l.kind == Kind.BLANK) {
                    continue;
                }
                if (l.kind == Kind.WIDGET) {
                    lastWidget = j;
                    gap = 0;
                } else if (++gap > MAX_COMMENT_GAP) {
                    break;
                }
            }
            for (int j = i + 1; j < lastWidget; j++) {
                Kind k = lines.get(j).kind;
                if (k != Kind.BLANK && k != Kind.BREAK) {
                    lines.get(j).kind = Kind.WIDGET;
                }
            }
            i = lastWidget;
        }
    }

    /**
     * A press release's closing "Về Tập đoàn X" block: the heading and the paragraphs under it that describe X
     * (the first opens with X's name) are the company's boilerplate, not the news.
     */
    private static void markAboutBlocks(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line head = lines.get(i);
            if (!head.isContent()) {
                continue;
            }
            Optional<String> name = LineShapes.aboutHeading(head.text);
            if (name.isEmpty()) {
                continue;
            }
            String nameKey = VietnameseNormalizer.key(name.get());
            int next = i + 1;
            while (next < lines.size() && lines.get(next).kind == Kind.BLANK) {
                next++;
            }
            if (next >= lines.size() || !lines.get(next).isContent() || !lines.get(next).key().startsWith(nameKey)) {
                continue;
            }
            head.kind = Kind.BOILERPLATE;
            for (int j = next; j < lines.size(); j++) {
                Line l = lines.get(j);
                if (l.kind == Kind.BLANK) {
                    continue;
                }
                if (!l.isContent()) {
                    break;
                }
                l.kind = Kind.BOILERPLATE;
            }
        }
    }

    /** Quotation marks that open and close a pull quote. */
    private static final String OPEN_QUOTES = "“\"«„‘'";
    private static final String CLOSE_QUOTES = "”\"»“’'";
    /**
     * A pull quote is a sentence: more words than an intertitle, which may quote a phrase of the section under it
     * ("“Những người bạn tốt nhất”") and is body.
     */
    private static final int MIN_PULL_QUOTE_WORDS = 13;

    /**
     * A magazine's pull quote: a paragraph that is only a quotation of a sentence, repeated from a paragraph above
     * it in the same article (a pull quote repeats what was read; an intertitle announces what follows). The repeat
     * is a duplicate, not body. Only whole-quote lines are checked, so the scan stays linear in practice.
     */
    private static void markPullQuotes(List<Line> lines, List<int[]> segments) {
        for (int[] seg : segments) {
            for (int i = seg[0]; i < seg[1]; i++) {
                Line l = lines.get(i);
                if (i == seg[2] || !l.isContent() || !isWholeQuote(l.text)) {
                    continue;
                }
                String inner = innerKey(l.key());
                if (LineShapes.wordsAtMost(inner, MIN_PULL_QUOTE_WORDS - 1)) {
                    continue;
                }
                for (int j = seg[0]; j < i; j++) {
                    Line other = lines.get(j);
                    if (j != i && j != seg[2] && other.kind == Kind.TEXT && other.key().length() > inner.length()
                            && other.key().contains(inner)) {
                        l.kind = Kind.DUPLICATE;
                        break;
                    }
                }
            }
        }
    }

    private static boolean isWholeQuote(String text) {
        String s = text.strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.length() > 2 && OPEN_QUOTES.indexOf(s.charAt(0)) >= 0
                && CLOSE_QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0
                && LineShapes.wordsAtMost(s, 60);
    }

    /** The key without its quotation marks and final stop. */
    private static String innerKey(String key) {
        int from = 0;
        int to = key.length();
        while (from < to && !Character.isLetterOrDigit(key.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(key.charAt(to - 1))) {
            to--;
        }
        return key.substring(from, to);
    }

    // ---- splitting ------------------------------------------------------------------------------------------

    /**
     * Segments of lines [from, to) with the index of their title line (or -1). A new article starts at a line
     * with a title's shape that a lead follows, once the current article has a body, and only when at least two
     * paragraphs follow it before the next such line; a shorter block is a related-article teaser when it looks
     * like one (a doubled link text, an outlet marker opening its paragraph), else an intertitle of the article.
     * With explicit article breaks from the page structure, only those split.
     */
    private List<int[]> segment(List<Line> lines, DocumentHints hints) {
        boolean structural = lines.stream().anyMatch(l -> l.kind == Kind.BREAK);
        String hintTitle = hints.title().map(t -> VietnameseNormalizer.key(outlets.stripSiteSuffix(
                VietnameseNormalizer.nfc(t.strip())))).orElse("");
        List<int[]> segs = new ArrayList<>(); // {from, to, title}
        int from = 0;
        int title = -1;
        int paragraphs = 0;
        // Whether the segment has shown prose yet: until then, a headline may still come, and what stood above it
        // (a top bar, a breadcrumb, a section label) was furniture.
        boolean proseSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (structural) {
                if (l.kind == Kind.BREAK && paragraphs > 0) {
                    segs.add(new int[] {from, i, title});
                    from = i;
                    title = -1;
                    paragraphs = 0;
                    proseSeen = false;
                } else if (l.isContent() && title < 0 && !proseSeen && isHeadline(lines, i, hintTitle)) {
                    demoteToFurniture(lines, from, i);
                    title = i;
                    paragraphs = 0;
                } else if (l.isContent()) {
                    paragraphs++;
                    proseSeen |= LineShapes.isLeadLike(l.text);
                }
                continue;
            }
            if (!l.isContent()) {
                continue;
            }
            if (title < 0 && !proseSeen && isHeadline(lines, i, hintTitle)) {
                demoteToFurniture(lines, from, i);
                title = i;
                paragraphs = 0;
            } else if (paragraphs >= MIN_ARTICLE_PARAGRAPHS && isSplitCandidate(lines, i)) {
                int after = paragraphsUntilNextCandidate(lines, i);
                if (after >= MIN_ARTICLE_PARAGRAPHS && (pageEvidence(lines, i) || topicChanges(lines, from, i))) {
                    int cut = leadingMetadataStart(lines, i);
                    segs.add(new int[] {from, cut, title});
                    from = cut;
                    title = i;
                    paragraphs = 0;
                } else if (looksLikeRelatedBox(lines, i)) {
                    i = markTeaser(lines, i);
                } else {
                    paragraphs++;
                }
            } else {
                paragraphs++;
                proseSeen |= LineShapes.isLeadLike(l.text);
            }
        }
        segs.add(new int[] {from, lines.size(), title});
        return segs;
    }

    /** The headline: marked as such by the page, equal to the page's own title, or a title's shape over a lead. */
    private static boolean isHeadline(List<Line> lines, int i, String hintTitle) {
        Line l = lines.get(i);
        return l.kind == Kind.TITLE || !hintTitle.isEmpty() && l.key().equals(hintTitle)
                || startsArticle(lines, i);
    }

    /** Lines above the headline that are not datelines (site bars, breadcrumbs, section labels) are furniture. */
    private static void demoteToFurniture(List<Line> lines, int from, int headline) {
        for (int j = from; j < headline; j++) {
            Line l = lines.get(j);
            if (l.isContent() || l.kind == Kind.BYLINE) {
                // "Kỳ 1: …" above the headline of part two links to another part of the series
                l.kind = l.isContent() && LineShapes.isSeriesPart(l.text) ? Kind.TEASER : Kind.BOILERPLATE;
            }
        }
    }

    private static boolean isSplitCandidate(List<Line> lines, int i) {
        Line l = lines.get(i);
        // "1. Thời gian đăng ký": a numbered heading is a step of a listicle, not the title of another article.
        // "PV: Ông có khuyến nghị gì?": an interviewer's turn is part of the interview.
        return (l.kind == Kind.TITLE || !LineShapes.wordsAtMost(l.text, MIN_SPLIT_TITLE_WORDS - 1))
                && !NUMBERED_HEADING.matcher(l.text).find() && !LineShapes.isDialogueTurn(l.text)
                && startsArticle(lines, i);
    }

    private static int paragraphsUntilNextCandidate(List<Line> lines, int title) {
        int n = 0;
        for (int j = title + 1; j < lines.size(); j++) {
            if (!lines.get(j).isContent()) {
                continue;
            }
            if (n >= 1 && isSplitCandidate(lines, j)) {
                break;
            }
            n++;
        }
        return n;
    }

    /**
     * Whether the page shows, around a headline-shaped line, the furniture that comes with an article: a dateline,
     * byline, credit, photo caption, widget or teaser at the head of the new block (down to its third paragraph)
     * or at the tail of the one before, or an outlet's marker opening its lead. An intertitle inside one article's
     * body reads exactly like a headline (a short line, no final stop, a lead-length paragraph under it), so the
     * shape alone would split one real article at each of its subheadings; the page around a new article is what
     * tells the two apart.
     */
    private boolean pageEvidence(List<Line> lines, int candidate) {
        for (int j = candidate - 1; j >= 0 && !lines.get(j).isContent(); j--) {
            if (isArticleFurniture(lines.get(j).kind)) {
                return true;
            }
        }
        int content = 0;
        for (int j = candidate + 1; j < lines.size() && content < 3; j++) {
            Line l = lines.get(j);
            if (l.kind == Kind.BREAK) {
                return false;
            }
            if (l.isContent()) {
                if (content == 0 && outlets.markerAt(l.text).isPresent()) {
                    return true;
                }
                content++;
            } else if (isArticleFurniture(l.kind)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArticleFurniture(Kind k) {
        return k == Kind.DATELINE || k == Kind.BYLINE || k == Kind.SOURCE || k == Kind.CAPTION || k == Kind.IMAGE_ALT
                || k == Kind.WIDGET || k == Kind.BOILERPLATE || k == Kind.TEASER;
    }

    /** Below this share of shared word pairs, the block under a headline is about something else entirely. */
    private static final double MAX_TOPIC_OVERLAP = 0.03;

    /**
     * A bare text with no furniture at all: a new article only when the block under the headline (down to the
     * next headline-shaped line) shares almost none of its word pairs (adjacent syllables, roughly Vietnamese
     * words) with the article so far. Sections of one article keep its names and terms; a different story does not.
     * A question is never split on topic alone: in an interview each question opens a new subject.
     */
    private static boolean topicChanges(List<Line> lines, int from, int candidate) {
        if (lines.get(candidate).text.endsWith("?")) {
            return false; // an interviewer's question moves to a new subject inside the one interview
        }
        Set<String> before = wordPairs(lines, from, candidate);
        int end = candidate + 1;
        for (int content = 0; end < lines.size(); end++) {
            if (lines.get(end).isContent() && ++content > 1 && isSplitCandidate(lines, end)) {
                break;
            }
        }
        Set<String> after = wordPairs(lines, candidate, end);
        if (after.isEmpty() || before.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String pair : after) {
            if (before.contains(pair)) {
                shared++;
            }
        }
        return (double) shared / after.size() < MAX_TOPIC_OVERLAP;
    }

    private static Set<String> wordPairs(List<Line> lines, int from, int to) {
        Set<String> out = new HashSet<>();
        for (int i = from; i < to; i++) {
            Line l = lines.get(i);
            if (!l.isContent()) {
                continue;
            }
            out.addAll(LineShapes.wordPairs(l.key()));
        }
        return out;
    }

    /** A related-article box: its link text printed twice, or its one paragraph opening with an outlet marker. */
    private boolean looksLikeRelatedBox(List<Line> lines, int title) {
        if (LineShapes.isDoubledKey(lines.get(title).key())) {
            return true;
        }
        for (int j = title + 1; j < lines.size(); j++) {
            if (lines.get(j).isContent()) {
                return outlets.markerAt(lines.get(j).text).isPresent();
            }
        }
        return false;
    }

    /** The box's title, its paragraph and the byline or date printed with it become teaser lines. */
    private static int markTeaser(List<Line> lines, int title) {
        lines.get(title).kind = Kind.TEASER;
        int j = title + 1;
        boolean paragraphSeen = false;
        for (; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (l.isContent()) {
                if (paragraphSeen) {
                    break;
                }
                paragraphSeen = true;
                l.kind = Kind.TEASER;
            } else if (l.kind == Kind.BYLINE || l.kind == Kind.DATELINE || l.kind == Kind.SOURCE) {
                l.kind = Kind.TEASER;
            } else if (l.kind != Kind.BLANK) {
                break;
            }
        }
        return j - 1;
    }

    /** A title's shape, then (past datelines, bylines and photos) a lead. */
    private static boolean startsArticle(List<Line> lines, int i) {
        Line l = lines.get(i);
        if (l.kind != Kind.TITLE && !LineShapes.hasTitleShape(l.text)) {
            return false;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            Line n = lines.get(j);
            if (n.kind == Kind.BREAK) {
                return false;
            }
            if (n.isContent()) {
                // "Tư vấn pháp luật" over "Con riêng có được …?" and its date: the column's label over the headline
                return n.kind == Kind.TEXT && LineShapes.isLeadLike(n.text) && !headlineOverDateline(lines, j);
            }
        }
        return false;
    }

    /** A headline-shaped line with the date printed right under it: it is the headline, whatever stands above. */
    private static boolean headlineOverDateline(List<Line> lines, int i) {
        if (!LineShapes.hasTitleShape(lines.get(i).text)) {
            return false;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            Kind k = lines.get(j).kind;
            if (k != Kind.BLANK) {
                return k == Kind.DATELINE;
            }
        }
        return false;
    }

    /** Datelines printed just above the next title belong to that next article. */
    private static int leadingMetadataStart(List<Line> lines, int titleIndex) {
        int cut = titleIndex;
        for (int j = titleIndex - 1; j >= 0; j--) {
            Kind k = lines.get(j).kind;
            if (k == Kind.DATELINE || k == Kind.BLANK) {
                if (k == Kind.DATELINE) {
                    cut = j;
                }
                continue;
            }
            break;
        }
        return cut;
    }

    // ---- articles -------------------------------------------------------------------------------------------

    private Optional<Article> build(RawDocument doc, List<Line> lines, int[] seg, int index, boolean severalArticles,
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
            Line l = lines.get(i);
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
                            if (outletFromText == null) {
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
            Optional<Published> fromHint = hints.published().flatMap(Published::parse).map(PageCleaner::inVietnam);
            if (fromHint.isPresent() && (given || trustworthy(fromHint.get(), hints)
                    && (published == null || published.date().equals(fromHint.get().date())))) {
                // The visible dateline wins over page metadata that names another day (a template default, a
                // modification date); on the same day the metadata is kept, as it is usually the more exact.
                finalPublished = fromHint;
            } else if (finalPublished.isEmpty()) {
                finalPublished = hints.url().flatMap(PageCleaner::dateInUrl);
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
    private static List<String> pageNames(DocumentHints hints, List<Line> lines, int[] seg) {
        List<String> names = new ArrayList<>();
        hints.outlet().filter(o -> !o.contains(".") || o.contains(" ")).ifPresent(names::add);
        int end = seg[2] >= 0 ? seg[2] : Math.min(seg[1], seg[0] + 6);
        for (int i = seg[0]; i < end; i++) {
            Line l = lines.get(i);
            if (l.kind == Kind.BOILERPLATE && LineShapes.words(l.text) <= 6 && l.text.matches("[\\p{L} ]+")) {
                names.add(l.text);
            }
        }
        for (int i = seg[0]; i < seg[1]; i++) {
            Line l = lines.get(i);
            // "Tuổi Mới Online" printed as the byline: the outlet signs its own article.
            if (l.kind == Kind.BYLINE && LineShapes.isPublicationName(l.text)) {
                names.add(l.text);
            }
        }
        return names;
    }

    /** The outlet codes the article's bylines end with ("/LGTV", "(TTXVN)"). */
    private static Set<String> bylineCodes(List<Line> lines, int[] seg) {
        Set<String> codes = new HashSet<>();
        for (int i = seg[0]; i < seg[1]; i++) {
            if (lines.get(i).kind == Kind.BYLINE) {
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
