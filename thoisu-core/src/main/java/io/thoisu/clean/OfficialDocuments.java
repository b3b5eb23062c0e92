package io.thoisu.clean;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The frame of a Vietnamese official document reprinted on a page (a portal's notice, a decision quoted whole):
 * the state's name and motto, the document's number, its type in capitals, and the list of recipients under "Nơi
 * nhận:". Every document of the state carries them in the same form, so they are furniture around its text. The
 * number, the type and the recipients are only taken for furniture on a page that carries the motto: elsewhere
 * the same shapes may be the story's ("Số: 12 người" opening a fact box is not a document number).
 */
final class OfficialDocuments {
    /** The motto and the state's name, as keys with their punctuation dropped. */
    private static final Set<String> STATE_LINES = Set.of("độc lập tự do hạnh phúc",
            "cộng hòa xã hội chủ nghĩa việt nam");
    /** "Số: 418/TB-UBND", "Số 25/2026/QĐ-UBND": a document's number. */
    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:?\\s*\\d+[\\p{L}\\d./-]*/[\\p{L}\\d./-]+\\s*$");
    /** A document's type written alone in capitals under the motto. */
    private static final Set<String> TYPES = Set.of("thông báo", "quyết định", "công văn", "kế hoạch", "nghị quyết",
            "chỉ thị", "tờ trình", "báo cáo", "công điện", "thông tư", "nghị định", "giấy mời");
    /** "TL. CHỦ TỊCH", "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN": signing on behalf of (thừa lệnh, ký thay, thay mặt). */
    private static final Pattern SIGNING_FOR = Pattern.compile("^(?:TL|KT|TM|TUQ|Q)\\.\\s*\\p{Lu}[\\p{Lu}\\s.]*$");
    /** A signer's post written in capitals has a few words. */
    private static final int MAX_POST_WORDS = 8;
    /** A recipient line: a dash or a plus, a few words, maybe closed by a semicolon or a period. */
    private static final int MAX_RECIPIENT_WORDS = 15;
    /** The motto and the state's name are this long at most, with their punctuation and spaces. */
    private static final int MAX_STATE_LINE = 48;

    private OfficialDocuments() {
    }

    /**
     * Marks the frame, then joins an article the frame left without a paragraph to the next one: the page's head
     * and the frame above the document's text are one notice, not an article of their own. Segments are {@code
     * [from, to, title]} as {@link ArticleSplitter#segment} gives them.
     */
    static List<int[]> markFrame(List<PageLine> lines, List<int[]> segments) {
        if (!markFrame(lines) || segments.size() < 2) {
            return segments;
        }
        List<int[]> joined = new java.util.ArrayList<>();
        int[] pending = null;
        for (int[] segment : segments) {
            if (pending != null) {
                segment = new int[] {pending[0], segment[1], pending[2] >= 0 ? pending[2] : segment[2]};
                pending = null;
            }
            if (!hasParagraph(lines, segment)) {
                pending = segment;
            } else {
                joined.add(segment);
            }
        }
        if (pending != null) {
            joined.add(pending);
        }
        return joined;
    }

    private static boolean hasParagraph(List<PageLine> lines, int[] segment) {
        for (int i = segment[0]; i < segment[1]; i++) {
            if (i != segment[2] && lines.get(i).kind == LineKind.TEXT) {
                return true;
            }
        }
        return false;
    }

    /** Marks the frame's lines; whether the page has one. */
    static boolean markFrame(List<PageLine> lines) {
        boolean framed = false;
        for (PageLine line : lines) {
            String key = line.key();
            // cheap test first: this runs on every line of every page
            if (key.length() <= MAX_STATE_LINE && (key.startsWith("độc lập") || key.startsWith("cộng hòa"))
                    && STATE_LINES.contains(plain(key))) {
                framed = true;
                if (line.isContent()) {
                    line.kind = LineKind.BOILERPLATE;
                }
            }
        }
        if (!framed) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (NUMBER.matcher(line.text.strip()).matches()
                    || TYPES.contains(line.key().strip()) && line.text.strip().equals(line.text.strip().toUpperCase(java.util.Locale.ROOT))) {
                line.kind = LineKind.BOILERPLATE;
            } else if (SIGNING_FOR.matcher(line.text.strip()).matches()) {
                // "TL. CHỦ TỊCH", then the signer's post in capitals: the signature's, but for whom and as what,
                // not who signs
                unnamedSignature(line);
                int j = i + 1;
                while (j < lines.size() && (lines.get(j).kind == LineKind.BLANK || capitals(lines.get(j).text))) {
                    if (lines.get(j).kind != LineKind.BLANK) {
                        unnamedSignature(lines.get(j));
                    }
                    j++;
                }
                i = j - 1;
            } else if (line.key().strip().equals("nơi nhận:")) {
                line.kind = LineKind.BOILERPLATE;
                int j = i + 1;
                while (j < lines.size() && (lines.get(j).kind == LineKind.BLANK || isRecipient(lines.get(j).text))) {
                    if (lines.get(j).kind != LineKind.BLANK) {
                        lines.get(j).kind = LineKind.BOILERPLATE;
                    }
                    j++;
                }
                i = j - 1;
            }
        }
        return true;
    }

    private static void unnamedSignature(PageLine line) {
        line.kind = LineKind.BYLINE;
        line.names = List.of();
    }

    private static boolean capitals(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.equals(t.toUpperCase(java.util.Locale.ROOT)) && t.chars().anyMatch(Character::isLetter)
                && LineShapes.wordsAtMost(t, MAX_POST_WORDS);
    }

    private static boolean isRecipient(String text) {
        String t = text.strip();
        return (t.startsWith("-") || t.startsWith("+")) && LineShapes.wordsAtMost(t, MAX_RECIPIENT_WORDS);
    }

    /** The key with its punctuation dropped and its spaces single. */
    private static String plain(String key) {
        return key.replaceAll("[^\\p{L}\\d ]+", " ").replaceAll("\\s+", " ").strip();
    }
}
