package io.thoisu.clean;

import io.thoisu.model.DocumentHints;
import io.thoisu.text.VietnameseNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where the articles of a page start: the headline (marked by the page, equal to the page's title, or a
 * title's shape over a lead), and, on a page that runs several articles together, each further headline that the
 * page's furniture or a change of topic confirms; a short block under a headline-shaped line is a teaser box or an
 * intertitle. Immutable and thread-safe.
 */
final class ArticleSplitter {
    private final Outlets outlets;

    ArticleSplitter(Outlets outlets) {
        this.outlets = outlets;
    }

    /** Below this many words a short heading inside an article is an intertitle, never the title of a new article. */
    private static final int MIN_SPLIT_TITLE_WORDS = 6;

    /** An article needs this many paragraphs; a title with fewer after it is a teaser box or an intertitle. */
    private static final int MIN_ARTICLE_PARAGRAPHS = 2;

    /** The value of a row of facts is a few words (as many as a fact box allows, {@link DataRuns}). */
    private static final int MAX_FACT_VALUE_WORDS = 12;

    /** At most this many untitled content lines stand above a page's first dated headline as its top furniture. */
    private static final int MAX_TOP_LINES = 3;

    /** "1. Thời gian", "Ngày 3: Đỉnh núi", "Bước 2: Ướp cá": a numbered part of one story (a step, a day, a part). */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(?:\\d{1,2}\\s*[.)/:]|\\p{Lu}\\p{Ll}*\\s+\\d{1,2}\\s*[:.])\\s+\\p{L}");

    /**
     * Segments of lines [from, to) with the index of their title line (or -1). A new article starts at a line
     * with a title's shape that a lead follows, once the current article has a body, and only when at least two
     * paragraphs follow it before the next such line; a shorter block is a related-article teaser when it looks
     * like one (a doubled link text, an outlet marker opening its paragraph), else an intertitle of the article.
     * With explicit article breaks from the page structure, only those split.
     */
    List<int[]> segment(List<PageLine> lines, DocumentHints hints) {
        boolean structural = lines.stream().anyMatch(l -> l.kind == LineKind.BREAK);
        String hintTitle = hints.title().map(t -> VietnameseNormalizer.key(outlets.stripSiteSuffix(
                VietnameseNormalizer.nfc(t.strip())))).orElse("");
        if (!structural) {
            List<int[]> digest = digestSegments(lines);
            if (!digest.isEmpty()) {
                return digest;
            }
        }
        List<int[]> segs = new ArrayList<>(); // {from, to, title}
        int from = 0;
        int title = -1;
        int paragraphs = 0;
        // Whether the segment has shown prose yet: until then, a headline may still come, and what stood above it
        // (a top bar, a breadcrumb, a section label) was furniture.
        boolean proseSeen = false;
        // Whether a paragraph of sentences (lead-like, ending in a stop) has come since the segment's title: a tool's
        // line or a menu under a title-shaped line reads like a lead but ends no sentence.
        boolean sentenceSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            if (structural) {
                if (l.kind == LineKind.BREAK && paragraphs > 0) {
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
                sentenceSeen = false;
            } else if (paragraphs >= MIN_ARTICLE_PARAGRAPHS && isSplitCandidate(lines, i)) {
                int after = paragraphsUntilNextCandidate(lines, i);
                if (segs.isEmpty() && (title < 0 || !sentenceSeen && !headlineOverDateline(lines, title))
                        && paragraphs <= MAX_TOP_LINES && after >= MIN_ARTICLE_PARAGRAPHS
                        && headlineOverDateline(lines, i) && startsArticle(lines, i)) {
                    // The page's first headline, its date under it, a few untitled lines above (a banner, a notice
                    // too long to read as a bar, a tool's line that looked like a title over no prose and no
                    // date): those lines are the page's top, not an article of their own.
                    demoteToFurniture(lines, from, i);
                    title = i;
                    paragraphs = 0;
                } else if (after >= MIN_ARTICLE_PARAGRAPHS && (pageEvidence(lines, i, title) || topicChanges(lines, from, i))) {
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
                sentenceSeen |= LineShapes.isLeadLike(l.text) && LineShapes.endsWithStop(l.text);
            }
        }
        segs.add(new int[] {from, lines.size(), title});
        return segs;
    }

    /** The headline: marked as such by the page, equal to the page's own title, or a title's shape over a lead. */
    private static boolean isHeadline(List<PageLine> lines, int i, String hintTitle) {
        PageLine l = lines.get(i);
        // a headline-shaped line with the date right under it is the headline, whatever follows the date (a
        // claim box, a player, a credit before the lead)
        return l.kind == LineKind.TITLE || !hintTitle.isEmpty() && l.key().equals(hintTitle)
                || startsArticle(lines, i) || !l.tableRow && headlineOverDateline(lines, i) && !headlineBelow(lines, i);
    }

    /**
     * Whether a headline (a title's shape over a lead, not a box label in capitals) stands below line i before the
     * first paragraph of prose: then line i, even with a date under it, is a masthead or a section label.
     */
    private static boolean headlineBelow(List<PageLine> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            PageLine n = lines.get(j);
            if (n.kind == LineKind.BREAK || n.kind == LineKind.TEXT && LineShapes.isLeadLike(n.text)) {
                return false;
            }
            // a headline has a headline's length: a box's short label over the lead ("Ít điểm bán") is none
            if (n.isContent() && !n.text.equals(n.text.toUpperCase(java.util.Locale.ROOT))
                    && !LineShapes.wordsAtMost(n.text, MIN_SPLIT_TITLE_WORDS - 1) && startsArticle(lines, j)) {
                return true;
            }
        }
        return false;
    }

    /** Lines above the headline that are not datelines (site bars, breadcrumbs, section labels) are furniture. */
    private static void demoteToFurniture(List<PageLine> lines, int from, int headline) {
        for (int j = from; j < headline; j++) {
            PageLine l = lines.get(j);
            if (l.kind == LineKind.BYLINE && !l.names.isEmpty() && LineShapes.hasBylinePrefix(l.text)) {
                continue; // "Bút ký của X", "Bài: X" above the headline: a signature by its own words, not a label
            }
            if (l.isContent() || l.kind == LineKind.BYLINE) {
                // "Kỳ 1: …" above the headline of part two links to another part of the series
                l.kind = l.isContent() && LineShapes.isSeriesPart(l.text) ? LineKind.TEASER : LineKind.BOILERPLATE;
            }
        }
    }

    private static boolean isSplitCandidate(List<PageLine> lines, int i) {
        PageLine l = lines.get(i);
        // "1. Thời gian đăng ký": a numbered heading is a step of a listicle, not the title of another article.
        // "PV: Ông có khuyến nghị gì?": an interviewer's turn is part of the interview.
        return (l.kind == LineKind.TITLE || !LineShapes.wordsAtMost(l.text, MIN_SPLIT_TITLE_WORDS - 1))
                && !NUMBERED_HEADING.matcher(l.text).find() && !LineShapes.isDialogueTurn(l.text)
                && !inFactRun(lines, i) && startsArticle(lines, i);
    }

    /**
     * "Số doanh nghiệp tham gia: 34" among "Thời gian: …" and "Địa điểm: …": a row of a list of facts, next to another
     * row of the same shape, is never the title of another article.
     */
    private static boolean inFactRun(List<PageLine> lines, int i) {
        String text = lines.get(i).text;
        int colon = text.indexOf(':');
        // the row itself may have a long label ("Lệ phí đăng ký cho cự ly bán marathon và marathon: 450.000 đồng"),
        // its value is short and no sentence; a neighbour is a plain fact row
        if (colon < 0 || LineShapes.endsWithStop(text) || LineShapes.isDialogueTurn(text)
                || !LineShapes.wordsAtMost(text.substring(colon + 1), MAX_FACT_VALUE_WORDS)) {
            return false;
        }
        for (int step = -1; step <= 1; step += 2) {
            for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
                PageLine n = lines.get(j);
                if (n.kind == LineKind.BLANK) {
                    continue;
                }
                if (n.isContent() && DataRuns.isFactRow(n.text)) {
                    return true;
                }
                break;
            }
        }
        return false;
    }

    private static int paragraphsUntilNextCandidate(List<PageLine> lines, int title) {
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
     * byline, credit, photo caption, widget or teaser at the head of the new block (down to its third paragraph;
     * under a line the page marks as a subheading, or a question, only a date, byline or photo counts past the
     * first paragraph) or at the tail of the one before, or an outlet's marker opening its lead. An intertitle inside one article's
     * body reads exactly like a headline (a short line, no final stop, a lead-length paragraph under it), so the
     * shape alone would split one real article at each of its subheadings; the page around a new article is what
     * tells the two apart.
     */
    private boolean pageEvidence(List<PageLine> lines, int candidate, int title) {
        // An intertitle the page marks as a subheading (under a headline it marks as the headline), or one that asks
        // the question its section answers: the boxes after its paragraphs are the page's tail, not a new article's.
        boolean intertitle = lines.get(candidate).text.endsWith("?")
                || lines.get(candidate).kind == LineKind.HEADING && title >= 0 && lines.get(title).kind == LineKind.TITLE;
        for (int j = candidate - 1; j >= 0 && !lines.get(j).isContent(); j--) {
            if (isArticleFurniture(lines.get(j).kind)) {
                return true;
            }
        }
        int content = 0;
        for (int j = candidate + 1; j < lines.size() && content < 3; j++) {
            PageLine l = lines.get(j);
            if (l.kind == LineKind.BREAK) {
                return false;
            }
            if (l.isContent()) {
                if (content == 0 && outlets.markerAt(l.text).isPresent()) {
                    return true;
                }
                content++;
            } else if (content == 0 || !intertitle ? isArticleFurniture(l.kind) : isArticleHead(l.kind)) {
                // under an intertitle's paragraphs, a list's heading or a box is the page's tail, not the head of a
                // new article; a date, a byline or a photo is still a new article's
                return true;
            }
        }
        return false;
    }

    private static boolean isArticleHead(LineKind k) {
        return k == LineKind.DATELINE || k == LineKind.BYLINE || k == LineKind.SOURCE || k == LineKind.CAPTION || k == LineKind.IMAGE_ALT;
    }

    private static boolean isArticleFurniture(LineKind k) {
        return k == LineKind.DATELINE || k == LineKind.BYLINE || k == LineKind.SOURCE || k == LineKind.CAPTION || k == LineKind.IMAGE_ALT
                || k == LineKind.WIDGET || k == LineKind.BOILERPLATE || k == LineKind.TEASER;
    }

    /** Below this share of shared word pairs, the block under a headline is about something else entirely. */
    private static final double MAX_TOPIC_OVERLAP = 0.03;

    /**
     * A bare text with no furniture at all: a new article only when the block under the headline (down to the
     * next headline-shaped line) shares almost none of its word pairs (adjacent syllables, roughly Vietnamese
     * words) with the article so far. Sections of one article keep its names and terms; a different story does not.
     * A question is never split on topic alone: in an interview each question opens a new subject.
     */
    private static boolean topicChanges(List<PageLine> lines, int from, int candidate) {
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

    private static Set<String> wordPairs(List<PageLine> lines, int from, int to) {
        Set<String> out = new HashSet<>();
        for (int i = from; i < to; i++) {
            PageLine l = lines.get(i);
            if (!l.isContent()) {
                continue;
            }
            out.addAll(LineShapes.wordPairs(l.key()));
        }
        return out;
    }

    /** A related-article box: its link text printed twice, or its one paragraph opening with an outlet marker. */
    private boolean looksLikeRelatedBox(List<PageLine> lines, int title) {
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
    private static int markTeaser(List<PageLine> lines, int title) {
        lines.get(title).kind = LineKind.TEASER;
        int j = title + 1;
        boolean paragraphSeen = false;
        for (; j < lines.size(); j++) {
            PageLine l = lines.get(j);
            if (l.isContent()) {
                if (paragraphSeen) {
                    break;
                }
                paragraphSeen = true;
                l.kind = LineKind.TEASER;
            } else if (l.kind == LineKind.BYLINE || l.kind == LineKind.DATELINE || l.kind == LineKind.SOURCE) {
                l.kind = LineKind.TEASER;
            } else if (l.kind != LineKind.BLANK) {
                break;
            }
        }
        return j - 1;
    }

    /** A title's shape, then (past datelines, bylines and photos) a lead. */
    private static boolean startsArticle(List<PageLine> lines, int i) {
        PageLine l = lines.get(i);
        if (l.tableRow || l.kind != LineKind.TITLE && !LineShapes.hasTitleShape(l.text)) {
            return false; // a table's header row has a title's shape over the rows of the table
        }
        for (int j = i + 1; j < lines.size(); j++) {
            PageLine n = lines.get(j);
            if (n.kind == LineKind.BREAK) {
                return false;
            }
            if (n.isContent()) {
                // "Tư vấn pháp luật" over "Con riêng có được …?" and its date: the column's label over the headline
                return n.kind == LineKind.TEXT && LineShapes.isLeadLike(n.text) && !headlineOverDateline(lines, j);
            }
        }
        return false;
    }

    /** A headline-shaped line with the date printed right under it: it is the headline, whatever stands above. */
    private static boolean headlineOverDateline(List<PageLine> lines, int i) {
        if (!LineShapes.hasTitleShape(lines.get(i).text)) {
            return false;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            LineKind k = lines.get(j).kind;
            if (k != LineKind.BLANK) {
                return k == LineKind.DATELINE;
            }
        }
        return false;
    }

    /** Datelines printed just above the next title belong to that next article. */
    private static int leadingMetadataStart(List<PageLine> lines, int titleIndex) {
        int cut = titleIndex;
        for (int j = titleIndex - 1; j >= 0; j--) {
            LineKind k = lines.get(j).kind;
            if (k == LineKind.DATELINE || k == LineKind.BLANK) {
                if (k == LineKind.DATELINE) {
                    cut = j;
                }
                continue;
            }
            break;
        }
        return cut;
    }

    /** A digest holds at least this many items, each closed by its "read more" link. */
    private static final int MIN_DIGEST_ITEMS = 2;

    /** "Đọc tiếp", "Xem tiếp", "Đọc thêm", "Xem chi tiết" (an arrow after them stripped): the link closing an item. */
    private static final Pattern READ_MORE = Pattern.compile(
            "^(?:đọc|xem)\\s+(?:tiếp|thêm|chi tiết|toàn bộ|bài viết|đầy đủ)(?:\\s+(?:bài|tin|bài viết))?\\s*[→›»>.…]*$");

    static boolean isReadMore(PageLine l) {
        return l.kind != LineKind.BLANK && l.kind != LineKind.BREAK && l.text.length() < 40
                && READ_MORE.matcher(l.key().strip()).matches();
    }

    /**
     * A digest (a newsletter, a front page of summaries): items of a headline, a paragraph or two and a "read more"
     * link, one after another. Each link closes an item, so each block between two links (the first from the top)
     * is one article under its headline, however short; what stands above the first headline (the digest's name,
     * its date, a greeting) is the digest's furniture. Empty when the page is not one: fewer than two links, or a
     * block without a headline over a paragraph.
     */
    private static List<int[]> digestSegments(List<PageLine> lines) {
        List<Integer> links = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isReadMore(lines.get(i))) {
                links.add(i);
            }
        }
        if (links.size() < MIN_DIGEST_ITEMS) {
            return List.of();
        }
        List<int[]> segs = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < links.size(); k++) {
            int link = links.get(k);
            int headline = -1;
            int paragraphs = 0;
            for (int j = from; j < link; j++) {
                if (!lines.get(j).isContent()) {
                    continue;
                }
                if (headline < 0) {
                    if (startsArticle(lines, j) && !LineShapes.wordsAtMost(lines.get(j).text, MIN_SPLIT_TITLE_WORDS - 1)) {
                        headline = j;
                    }
                } else {
                    paragraphs++;
                }
            }
            if (headline < 0 || paragraphs == 0) {
                return List.of();
            }
            segs.add(new int[] {from, 0, headline});
            from = link + 1;
        }
        for (int link : links) {
            lines.get(link).kind = LineKind.BOILERPLATE; // the item's link, whatever its words looked like
        }
        // each item runs up to the next item's first line; the last one to the page's end
        for (int k = 0; k < segs.size(); k++) {
            segs.get(k)[1] = k + 1 < segs.size() ? segs.get(k + 1)[0] : lines.size();
        }
        // the items' headlines are known: above the first, only the digest's furniture (its date kept as a date)
        demoteToFurniture(lines, 0, segs.get(0)[2]);
        return segs;
    }
}
