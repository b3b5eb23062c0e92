package io.thoisu.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What follows the story's end in a segment (its last paragraph of prose): a sale's or a booking's button, a list
 * of headlines with no heading over it. Below the story such lines are the page's; above a paragraph the same
 * lines are an intertitle or a sentence of the story. Static and stateless.
 */
final class StoryTail {
    private StoryTail() {
    }

    /** The segment's last paragraph of prose (long, or ending in a stop), or -1. */
    static int lastProse(List<PageLine> lines, int[] seg) {
        int last = -1;
        for (int i = seg[0]; i < seg[1]; i++) {
            PageLine l = lines.get(i);
            if (l.kind == LineKind.TEXT && !l.tableRow && PageBlocks.isTailProse(l.text)) {
                last = i;
            }
        }
        return last;
    }

    /**
     * A button after the story's end: "Đặt lịch tư vấn với bác sĩ", "Mua ngay", "Đăng ký nhận tư vấn". A few words,
     * no stop, opening with the verb of a sale or a booking. Only below the segment's last paragraph of prose: the
     * same words over a paragraph are an intertitle.
     */
    private static final Pattern CTA_BUTTON = LineShapes.keyPattern(
            "^(?:đặt lịch|đặt hẹn|đặt mua|đặt hàng|đặt vé|đặt chỗ|mua ngay|gọi ngay|liên hệ ngay|nhận tư vấn|đăng ký tư vấn|"
                    + "đăng ký ngay|đăng ký nhận|đăng ký khám|tải ngay|tư vấn miễn phí|nhận ưu đãi|nhận báo giá|dùng thử)(?:$|\\s.*)");
    private static final int MAX_BUTTON_WORDS = 8;

    static void markTailButtons(List<PageLine> lines, List<int[]> segments) {
        for (int[] seg : segments) {
            int lastProse = lastProse(lines, seg);
            if (lastProse < 0) {
                continue;
            }
            for (int i = lastProse + 1; i < seg[1]; i++) {
                PageLine l = lines.get(i);
                if (l.isContent() && i != seg[2] && LineShapes.wordsAtMost(l.text, MAX_BUTTON_WORDS)
                        && !LineShapes.endsWithStop(l.text) && CTA_BUTTON.matcher(l.key().strip()).matches()) {
                    l.kind = LineKind.WIDGET;
                }
            }
        }
    }

    /** A story has at least this many paragraphs before a tail list is read as one. */
    private static final int MIN_STORY_PARAGRAPHS = 3;
    /** A headline in a tail list has this many words at least (a label or a name has fewer). */
    private static final int MIN_HEADLINE_WORDS = 5;

    /**
     * Headlines after the story with no heading over them: two or more lines in a row below the last paragraph, each
     * a headline's shape (a capital, no closing stop, no colon, five words or more), each a different line. Links to
     * other stories: teasers. A short label may stand over them (boilerplate).
     * A list that the story introduces (the line above ends in a colon) is the story's.
     */
    static void markTrailingHeadlines(List<PageLine> lines, List<int[]> segments) {
        for (int[] seg : segments) {
            int last = lastProse(lines, seg);
            if (last < 0 || lines.get(last).text.strip().endsWith(":") || paragraphs(lines, seg, last) < MIN_STORY_PARAGRAPHS) {
                continue;
            }
            if (!markTrailingHeadlines(lines, seg, last, false)) {
                // headlines as long as a paragraph read as prose; under a label of their own, below the story's
                // last sentence, they are still a list of links
                int lastSentence = lastSentence(lines, seg);
                if (lastSentence >= 0 && lastSentence < last && paragraphs(lines, seg, lastSentence) >= MIN_STORY_PARAGRAPHS) {
                    markTrailingHeadlines(lines, seg, lastSentence, true);
                }
            }
        }
    }

    /** The segment's last paragraph that ends a sentence (a stop, a question or exclamation mark), or -1. */
    private static int lastSentence(List<PageLine> lines, int[] seg) {
        int last = -1;
        for (int i = seg[0]; i < seg[1]; i++) {
            PageLine l = lines.get(i);
            if (l.kind == LineKind.TEXT && !l.tableRow && LineShapes.endsWithStop(l.text)) {
                last = i;
            }
        }
        return last;
    }

    private static boolean markTrailingHeadlines(List<PageLine> lines, int[] seg, int last, boolean needLabel) {
        {
            int run = 0;
            int label = -1;
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (int i = last + 1; i < seg[1]; i++) {
                PageLine l = lines.get(i);
                if (!l.isContent() || i == seg[2]) {
                    continue;
                }
                // the list's label first ("XEM NHIỀU NHẤT"), a few words with no stop
                if (run == 0 && label < 0 && PageBlocks.isBoxLabel(l.text)) {
                    label = i;
                    continue;
                }
                // links to other stories differ from each other: one line printed again and again (a photo's
                // alt text repeating the headline) is no list
                if (!isTailHeadline(l) || !keys.add(l.key())) {
                    run = -1;
                    break;
                }
                run++;
            }
            if (run < 2 || needLabel && label < 0) {
                return false;
            }
            for (int i = last + 1; i < seg[1]; i++) {
                PageLine l = lines.get(i);
                if (i == label) {
                    l.kind = LineKind.BOILERPLATE;
                } else if (l.isContent() && i != seg[2]) {
                    l.kind = LineKind.TEASER;
                }
            }
            return true;
        }
    }

    /** "Số 111: …", "Tập 46: …", "Kỳ 3: …": an earlier issue, episode or part, its number before the headline. */
    private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\p{Lu}\\p{Ll}*\\s+\\d{1,4}\\s*:\\s+(?=\\p{Lu})");

    private static boolean isTailHeadline(PageLine l) {
        if (l.kind != LineKind.TEXT || l.tableRow) {
            return false;
        }
        java.util.regex.Matcher numbered = NUMBERED_ITEM.matcher(l.text);
        String headline = numbered.find() ? l.text.substring(numbered.end()) : l.text;
        return LineShapes.hasTitleShape(headline) && headline.indexOf(':') < 0
                && !LineShapes.wordsAtMost(headline, MIN_HEADLINE_WORDS - 1);
    }

    private static int paragraphs(List<PageLine> lines, int[] seg, int upTo) {
        int n = 0;
        for (int i = seg[0]; i <= upTo; i++) {
            if (lines.get(i).kind == LineKind.TEXT && i != seg[2]) {
                n++;
            }
        }
        return n;
    }
}
