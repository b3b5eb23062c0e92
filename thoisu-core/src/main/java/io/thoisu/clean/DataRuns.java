package io.thoisu.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Data lines and their runs: a market ticker, a match centre's events and statistics, a data box's refresh time,
 * and runs told apart by what surrounds them. A table printed as text (rows of cells split by bars, a
 * header row over rows of figures) is the story's own data and stays body, though one row alone looks like a price
 * ticker; a fact box (a short label over rows of "Label: value") repeats the story's facts beside it and is a
 * widget. Immutable, static.
 */
final class DataRuns {
    private DataRuns() {
    }

    /** A table has at least this many rows (its header one of them) of the same number of cells. */
    private static final int MIN_TABLE_ROWS = 3;
    /** Cells of a table row at least; two cells are a label and a value, or a pair of buttons. */
    private static final int MIN_CELLS = 3;

    /**
     * Rows of a table printed as text: at least three lines in a row with the same number of bar-separated cells
     * (three or more), at least two of them holding figures, and no price arrows. They are body (a ticker's one
     * line of figures is not) and never a headline.
     */
    static void markTables(List<PageLine> lines) {
        int i = 0;
        while (i < lines.size()) {
            int cells = cellsOf(lines.get(i));
            if (cells < MIN_CELLS) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && cellsOf(lines.get(end)) == cells) {
                end++;
            }
            if (end - i >= MIN_TABLE_ROWS && figureRows(lines, i, end) >= 2) {
                for (int j = i; j < end; j++) {
                    PageLine l = lines.get(j);
                    l.kind = LineKind.TEXT;
                    l.tableRow = true;
                }
            }
            i = end;
        }
    }

    /** A menu's entries are a few words each. */
    private static final int MAX_MENU_CELL_WORDS = 5;

    /**
     * A row of bar-separated links that is no table ("Dự báo theo giờ | Bản đồ mưa | Bão", "Trang chủ | Liên hệ |
     * Quảng cáo"): three or more short cells, no sentence, no figures in most cells, and no rows of the same shape
     * around it (a table's header has its rows under it). A menu or a row of tabs: the page's, not the story's.
     */
    static void markMenuBars(List<PageLine> lines) {
        for (PageLine l : lines) {
            if (l.kind != LineKind.TEXT || l.tableRow || cellsOf(l) < MIN_CELLS || LineShapes.endsWithStop(l.text)) {
                continue;
            }
            String[] cells = l.text.split("\\|");
            int figures = 0;
            boolean menu = true;
            for (String c : cells) {
                String cell = c.strip();
                if (cell.isEmpty() || !LineShapes.wordsAtMost(cell, MAX_MENU_CELL_WORDS)) {
                    menu = false;
                    break;
                }
                figures += cell.chars().anyMatch(Character::isDigit) ? 1 : 0;
            }
            if (menu && 2 * figures < cells.length) {
                l.kind = LineKind.BOILERPLATE;
            }
        }
    }

    /** The bar-separated cells of a content or widget line without arrows, or 0. */
    private static int cellsOf(PageLine l) {
        if (l.kind != LineKind.TEXT && l.kind != LineKind.WIDGET && l.kind != LineKind.HEADING || l.text.indexOf('|') < 0) {
            return 0;
        }
        int cells = 1;
        for (int k = 0, n = l.text.length(); k < n; k++) {
            char c = l.text.charAt(k);
            if (c == '|') {
                cells++;
            } else if (ARROWS.indexOf(c) >= 0) {
                return 0;
            }
        }
        return cells;
    }

    private static int figureRows(List<PageLine> lines, int from, int to) {
        int n = 0;
        for (int j = from; j < to; j++) {
            String t = lines.get(j).text;
            for (int k = 0; k < t.length(); k++) {
                if (Character.isDigit(t.charAt(k))) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** Up and down arrows of a price board. */
    private static final String ARROWS = "▲▼△▽↑↓⬆⬇";

    /**
     * A market ticker or price board ("VN-Index 1.284,56 ▲ 6,12 (0,48%) | HNX-Index …"): a line made mostly of
     * numbers, with the arrows of a price change or cells split by bars, and no sentence. Prose that quotes figures
     * has words between them.
     */
    static boolean isTicker(String line) {
        if (line.indexOf('|') < 0 && !hasArrow(line) || !LineShapes.wordsAtMost(line, 40) || LineShapes.endsWithStop(line)) {
            return false;
        }
        int words = 0;
        int numeric = 0;
        boolean arrows = false;
        boolean bars = false;
        int wordStart = -1;
        boolean digit = false;
        for (int i = 0, n = line.length(); i <= n; i++) {
            char c = i < n ? line.charAt(i) : ' ';
            if (c == ' ') {
                // a bar standing alone separates cells, it is not a word
                if (wordStart >= 0 && !(i - wordStart == 1 && line.charAt(wordStart) == '|')) {
                    words++;
                    numeric += digit ? 1 : 0;
                }
                wordStart = -1;
                digit = false;
                continue;
            }
            if (wordStart < 0) {
                wordStart = i;
            }
            digit |= c >= '0' && c <= '9';
            arrows |= ARROWS.indexOf(c) >= 0;
            bars |= c == '|';
        }
        return numeric >= (arrows ? 2 : 4) && (arrows || bars) && 3 * numeric >= words;
    }

    private static boolean hasArrow(String line) {
        for (int i = 0; i < ARROWS.length(); i++) {
            if (line.indexOf(ARROWS.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "23' Bàn thắng! …", "90+2' Thẻ vàng …": an entry of a match's event timeline, opened by the minute. */
    private static final Pattern MATCH_EVENT = Pattern.compile("^\\d{1,3}(?:\\+\\d{1,2})?\\s?['’′]\\s+\\S.{0,120}$");
    /** "Kiểm soát bóng: 56% - 44%", "Sút trúng đích: 7 - 3": a statistic compared between two sides. */
    private static final Pattern STAT_LINE = Pattern.compile(
            "^\\p{L}[\\p{L} ]{1,40}:\\s*\\d[\\d.,]*\\s*%?\\s*[-–—:/]\\s*\\d[\\d.,]*\\s*%?$");

    /** A line of a match centre's data: an event at its minute or a statistic of both sides. */
    static boolean isMatchData(String line) {
        return !line.isEmpty() && (Character.isDigit(line.charAt(0)) && MATCH_EVENT.matcher(line).matches()
                || line.indexOf(':') > 0 && STAT_LINE.matcher(line).matches());
    }

    /** "Cập nhật lúc 15:30": the refresh time of a data box, a time with no date. */
    private static final Pattern CLOCK = Pattern.compile(
            "^(?:cập nhật|updated?|lúc)(?:\\s+lúc)?\\s*:?\\s*\\d{1,2}\\s*[:h]\\s*\\d{2}(?:\\s*(?:GMT|UTC)\\s*\\+?\\d{0,2})?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static boolean isClock(String line) {
        return LineShapes.wordsAtMost(line, 6) && CLOCK.matcher(line.strip()).matches();
    }

    /** "Cơ quan xét xử: TAND tỉnh Hòa Vang", "Số bản án: 86/2026/HS-ST": a label of up to eight words, a short value. */
    private static final Pattern FACT_ROW = Pattern.compile("^\\p{Lu}[\\p{L}\\p{N}]*(?:\\s+[\\p{L}\\p{N}./]+){0,7}\\s*:\\s+\\S.{0,100}$");
    /** A fact box has at least this many rows. */
    private static final int MIN_FACT_ROWS = 3;
    /** Words of a fact's value at most: a value, not a sentence. */
    private static final int MAX_FACT_VALUE_WORDS = 12;
    /** Words of a fact box's label at most. */
    private static final int MAX_BOX_LABEL_WORDS = 6;

    /**
     * A fact box inside the story: a short label line ("Thông tin vụ án", no stop, no colon) over at least three
     * rows of "Label: value" with no sentence in them, whose values the story says again. The rows repeat the
     * story's facts in a box beside it; the label and the rows are a widget. Rows that tell what the text does not
     * (a starting line-up, the winners of each award) are the article's own list and stay body, as do rows without
     * such a label.
     */
    static void markFactBoxes(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine head = lines.get(i);
            if (!head.isContent() || head.tableRow || !isBoxLabel(head.text)) {
                continue;
            }
            int end = i + 1;
            int rows = 0;
            while (end < lines.size()) {
                PageLine l = lines.get(end);
                if (l.kind == LineKind.BLANK) {
                    end++;
                    continue;
                }
                if (!l.isContent() || !isFactRow(l.text)) {
                    break;
                }
                rows++;
                end++;
            }
            if (rows < MIN_FACT_ROWS || !repeatsTheText(lines, i, end)) {
                continue;
            }
            for (int j = i; j < end; j++) {
                if (lines.get(j).kind != LineKind.BLANK) {
                    lines.get(j).kind = LineKind.WIDGET;
                }
            }
            i = end - 1;
        }
    }

    /**
     * Whether the rows of the box [from, to) give values the page's other content lines say too: at least half of
     * the rows have a word pair of their value (a name, a place, a charge) elsewhere on the page.
     */
    private static boolean repeatsTheText(List<PageLine> lines, int from, int to) {
        Set<String> elsewhere = new HashSet<>();
        for (int j = 0; j < lines.size(); j++) {
            if ((j < from || j >= to) && lines.get(j).isContent()) {
                elsewhere.addAll(LineShapes.wordPairs(lines.get(j).key()));
            }
        }
        int rows = 0;
        int repeated = 0;
        for (int j = from + 1; j < to; j++) {
            PageLine l = lines.get(j);
            if (l.kind == LineKind.BLANK) {
                continue;
            }
            rows++;
            String key = l.key();
            List<String> pairs = LineShapes.wordPairs(key.substring(key.indexOf(':') + 1));
            if (pairs.stream().anyMatch(elsewhere::contains)) {
                repeated++;
            }
        }
        return 2 * repeated >= rows;
    }

    private static boolean isBoxLabel(String text) {
        if (!LineShapes.wordsAtMost(text, MAX_BOX_LABEL_WORDS) || LineShapes.endsWithStop(text)) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last != ':' && last != ',' && text.indexOf(':') < 0 && Character.isUpperCase(text.codePointAt(0));
    }

    static boolean isFactRow(String text) {
        if (text.indexOf(':') < 0 || LineShapes.endsWithStop(text) || LineShapes.isDialogueTurn(text)
                || !LineShapes.wordsAtMost(text, MAX_FACT_VALUE_WORDS + 8) || !FACT_ROW.matcher(text).matches()) {
            return false;
        }
        String value = text.substring(text.indexOf(':') + 1);
        return LineShapes.wordsAtMost(value, MAX_FACT_VALUE_WORDS);
    }
}
