package io.thoisu.text;

import io.thoisu.model.Sentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits an article's text into sentences with exact offsets, trimmed of surrounding white space.
 *
 * <p>A line break always ends a sentence (news text puts titles, captions and paragraphs on lines of their own).
 * Inside a line, a period, "!", "?" or an ellipsis ends a sentence only when white space and then a sentence
 * start follow (a capital letter, a digit, an opening quote or a dialogue dash), and not when:
 * <ul>
 *   <li>the word before the period is a title or abbreviation ("TP. Hồ Chí Minh", "PGS.TS. Nguyễn", "Mr. Smith");
 *   <li>it is a number inside a figure ("5.800", "7,5%"): no space follows, so it never qualifies;
 *   <li>it sits inside a quotation: a quote with several sentences followed by ", ông nói." is one sentence;
 *       the quote may end one, right after its closing mark;
 *   <li>it closes a list number at the start of a sentence ("1. Phạm vi").
 * </ul>
 * An anonymised initial ("Nguyễn Văn A.", "anh B.") before a lower-case word or a comma is never an end; before
 * a capital it is, as Vietnamese starts every sentence with a capital. A photo credit ("Ảnh: AFP/TTXVN") glued to
 * the next sentence without a period ends at the last credit word.
 */
public final class SentenceSplitter {
    private final Set<String> abbreviations;

    public SentenceSplitter() {
        this.abbreviations = loadAbbreviations();
    }

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            splitLine(text, lineStart, lineEnd, out);
            if (lineEnd >= n) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private void splitLine(String text, int from, int to, List<Sentence> out) {
        boolean[] quoted = quotedRegions(text, from, to);
        int sentenceStart = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int cut = -1;
            if (isTerminal(c) && !quoted[i - from]) {
                int end = i + 1;
                while (end < to && (isTerminal(text.charAt(end)))) {
                    end++;
                }
                int afterClosers = end;
                while (afterClosers < to && isCloser(text.charAt(afterClosers))) {
                    afterClosers++;
                }
                boolean ellipsis = c == '…' || end - i > 1;
                if (followedBySentenceStart(text, afterClosers, to, ellipsis) && !isNonFinalPeriod(text, sentenceStart, i, end, to)) {
                    cut = afterClosers;
                }
                i = end;
            } else if (isClosingQuote(text, i, from, quoted) && i > from && isTerminal(text.charAt(i - 1))) {
                // “... làm. ... tiếp tục.” Ông nói thêm: the quote ended a sentence
                int afterClosers = i + 1;
                while (afterClosers < to && isCloser(text.charAt(afterClosers))) {
                    afterClosers++;
                }
                if (followedBySentenceStart(text, afterClosers, to, false)) {
                    cut = afterClosers;
                }
                i++;
            } else if (c == ':' && isCreditLabel(text, from, i)) {
                cut = endOfCredit(text, i + 1, to);
                i++;
            } else {
                i++;
            }
            if (cut > 0) {
                emit(text, sentenceStart, cut, out);
                sentenceStart = cut;
                i = Math.max(i, cut);
            }
        }
        emit(text, sentenceStart, to, out);
    }

    /** For each char of the line: inside a balanced pair of quotation marks (the marks themselves excluded). */
    private static boolean[] quotedRegions(String text, int from, int to) {
        boolean[] quoted = new boolean[to - from];
        int open = -1;
        int straight = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') {
                open = i;
            } else if ((c == '”' || c == '»') && open >= 0) {
                mark(quoted, from, open + 1, i);
                open = -1;
            } else if (c == '"') {
                if (straight < 0) {
                    straight = i;
                } else {
                    mark(quoted, from, straight + 1, i);
                    straight = -1;
                }
            }
        }
        return quoted;
    }

    private static void mark(boolean[] quoted, int from, int start, int end) {
        for (int k = start; k < end; k++) {
            quoted[k - from] = true;
        }
    }

    private static boolean isClosingQuote(String text, int i, int from, boolean[] quoted) {
        char c = text.charAt(i);
        return (c == '”' || c == '»' || c == '"') && i > from && quoted[i - 1 - from]
                && (i + 1 - from >= quoted.length || !quoted[i + 1 - from]);
    }

    /** Whether a period is part of an abbreviation, an initial or a list number rather than a sentence end. */
    private boolean isNonFinalPeriod(String text, int sentenceStart, int period, int end, int to) {
        if (text.charAt(period) != '.' || end - period > 1) {
            return false; // "!", "?", "..." always qualify
        }
        int w = period;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && !isOpener(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, period);
        if (word.isEmpty()) {
            return false;
        }
        if (abbreviations.contains(word)) {
            return true;
        }
        // initials followed by a bracket are a name with its details: "Nguyễn Văn A. (35 tuổi)", "anh H.V.K. (41 tuổi)"
        if (isInitials(word) && nextNonSpace(text, end, to) == '(') {
            return true;
        }
        // a heading number of a legal text: "Điều 3. Giải thích từ ngữ", "Chương 2."
        if (isDigits(word) && isHeadingWord(text, sentenceStart, w)) {
            return true;
        }
        // "1. Phạm vi điều chỉnh": a list number that is all there is of the sentence so far
        // or one after a colon or semicolon: "Xếp hạng: 1. Đội A; 2. Đội B"
        if (isDigits(word) && word.length() <= 2) {
            int before = w;
            while (before > sentenceStart && isBlank(text.charAt(before - 1))) {
                before--;
            }
            if (before == sentenceStart || text.charAt(before - 1) == ':' || text.charAt(before - 1) == ';') {
                return true;
            }
        }
        return false;
    }

    /** One capital, or capitals joined by periods: "A", "H.V.K". */
    private static boolean isInitials(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean ok = i % 2 == 0 ? Character.isUpperCase(c) : c == '.';
            if (!ok) {
                return false;
            }
        }
        return word.length() % 2 == 1;
    }

    /** After an ellipsis a figure continues a count ("5 phút… 3 phút…"), so only a capital or a quote starts. */
    private static char nextNonSpace(String text, int i, int to) {
        while (i < to && isBlank(text.charAt(i))) {
            i++;
        }
        return i < to ? text.charAt(i) : 0;
    }

    /** Whether the sentence so far is only "Điều", "Chương", "Mục", "Khoản" or "Phần" before the number at w. */
    private static boolean isHeadingWord(String text, int sentenceStart, int w) {
        String before = text.substring(sentenceStart, w).strip();
        return before.equals("Điều") || before.equals("Chương") || before.equals("Mục") || before.equals("Khoản")
                || before.equals("Phần");
    }

    private static boolean followedBySentenceStart(String text, int i, int to, boolean afterEllipsis) {
        if (i >= to) {
            return false; // the end of the line ends the sentence anyway
        }
        if (!Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= to) {
            return false;
        }
        char c = text.charAt(i);
        if (afterEllipsis) {
            return Character.isUpperCase(c) || Character.isTitleCase(c) || c == '“' || c == '"' || c == '«';
        }
        return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c) || c == '“' || c == '"'
                || c == '«' || c == '‘' || c == '-' || c == '–' || c == '—' || c == '(' || c == '[';
    }

    /** "Ảnh:", "Ảnh minh họa:", "Nguồn:" at the start of a caption credit. */
    private static boolean isCreditLabel(String text, int from, int colon) {
        int w = colon;
        while (w > from && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String label = text.substring(w, colon);
        return label.equals("Ảnh") || label.equals("Nguồn") || label.equals("Video") || label.equals("Đồ họa")
                || label.equals("Clip");
    }

    /**
     * The end of a credit ("AFP/TTXVN", "REUTERS", "Getty Images") when a new sentence follows it on the same line
     * without a period; 0 when the credit runs to a period, a bracket or the end of the line.
     */
    private static int endOfCredit(String text, int i, int to) {
        int lastCreditEnd = -1;
        int k = i;
        while (k < to) {
            while (k < to && text.charAt(k) == ' ') {
                k++;
            }
            int ws = k;
            while (k < to && !Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (ws == k) {
                break;
            }
            if (isCreditWord(text, ws, k)) {
                lastCreditEnd = k;
                continue;
            }
            boolean sentenceWord = lastCreditEnd > 0 && Character.isUpperCase(text.charAt(ws))
                    && k - ws > 1 && Character.isLowerCase(text.charAt(ws + 1)) && hasVietnameseLetter(text, ws, k, to);
            return sentenceWord ? lastCreditEnd : 0;
        }
        return 0;
    }

    /** A credit is written in capitals or with a slash between agencies: "AFP/TTXVN", "TTXVN", "REUTERS". */
    private static boolean isCreditWord(String text, int s, int e) {
        boolean slash = false;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c == '/') {
                slash = true;
            } else if (Character.isLowerCase(c) || isTerminal(c) || c == ')' || c == '(') {
                return false;
            }
        }
        return slash || e - s >= 2;
    }

    /** The next sentence after a credit is Vietnamese prose: its first word or the one after carries a diacritic. */
    private static boolean hasVietnameseLetter(String text, int s, int e, int to) {
        int limit = Math.min(to, e + 12);
        for (int k = s; k < limit; k++) {
            char c = text.charAt(k);
            if (c > 0x7F && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private static void emit(String text, int start, int end, List<Sentence> out) {
        int s = firstNonSpace(text, start, end);
        int e = end;
        while (e > s && isBlank(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(text.substring(s, e), s, e));
        }
    }

    private static int firstNonSpace(String text, int start, int end) {
        int s = start;
        while (s < end && isBlank(text.charAt(s))) {
            s++;
        }
        return s;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static boolean isOpener(char c) {
        return c == '(' || c == '[' || c == '“' || c == '"' || c == '‘' || c == '«';
    }

    private static boolean isDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static Set<String> loadAbbreviations() {
        Set<String> set = new HashSet<>();
        try (InputStream in = SentenceSplitter.class.getResourceAsStream("abbreviations.txt")) {
            if (in == null) {
                throw new IllegalStateException("sentence splitter: resource io/thoisu/text/abbreviations.txt is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    set.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("sentence splitter: cannot read abbreviations.txt", e);
        }
        return Set.copyOf(set);
    }
}
