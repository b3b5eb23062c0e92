package io.thoisu.clean;

import io.thoisu.model.Caption;
import io.thoisu.text.VietnameseNormalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Passes over blocks of classified lines, where a line's kind depends on its neighbours: a match centre's run of
 * data lines, a caption split over two lines, the teaser cut off at a page's end, the links under a related
 * heading, an author box, a readers' comment thread, a press release's "about" block, a pull quote repeated from
 * the text. Immutable and thread-safe.
 */
final class PageBlocks {
    private final LineShapes shapes;

    PageBlocks(LineShapes shapes) {
        this.shapes = shapes;
    }

    /**
     * A match centre or a data box printed as lines: a run of match events at their minutes and statistics of both
     * sides ("23' Bàn thắng! …", "Kiểm soát bóng: 56% - 44%") is a widget, as is the refresh time printed under a
     * widget ("Cập nhật lúc 15:30"). One such line alone may be prose; a run of them is the box.
     */
    static void markDataBoxes(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            if (l.kind == LineKind.DATELINE && l.published == null && DataRuns.isClock(l.text)
                    && previousKind(lines, i) == LineKind.WIDGET) {
                l.kind = LineKind.WIDGET;
                continue;
            }
            if (!l.isContent() || !DataRuns.isMatchData(l.text)) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && (lines.get(end).kind == LineKind.BLANK
                    || lines.get(end).isContent() && DataRuns.isMatchData(lines.get(end).text))) {
                end++;
            }
            int run = 0;
            for (int j = i; j < end; j++) {
                run += lines.get(j).kind == LineKind.BLANK ? 0 : 1;
            }
            if (run >= 2) {
                for (int j = i; j < end; j++) {
                    if (lines.get(j).kind != LineKind.BLANK) {
                        lines.get(j).kind = LineKind.WIDGET;
                    }
                }
                // the box's label right above ("Diễn biến chính", "Thống kê"): a few words, no sentence
                int label = i - 1;
                while (label >= 0 && lines.get(label).kind == LineKind.BLANK) {
                    label--;
                }
                if (label >= 0 && lines.get(label).kind == LineKind.TEXT && isBoxLabel(lines.get(label).text)) {
                    lines.get(label).kind = LineKind.WIDGET;
                }
            }
            i = end - 1;
        }
    }

    /** Words of a data box's label at most. */
    private static final int MAX_BOX_LABEL_WORDS = 4;

    static boolean isBoxLabel(String text) {
        return LineShapes.wordsAtMost(text, MAX_BOX_LABEL_WORDS) && !LineShapes.endsWithStop(text) && text.indexOf(':') < 0;
    }

    /** The kind of the nearest non-blank line above, or BLANK at the top. */
    private static LineKind previousKind(List<PageLine> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (lines.get(j).kind != LineKind.BLANK) {
                return lines.get(j).kind;
            }
        }
        return LineKind.BLANK;
    }

    /** A caption's text is short: a paragraph of the story is longer than this many words. */
    private static final int MAX_CAPTION_WORDS = 35;

    /**
     * A caption printed over two lines, the description and then the credit alone ("Ảnh: Hà Phương"): the short
     * sentence right above a bare credit is the photo's description, not a paragraph.
     */
    static void markSplitCaptions(List<PageLine> lines) {
        for (int i = 1; i < lines.size(); i++) {
            PageLine credit = lines.get(i);
            if (credit.kind != LineKind.CAPTION || credit.caption == null || !credit.caption.text().isEmpty()
                    || credit.caption.credit().isEmpty()) {
                continue;
            }
            PageLine above = lines.get(i - 1);
            if (above.kind == LineKind.TEXT && LineShapes.wordsAtMost(above.text, MAX_CAPTION_WORDS)
                    && !LineShapes.hasTitleShape(above.text) && !LineShapes.isDialogueTurn(above.text)) {
                above.kind = LineKind.CAPTION;
                above.caption = new Caption(above.text, credit.caption.credit());
            }
        }
    }

    /** A page often ends with the cut-off start of another article ("… cuộc..."): a teaser, never body. */
    static void markTruncatedTail(List<PageLine> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            PageLine l = lines.get(i);
            if (l.kind == LineKind.BLANK || l.kind == LineKind.WIDGET || l.kind == LineKind.BOILERPLATE || l.kind == LineKind.BREAK) {
                continue;
            }
            // … or a related link left alone at the end, its text printed twice.
            if ((l.kind == LineKind.TEXT || l.kind == LineKind.CAPTION) && LineShapes.endsTruncated(l.text)
                    || l.isContent() && LineShapes.isDoubledKey(l.key())) {
                l.kind = LineKind.TEASER;
                continue;
            }
            return;
        }
    }

    /**
     * Under a related-articles heading ("Tin cùng chuyên mục:", "Bài viết cùng tác giả") come short link lines,
     * often bulleted ("- ", "› "): teasers, up to the first line that reads like prose.
     */
    void markRelatedLists(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind != LineKind.BOILERPLATE || !RelatedLinks.isRelatedHeading(lines.get(i).text, lines.get(i).key())) {
                continue;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                PageLine l = lines.get(j);
                if (l.kind == LineKind.BLANK || l.kind == LineKind.DATELINE || l.kind == LineKind.TEASER) {
                    continue;
                }
                if (l.kind == LineKind.BREAK || !l.isContent() && l.kind != LineKind.BYLINE) {
                    break;
                }
                String t = l.text.replaceFirst("^[-–•›»>+*]\\s*", "");
                // a link's text is a headline, however long (an official document's full name): the list ends at prose
                if (isProse(t) || LineShapes.words(t) < 3) {
                    break;
                }
                l.kind = LineKind.TEASER;
            }
        }
    }

    /** A paragraph of prose: sentences with their stops, or too long for any headline. */
    private static boolean isProse(String line) {
        // a headline may ask ("Cấm xe khách qua đèo vào ban đêm?"): one short question is still a link's text
        boolean question = line.strip().endsWith("?") && LineShapes.wordsAtMost(line, MAX_QUESTION_HEADLINE_WORDS)
                && LineShapes.hasTitleShape(line);
        return !LineShapes.wordsAtMost(line, 40) || !question && LineShapes.isLeadLike(line) && LineShapes.endsWithStop(line);
    }

    /** A headline that asks a question has at most this many words. */
    private static final int MAX_QUESTION_HEADLINE_WORDS = 20;

    /**
     * A table of contents: its entries repeat, word for word, the section heads further down the page ("Nội dung
     * chính", then the four intertitles). Two or more such lines in a row are duplicates of the heads, and the short
     * label above them is the box's.
     */
    static void markContentsLists(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!isContentsEntry(lines, i)) {
                continue;
            }
            int end = i + 1;
            int run = 1;
            while (end < lines.size() && (lines.get(end).kind == LineKind.BLANK || isContentsEntry(lines, end))) {
                run += lines.get(end).kind == LineKind.BLANK ? 0 : 1;
                end++;
            }
            if (run >= 2) {
                for (int j = i; j < end; j++) {
                    if (lines.get(j).kind != LineKind.BLANK) {
                        lines.get(j).kind = LineKind.DUPLICATE;
                    }
                }
                int label = i - 1;
                while (label >= 0 && lines.get(label).kind == LineKind.BLANK) {
                    label--;
                }
                if (label >= 0 && (lines.get(label).isContent() || lines.get(label).kind == LineKind.TEASER)
                        && isBoxLabel(lines.get(label).text)) {
                    lines.get(label).kind = LineKind.BOILERPLATE;
                }
            }
            i = end - 1;
        }
    }

    /** A short line (a link or text) whose words come again further down as a section head over a paragraph. */
    private static boolean isContentsEntry(List<PageLine> lines, int i) {
        PageLine l = lines.get(i);
        if (!(l.isContent() || l.kind == LineKind.TEASER) || !LineShapes.wordsAtMost(l.text, MAX_CONTENTS_ENTRY_WORDS)
                || l.key().isEmpty()) {
            return false;
        }
        String key = withoutNumber(l.key());
        for (int j = i + 1; j < lines.size(); j++) {
            PageLine later = lines.get(j);
            if (later.isContent() && LineShapes.hasTitleShape(later.text) && withoutNumber(later.key()).equals(key)
                    && isOverProse(lines, j)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutNumber(String key) {
        return key.replaceFirst("^\\d{1,2}\\s*[.)]\\s*", "");
    }

    /** The next content line under line j is text, not another head or entry: j heads a section. */
    private static boolean isOverProse(List<PageLine> lines, int j) {
        for (int k = j + 1; k < lines.size(); k++) {
            PageLine n = lines.get(k);
            if (n.isContent()) {
                return LineShapes.isLeadLike(n.text) || !LineShapes.hasTitleShape(n.text);
            }
        }
        return false;
    }

    /** A contents entry is a section head: at most this many words. */
    private static final int MAX_CONTENTS_ENTRY_WORDS = 15;

    /** An outlet's tag opening a paragraph ("SHO - ", "(LG) - "), known to the table or not. */
    private static final Pattern TAG_OPENING = Pattern.compile("^(?:\\p{Lu}[\\p{L}.]*\\s+)?\\(?[\\p{Lu}.+]{2,8}\\)?\\s*[-–—]\\s+\\S");

    /**
     * The paragraph printed under a related link ("Xem thêm: …") is that other article's lead when it opens with an
     * outlet's tag or is cut off: a teaser too.
     */
    static void markLinkLeads(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind != LineKind.TEASER || !RelatedLinks.isRelatedLink(lines.get(i).text, lines.get(i).key())) {
                continue;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                PageLine l = lines.get(j);
                if (l.kind == LineKind.BLANK) {
                    continue;
                }
                if (l.kind == LineKind.TEXT && (TAG_OPENING.matcher(l.text).find() || LineShapes.endsTruncated(l.text))) {
                    l.kind = LineKind.TEASER;
                }
                break;
            }
        }
    }

    /** The line under a closing byline that says who the author is ("Phóng viên ban Quốc tế, …") is furniture. */
    static void markAuthorBoxes(List<PageLine> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).kind == LineKind.BYLINE && lines.get(i + 1).isContent()
                    && AuthorLines.isAuthorRole(lines.get(i + 1).text, lines.get(i + 1).key())) {
                lines.get(i + 1).kind = LineKind.BOILERPLATE;
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
    static void markCommentThreads(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine head = lines.get(i);
            if (head.kind == LineKind.BREAK || !LineShapes.isCommentsHeading(head.text, head.key())) {
                continue;
            }
            head.kind = LineKind.WIDGET;
            int lastWidget = i;
            int gap = 0;
            for (int j = i + 1; j < lines.size(); j++) {
                PageLine l = lines.get(j);
                if (l.kind == LineKind.BREAK) {
                    break;
                }
                if (l.kind == LineKind.BLANK) {
                    continue;
                }
                if (l.kind == LineKind.WIDGET) {
                    lastWidget = j;
                    gap = 0;
                } else if (++gap > MAX_COMMENT_GAP) {
                    break;
                }
            }
            for (int j = i + 1; j < lastWidget; j++) {
                LineKind k = lines.get(j).kind;
                if (k != LineKind.BLANK && k != LineKind.BREAK) {
                    lines.get(j).kind = LineKind.WIDGET;
                }
            }
            i = lastWidget;
        }
    }

    /** A box's label in capitals has a few words. */
    private static final int MAX_HEAD_LABEL_WORDS = 8;

    /**
     * A label in capitals between the headline and the story's first paragraph ("THÔNG TIN ĐANG LAN TRUYỀN" over
     * a claim box, "GÓC NHÌN" over the lead): the head of a page box, not a sentence of the story. Only in the
     * head zone (from the title to the first paragraph of prose); an intertitle in capitals comes after prose.
     */
    static void markHeadLabels(List<PageLine> lines, List<int[]> segments) {
        for (int[] seg : segments) {
            if (seg[2] < 0) {
                continue;
            }
            markSummaryBox(lines, seg);
            for (int i = seg[2] + 1; i < seg[1]; i++) {
                PageLine l = lines.get(i);
                if (l.kind != LineKind.TEXT) {
                    continue;
                }
                String t = l.text.strip();
                boolean capsLabel = LineShapes.wordsAtMost(t, MAX_HEAD_LABEL_WORDS) && !LineShapes.endsWithStop(t)
                        && t.chars().anyMatch(Character::isLetter) && t.equals(t.toUpperCase(java.util.Locale.ROOT));
                if (!capsLabel) {
                    break; // the first line of the story: the head zone is over
                }
                l.kind = LineKind.BOILERPLATE;
            }
        }
    }

    /** A summary box above the lead has at least this many short lines (labels and items). */
    private static final int MIN_SUMMARY_LINES = 3;
    /** Words of a summary box's line at most: a label or a list item, no paragraph. */
    private static final int MAX_SUMMARY_LINE_WORDS = 8;

    /**
     * A summary box between the headline (with its date and byline) and the story's first paragraph: a run of
     * three or more short lines with no sentence end (a verdict's pros and cons, a score's labels, key points)
     * directly above the first paragraph of prose. The story itself starts with a paragraph; what the page puts
     * before it in short lines restates the story in a box (widget).
     */
    private static void markSummaryBox(List<PageLine> lines, int[] seg) {
        int first = -1;
        List<Integer> run = new java.util.ArrayList<>();
        for (int i = seg[2] + 1; i < seg[1]; i++) {
            PageLine l = lines.get(i);
            if (l.kind == LineKind.BLANK || !l.isContent() && run.isEmpty()) {
                continue;
            }
            if (!l.isContent()) {
                return; // a caption, a byline or a widget inside the run: not one box
            }
            if (LineShapes.isLeadLike(l.text) && LineShapes.endsWithStop(l.text)) {
                first = i;
                break;
            }
            if (l.tableRow || !LineShapes.wordsAtMost(l.text, MAX_SUMMARY_LINE_WORDS) || LineShapes.endsWithStop(l.text)) {
                return;
            }
            run.add(i);
        }
        if (first < 0 || run.size() < MIN_SUMMARY_LINES) {
            return;
        }
        for (int i : run) {
            lines.get(i).kind = LineKind.WIDGET;
        }
    }

    /** "QUẢNG CÁO", "Advertisement", "Nội dung tài trợ": the label a paper prints over an advertisement. */
    private static final Pattern AD_LABEL = LineShapes.keyPattern(
            "^(?:quảng cáo|advertisement|advertising|ads|nội dung tài trợ|tài trợ|thông tin quảng cáo)$");
    /** An advertisement's text under its label is one or two lines; more would be the story going on. */
    private static final int MAX_AD_LINES = 2;

    /**
     * An advertisement under its label: the one or two lines between the label and the next blank line are the
     * advertiser's, whatever they say, when a blank line also stands above the label. Without such gaps nothing
     * is marked (a story might run on under a stray label).
     */
    static void markAdvertisements(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine label = lines.get(i);
            if (label.kind != LineKind.BOILERPLATE && !label.isContent() || !LineShapes.wordsAtMost(label.text, 4)
                    || !AD_LABEL.matcher(label.key().strip()).matches()) {
                continue;
            }
            label.kind = LineKind.BOILERPLATE;
            int j = i + 1;
            while (j < lines.size() && j - i <= MAX_AD_LINES && lines.get(j).isContent()) {
                j++;
            }
            // set apart by blank lines on both sides (a text page's block gaps): the ad's block, and nothing more
            boolean closed = j < lines.size() && lines.get(j).kind == LineKind.BLANK && i > 0
                    && lines.get(i - 1).kind == LineKind.BLANK;
            if (j > i + 1 && closed) {
                for (int k = i + 1; k < j; k++) {
                    lines.get(k).kind = LineKind.BOILERPLATE;
                }
            }
        }
    }

    /**
     * A press release's closing "Về Tập đoàn X" block: the heading and the paragraphs under it that describe X
     * (the first opens with X's name) are the company's boilerplate, not the news.
     */
    static void markAboutBlocks(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine head = lines.get(i);
            if (!head.isContent()) {
                continue;
            }
            Optional<String> name = LineShapes.aboutHeading(head.text);
            if (name.isEmpty()) {
                continue;
            }
            String nameKey = VietnameseNormalizer.key(name.get());
            int next = i + 1;
            while (next < lines.size() && lines.get(next).kind == LineKind.BLANK) {
                next++;
            }
            if (next >= lines.size() || !lines.get(next).isContent() || !lines.get(next).key().startsWith(nameKey)) {
                continue;
            }
            head.kind = LineKind.BOILERPLATE;
            for (int j = next; j < lines.size(); j++) {
                PageLine l = lines.get(j);
                if (l.kind == LineKind.BLANK) {
                    continue;
                }
                if (!l.isContent()) {
                    break;
                }
                l.kind = LineKind.BOILERPLATE;
            }
        }
    }

    /** A signature closes the story when at least this many paragraphs of it stand above. */
    private static final int MIN_SIGNED_PARAGRAPHS = 3;
    /** A line of this many words is a paragraph, whatever its ending. */
    private static final int MIN_PROSE_WORDS = 18;

    /**
     * The page under a closing signature: once the author has signed under the story's paragraphs, the short lines
     * that follow without a sentence stop (a condolence book's buttons and counter, a poll's question and options,
     * a "send your opinion" button) are the page's widgets, not more story. The run ends at the first paragraph of
     * prose (a note, a second article), a table or the segment's end; lines already judged keep their kind.
     */
    static void markSignatureTails(List<PageLine> lines, List<int[]> segments) {
        for (int[] seg : segments) {
            int paragraphs = 0;
            int signature = -1;
            for (int i = seg[0]; i < seg[1] && signature < 0; i++) {
                PageLine l = lines.get(i);
                if (i != seg[2] && l.kind == LineKind.TEXT) {
                    paragraphs++;
                } else if (l.kind == LineKind.BYLINE && !l.names.isEmpty() && paragraphs >= MIN_SIGNED_PARAGRAPHS) {
                    signature = i;
                }
            }
            if (signature < 0) {
                continue;
            }
            for (int i = signature + 1; i < seg[1]; i++) {
                PageLine l = lines.get(i);
                if (l.kind == LineKind.BREAK) {
                    break;
                }
                if (!l.isContent()) {
                    continue;
                }
                if (l.tableRow || isTailProse(l.text) || isHeadingOverProse(lines, i)) {
                    break; // the story goes on (an intertitle over a paragraph), or another one starts
                }
                l.kind = LineKind.WIDGET;
            }
        }
    }

    /** A heading's shape with a paragraph of prose under it. */
    private static boolean isHeadingOverProse(List<PageLine> lines, int i) {
        if (!LineShapes.hasTitleShape(lines.get(i).text)) {
            return false;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            PageLine n = lines.get(j);
            if (n.kind == LineKind.BREAK) {
                return false;
            }
            if (n.isContent()) {
                return isTailProse(n.text) && LineShapes.isLeadLike(n.text);
            }
        }
        return false;
    }

    /** A paragraph: long, or ending in a stop (a question is a poll's, or a button's, when short). */
    static boolean isTailProse(String text) {
        if (!LineShapes.wordsAtMost(text, MIN_PROSE_WORDS - 1)) {
            return true;
        }
        String s = text.strip();
        int end = s.length();
        if (end > 0 && "\"”»'".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!…".indexOf(s.charAt(end - 1)) >= 0;
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
     * is a duplicate, not body. A pull quote printed without quotation marks (a box of its own) is the same repeat:
     * a sentence-long line found word for word inside one of the few paragraphs just above. Whole-quote lines are
     * compared with the whole article above, others with a few lines only, so the scan stays linear.
     */
    static void markPullQuotes(List<PageLine> lines, List<int[]> segments) {
        for (int[] seg : segments) {
            for (int i = seg[0]; i < seg[1]; i++) {
                PageLine l = lines.get(i);
                if (i == seg[2] || !l.isContent()) {
                    continue;
                }
                boolean quoted = isWholeQuote(l.text);
                // unquoted, a pull quote is set apart by its box alone: only a sentence-long line, only the
                // paragraphs just above (a pull quote repeats what was just read)
                if (!quoted && (l.kind != LineKind.TEXT || !LineShapes.wordsAtMost(l.text, MAX_PULL_QUOTE_WORDS))) {
                    continue;
                }
                String inner = innerKey(l.key());
                if (LineShapes.wordsAtMost(inner, MIN_PULL_QUOTE_WORDS - 1)) {
                    continue;
                }
                for (int j = quoted ? seg[0] : Math.max(seg[0], i - MAX_PULL_QUOTE_LOOKBACK); j < i; j++) {
                    PageLine other = lines.get(j);
                    // unquoted, the repeat is one sentence out of a longer paragraph: a whole paragraph printed
                    // twice is the page's slip, and the text's own
                    int longer = quoted ? inner.length() : inner.length() + MIN_PULL_QUOTE_REST;
                    if (j != i && j != seg[2] && other.kind == LineKind.TEXT && other.key().length() > longer
                            && other.key().contains(inner)) {
                        l.kind = LineKind.DUPLICATE;
                        break;
                    }
                }
            }
        }
    }

    /** An unquoted pull quote is one sentence: at most this many words. */
    private static final int MAX_PULL_QUOTE_WORDS = 45;
    /** Lines above an unquoted pull quote searched for the paragraph it repeats. */
    private static final int MAX_PULL_QUOTE_LOOKBACK = 8;
    /** The paragraph an unquoted pull quote comes from holds at least this many characters more than the quote. */
    private static final int MIN_PULL_QUOTE_REST = 30;

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

    /** A date ("15/10/2026", "15/10", "15-10-2026") or a clock ("10:52") opening a line, then its headline. */
    private static final Pattern STAMPED_HEADLINE = Pattern.compile(
            "^(?:\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|\\d{1,2}[:h]\\d{2})\\s*(?:[-–—|:·•]\\s*)?([\\p{L}\\d\"“].*)$");
    /** A headline in such a list is at most this many words. */
    private static final int MAX_STAMPED_HEADLINE_WORDS = 30;

    /**
     * A list of dated or timed headlines ("15/10/2026 - Thông xe kỹ thuật …", "10:52 Khởi tố giám đốc …"): an event's
     * earlier stories or a ticker of the latest ones, each a link to another article. Two such lines in a row are
     * the list; each is a headline (no closing stop). A live blog's entries are stamped too, but each is a
     * paragraph that ends its sentences.
     */
    static void markStampedHeadlineLists(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!isStampedHeadline(lines.get(i))) {
                continue;
            }
            int end = i + 1;
            int run = 1;
            while (end < lines.size() && (lines.get(end).kind == LineKind.BLANK || isStampedHeadline(lines.get(end)))) {
                run += lines.get(end).kind == LineKind.BLANK ? 0 : 1;
                end++;
            }
            if (run >= 2) {
                for (int j = i; j < end; j++) {
                    if (lines.get(j).kind != LineKind.BLANK) {
                        lines.get(j).kind = LineKind.TEASER;
                    }
                }
                // the list's label right above ("Các mốc chính", "Tin nhanh"): a few words, no sentence
                int label = i - 1;
                while (label >= 0 && lines.get(label).kind == LineKind.BLANK) {
                    label--;
                }
                if (label >= 0 && lines.get(label).isContent() && isBoxLabel(lines.get(label).text)) {
                    lines.get(label).kind = LineKind.BOILERPLATE;
                }
            }
            i = end - 1;
        }
    }

    private static boolean isStampedHeadline(PageLine l) {
        if (!(l.isContent() || l.kind == LineKind.DATELINE) || l.text.isEmpty() || !Character.isDigit(l.text.charAt(0))
                || !LineShapes.wordsAtMost(l.text, MAX_STAMPED_HEADLINE_WORDS)) {
            return false;
        }
        java.util.regex.Matcher m = STAMPED_HEADLINE.matcher(l.text);
        if (!m.matches()) {
            return false;
        }
        String headline = m.group(1).strip();
        char last = headline.charAt(headline.length() - 1);
        return LineShapes.words(headline) >= 3 && last != '.' && last != '…' && last != ':' && last != ',';
    }

    /** A video player's time ("00:00 / 01:24"). */
    private static final Pattern PLAYER_TIME = Pattern.compile("^\\d{1,2}:\\d{2}(?::\\d{2})?\\s*/\\s*\\d{1,2}:\\d{2}(?::\\d{2})?$");
    /** A video's title is a headline: at most this many words. */
    private static final int MAX_VIDEO_TITLE_WORDS = 25;

    /**
     * A video block inside a story: the player's time and, right above it, the video's title ("Video: Hiện trường
     * …"), a headline with no stop. Both are the player's, not the story's: the story goes on under the block.
     */
    static void markMediaBlocks(List<PageLine> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (!PLAYER_TIME.matcher(lines.get(i).text).matches()) {
                continue;
            }
            lines.get(i).kind = LineKind.WIDGET;
            int above = i - 1;
            while (above >= 0 && lines.get(above).kind == LineKind.BLANK) {
                above--;
            }
            if (above >= 0 && lines.get(above).isContent() && LineShapes.wordsAtMost(lines.get(above).text, MAX_VIDEO_TITLE_WORDS)
                    && !LineShapes.endsWithStop(lines.get(above).text)) {
                lines.get(above).kind = LineKind.WIDGET;
            }
        }
    }

    /** "Tài liệu tham khảo", "Nguồn tham khảo", "Tham khảo": the heading of a reference list. */
    private static final Pattern REFERENCES_HEADING = LineShapes.keyPattern(
            "^(?:tài liệu tham khảo|nguồn tham khảo|tham khảo|tài liệu trích dẫn|trích dẫn|nguồn tài liệu|references|sources)\\s*:?$");
    /** "[1] Tác giả (2025), Tên tài liệu.", "1. Tác giả (2024). …": one reference, its number and its year. */
    private static final Pattern REFERENCE = Pattern.compile(
            "^(?:\\[\\d{1,3}\\]|\\d{1,3}[.)])\\s+\\S.*(?:\\(\\d{4}\\)|,\\s*\\d{4}[.,]|\\d{4}\\)?\\.?$|https?://).*");

    /**
     * A reference list closing an explainer: the heading and its numbered entries (a source, its year) are the
     * page's apparatus, not the story, even where the text cites them ("[1]" markers stay in the body).
     */
    static void markReferenceLists(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine head = lines.get(i);
            if (!head.isContent() || !LineShapes.wordsAtMost(head.text, 4) || !REFERENCES_HEADING.matcher(head.key().strip()).matches()) {
                continue;
            }
            int entries = 0;
            int j = i + 1;
            for (; j < lines.size(); j++) {
                PageLine l = lines.get(j);
                if (l.kind == LineKind.BLANK) {
                    continue;
                }
                if (!l.isContent() || !LineShapes.wordsAtMost(l.text, 60) || !REFERENCE.matcher(l.text).matches()) {
                    break;
                }
                l.kind = LineKind.BOILERPLATE;
                entries++;
            }
            if (entries > 0) {
                head.kind = LineKind.BOILERPLATE;
            }
            i = j - 1;
        }
    }

    /** English words no Vietnamese line holds, even one written without its tone marks. */
    private static final java.util.Set<String> ENGLISH_WORDS = java.util.Set.of(
            "and", "of", "with", "from", "that", "which", "was", "were", "is", "are", "will", "has", "have", "its", "this",
            "would", "been", "their");
    /** A foreign paragraph is at least this many words; a name or a title in English is shorter. */
    private static final int MIN_FOREIGN_WORDS = 12;
    /** A heading over it ("English summary", "In English") is this many words at most. */
    private static final int MAX_FOREIGN_HEADING_WORDS = 4;

    /**
     * A summary for foreign readers on a Vietnamese page: a paragraph in English (no Vietnamese letter, several
     * English function words) and the short English heading right above it. A service of the site, as a
     * translation link is: the story is the Vietnamese text.
     */
    static void markForeignSummaries(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            if (l.kind != LineKind.TEXT || LineShapes.wordsAtMost(l.text, MIN_FOREIGN_WORDS - 1) || !isEnglish(l.text)) {
                continue;
            }
            l.kind = LineKind.BOILERPLATE;
            int above = i - 1;
            while (above >= 0 && lines.get(above).kind == LineKind.BLANK) {
                above--;
            }
            // the heading may have read as a name ("In English"): in English, it names no one
            PageLine heading = above >= 0 ? lines.get(above) : null;
            if (heading != null && (heading.isContent() || heading.kind == LineKind.BYLINE)
                    && LineShapes.wordsAtMost(heading.text, MAX_FOREIGN_HEADING_WORDS) && isAscii(heading.text)) {
                heading.kind = LineKind.BOILERPLATE;
                heading.names = List.of();
            }
        }
    }

    private static boolean isAscii(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c > 0x7F && Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEnglish(String text) {
        if (!isAscii(text)) {
            return false;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean the = false;
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            the |= w.equals("the");
            if (ENGLISH_WORDS.contains(w)) {
                seen.add(w);
            }
        }
        return the && seen.size() >= 2;
    }
}
