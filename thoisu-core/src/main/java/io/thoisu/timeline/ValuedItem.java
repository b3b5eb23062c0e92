package io.thoisu.timeline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

/**
 * The item a property figure (a price, a value, an area, a distance: {@code [by-item]} in {@code figures.txt})
 * belongs to, as two sets of content words of its clause: before the property word, the thing that has it ({@code
 * has}: "số lưới phải bỏ trị giá …", "con tàu của gia đình trị giá …", "một bãi bồi cách …"), after it, what is
 * measured ({@code measured}: "giá xăng RON95", "diện tích sàn", "cách bản Nậm Pì").
 * A clause that opens with the property word ("Tàu dài 22 m, …, trị giá khoảng 6 tỷ") takes the words of the
 * sentence's first clause; a reported clause drops its source ("Chủ tàu … cho biết con tàu …"). Two figures are of
 * one item when, on each side, either names nothing or they share a content word: values of different items are no
 * rivals, nor two places at distances from one village.
 */
record ValuedItem(Set<String> has, Set<String> measured) {
    /** The item of a figure that is no property. */
    static final ValuedItem NONE = new ValuedItem(Set.of(), Set.of());

    /** Words that name no item: function words, classifiers, totals, qualifiers. */
    private static final Set<String> EMPTY_WORDS = Set.of("đang", "đã", "được", "bị", "phải", "và", "với", "tại",
            "của", "ở", "có", "cho", "là", "trong", "từ", "đến", "tới", "khi", "để", "sẽ", "vẫn", "cũng", "đều",
            "này", "đó", "vào", "ra", "về", "trên", "dưới", "hơn", "khoảng", "gần", "số", "con", "chiếc", "ngôi",
            "căn", "cái", "toàn", "bộ", "tổng", "cộng", "các", "những", "một", "mỗi", "ước", "tính", "lên", "theo",
            "chừng", "tầm", "nhiều", "thì", "mà", "nên", "lại", "rồi", "tăng", "giảm", "người", "so");
    private static final Set<String> REPORTING = Set.of("biết", "hay");

    ValuedItem {
        has = Set.copyOf(has);
        measured = Set.copyOf(measured);
    }

    /**
     * The item of a property figure. {@code beforeKeys} is the figure's clause before it, {@code from} and {@code to}
     * where the property word stands in it, {@code firstClauseKeys} the sentence's first clause when the figure's
     * clause is not that one (else empty).
     */
    static ValuedItem of(List<String> beforeKeys, int from, int to, List<String> firstClauseKeys) {
        Set<String> measured = content(beforeKeys.subList(Math.min(to, beforeKeys.size()), beforeKeys.size()));
        Set<String> has = content(beforeKeys.subList(reportedStart(beforeKeys, from), from));
        if (has.isEmpty() && from == 0 && !(firstClauseKeys.size() > 0 && firstClauseKeys.get(0).equals("theo"))) {
            // "Tàu dài 22 m, …, trị giá …" takes the sentence's subject; "Theo nguồn tin của báo X, …" is a source
            has = content(firstClauseKeys.subList(reportedStart(firstClauseKeys, firstClauseKeys.size()),
                    firstClauseKeys.size()));
        }
        return new ValuedItem(has, measured);
    }

    /** Whether two items can be one: on each side, either names nothing or they share a word. */
    boolean sameAs(ValuedItem other) {
        return meet(has, other.has) && meet(measured, other.measured);
    }

    /**
     * Whether both name the item they belong to, before or after their predicate ("con tàu trị giá", "giá trị con
     * tàu"), and share a word of it, or one's item is mentioned elsewhere in the other's sentence ("phí chuyển
     * nhượng của tiền vệ Minh Đạt" against "đã chi gần 9 tỷ đồng để có Minh Đạt"): stronger evidence than
     * {@link #sameAs}, which lets an unnamed item be any ("trị giá khoảng 840 tỷ" is not the value of every
     * named thing of the story). {@code sentence} and {@code otherSentence} are the two sentences' keyed words.
     */
    boolean namedAs(ValuedItem other, List<String> sentence, List<String> otherSentence) {
        if (!sameAs(other)) {
            return false;
        }
        Set<String> mine = words();
        Set<String> theirs = other.words();
        if (mine.stream().anyMatch(theirs::contains)) {
            return true;
        }
        return mine.stream().anyMatch(otherSentence::contains) || theirs.stream().anyMatch(sentence::contains);
    }

    private Set<String> words() {
        Set<String> out = new HashSet<>(has);
        out.addAll(measured);
        return out;
    }

    private static boolean meet(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    /** After the last "cho biết" / "cho hay" before {@code end}: the reported clause, not its source. */
    private static int reportedStart(List<String> keys, int end) {
        for (int i = end - 1; i > 0; i--) {
            if (REPORTING.contains(keys.get(i)) && keys.get(i - 1).equals("cho")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Set<String> content(List<String> keys) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            if (k.length() > 1 && !EMPTY_WORDS.contains(k) && k.chars().noneMatch(Character::isDigit)) {
                out.add(k);
            }
        }
        return out;
    }
}
