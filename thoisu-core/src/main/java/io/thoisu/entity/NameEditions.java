package io.thoisu.entity;

import io.thoisu.model.EntityType;
import java.util.List;
import java.util.Set;
import static io.thoisu.entity.CapitalRun.*;

/** The edition, year or number written after an event's, document's or variety's name (MISC), which belongs to it. */
final class NameEditions {
    private NameEditions() {
    }

    /**
     * "SEA Games 33", "V.League 2024/25", "Nghị định 168/2024/NĐ-CP", "Hương Sa 9": an event, document or variety
     * (MISC) goes on over the edition, year or number written after it, and over the rest of a number glued to it
     * by slashes. Not over a score ("3-1") nor over a figure that a lowercase noun counts ("42 km"). Returns where
     * reading goes on.
     */
    static int extend(String text, List<Word> words, int i, List<RawMention> raws) {
        if (raws.isEmpty() || i >= words.size() || i == 0) {
            return i;
        }
        RawMention last = raws.get(raws.size() - 1);
        if (last.type != EntityType.MISC || last.end != words.get(i - 1).end()) {
            return i;
        }
        int n = words.size();
        // "Giải cờ vua Hà Nội mở rộng 2025": an open tournament's "mở rộng" and its year belong to the name (an
        // edition in words, "lần thứ 23", does not: the gold of dev 1 leaves it out, dev 5 takes it in)
        int edition = i;
        if (i + 2 < n && words.get(i).key().equals("mở") && words.get(i + 1).key().equals("rộng")
                && number(words.get(i + 2)) && words.get(i + 2).text().length() == 4) {
            edition = i + 3;
        }
        if (edition > i) {
            RawMention longer = new RawMention(text.substring(last.start, words.get(edition - 1).end()), last.start,
                    words.get(edition - 1).end(), last.type, last.strong, last.words + (edition - i));
            raws.set(raws.size() - 1, longer);
            return edition;
        }
        int e = i;
        Word w = words.get(i);
        if (number(w) && w.start() == last.end + 1 && (w.text().length() <= 3 || w.text().length() == 4)
                && w.text().chars().allMatch(Character::isDigit)
                && !(i + 1 < n && words.get(i + 1).is("-") && words.get(i + 1).start() == w.end())) {
            Word after = i + 1 < n ? words.get(i + 1) : null;
            // "Sóng Vịnh 2025 thu hút …": a year is the edition, whatever word follows it
            boolean year = w.text().length() == 4 && (w.text().startsWith("19") || w.text().startsWith("20"));
            boolean counted = !year && after != null && after.letter() && !after.capitalised()
                    && after.start() == w.end() + 1 && !NUMBER_CLOSERS.contains(after.key());
            if (counted) {
                return i;
            }
            e = i + 1;
        }
        if (e < n && words.get(e).is("/") && words.get(e).start() == words.get(e - 1).end()) {
            while (e < n && e - i < 8 && words.get(e).start() == words.get(e - 1).end()
                    && (words.get(e).is("/") || words.get(e).is("-") || number(words.get(e)) || words.get(e).acronym())) {
                e++;
            }
        }
        if (e == i) {
            return i;
        }
        RawMention longer = new RawMention(text.substring(last.start, words.get(e - 1).end()), last.start, words.get(e - 1).end(),
                last.type, last.strong, last.words + (e - i));
        raws.set(raws.size() - 1, longer);
        return e;
    }

    /** Lowercase words that may follow a name's edition or year without being counted by it. */
    private static final Set<String> NUMBER_CLOSERS = Set.of("tại", "ở", "vào", "sẽ", "đã", "diễn", "và", "với",
            "của", "có", "được", "là", "khi", "sau", "trước", "do", "năm", "tới", "này", "cho", "trong", "từ",
            "đang", "vừa", "nhằm", "để");
}
