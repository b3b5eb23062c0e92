package io.thoisu.entity;

import static io.thoisu.entity.CapitalRun.capitalRun;
import static io.thoisu.entity.CapitalRun.nextCapital;
import static io.thoisu.entity.CapitalRun.number;
import static io.thoisu.entity.CapitalRun.phrase;

import io.thoisu.model.EntityType;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words around a capitalised run that say what kind of name it is, or that it is none: "người" before a
 * nationality or a people, "tàu" before a ship, "Đại hội" before a roman numeral, a park's head that makes it a
 * body, the kind of an event between its head and its name, a year after an event, an order of magnitude before
 * a unit. Each method returns where the name it reads ends (or starts), or the index it was given when there is
 * none.
 */
final class NameCues {
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private final Lexicon lexicon;

    NameCues(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The end of a country written after "người" (a nationality: "người Pháp"), or {@code i} when none. */
    int nationalityAfter(List<Word> words, int i) {
        if (!words.get(i).key().equals("người") || !nextCapital(words, i + 1)) {
            return i;
        }
        int known = lexicon.known.length(words, i + 1);
        return known > 0 && lexicon.knownType(words, i + 1) == EntityType.LOC ? i + 1 + known : i;
    }

    /**
     * "tàu Ocean Pearl", "tàu hàng Northern Star": a ship's name after "tàu" and at most one word of its kind, when
     * every word of it is foreign (a Vietnamese-looking run after "tàu" may be a place or an owner). Returns the end
     * of the name, or {@code i} when none follows.
     */
    int shipName(List<Word> words, int i) {
        if (!words.get(i).key().equals("tàu")) {
            return i;
        }
        int s = i + 1;
        if (s < words.size() && words.get(s).letter() && !words.get(s).capitalised()) {
            s++;
        }
        int end = capitalRun(words, s);
        if (end == s || lexicon.known.length(words, s) > 0 || end < words.size() && number(words.get(end))) {
            return i; // "tàu cá QNg 96317 TS": a registration number, not a name
        }
        for (int k = s; k < end; k++) {
            if (!NameShape.foreign(words.get(k)) || words.get(k).acronym()) {
                return i;
            }
        }
        return end;
    }

    /** Where the capitalised run that ends at {@code end} starts, after {@code i}. */
    static int capitalRunStart(List<Word> words, int i, int end) {
        int s = end;
        while (s > i + 1 && words.get(s - 1).capitalised()) {
            s--;
        }
        return s;
    }

    /**
     * "Đại hội XIV", "Đại hội XIII của Đảng": a congress numbered in roman numerals is a named event, with the party
     * it belongs to when written after it. Returns its end, or {@code i} when none starts at {@code i}.
     */
    static int congress(List<Word> words, int i) {
        if (i + 2 >= words.size() || !words.get(i).is("Đại") || !words.get(i + 1).key().equals("hội")
                || !words.get(i + 2).acronym() || !ROMAN.matcher(words.get(i + 2).text()).matches()) {
            return i;
        }
        int end = i + 3;
        if (end + 1 < words.size() && words.get(end).key().equals("của") && words.get(end + 1).is("Đảng")) {
            end += 2;
        }
        return end;
    }

    /** The end of a park's or reserve's name written with its capitalised head, or {@code i} when none is. */
    int institutionEnd(List<Word> words, int i) {
        int place = lexicon.placeHeads.length(words, i);
        if (place < 2 || !words.get(i).capitalised() || words.get(i + 1).capitalised() || !nextCapital(words, i + place)
                || !INSTITUTION_PLACES.contains(phrase(words, i, i + place))) {
            return i;
        }
        return capitalRun(words, i + place);
    }

    /** Parks and reserves, named like places, that are also the bodies that run them. */
    private static final Set<String> INSTITUTION_PLACES = Set.of("vườn quốc gia", "khu bảo tồn", "khu bảo tồn thiên nhiên");

    /**
     * After a MISC head written without a capital after it: one or two lowercase words saying what kind of event it
     * is ("âm nhạc", "chạy"), then the capitalised name proper, which must not be a known name, a title or a body's
     * head (a place's head written with a capital is part of it: "Cao nguyên Sương Mù").
     * Returns where the name proper starts, or {@code j} when there is none.
     */
    int describedName(List<Word> words, int j) {
        int d = j;
        // the kind may be a verb ("Giải chạy", "Giải đua"): the capitalised name must follow at once
        while (d < words.size() && d - j < 2 && words.get(d).letter() && !words.get(d).capitalised()
                && lexicon.placeHeads.length(words, d) == 0) {
            d++;
        }
        if (d == j || !nextCapital(words, d) || words.get(d).acronym() || lexicon.known.length(words, d) > 0
                || lexicon.titleAt(words, d) > 0 || lexicon.orgHeads.length(words, d) > 0) {
            return j;
        }
        return d;
    }

    /** A year written after an event's name ("2024"). */
    static boolean edition(Word w) {
        String t = w.text();
        return t.length() == 4 && (t.startsWith("19") || t.startsWith("20")) && t.chars().allMatch(Character::isDigit);
    }

    /** Orders of magnitude written as words between a figure and its unit ("2,4 triệu TEU"). */
    static final Set<String> MAGNITUDES = Set.of("nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn", "trăm");
}
