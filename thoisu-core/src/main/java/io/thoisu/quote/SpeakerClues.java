package io.thoisu.quote;

import io.thoisu.entity.Word;
import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Clues to a speaker that the article gives around the speech rather than in a name before the verb: a person
 * described after the quotation, the body that opens a sentence before its apposition, the first person in a
 * source's name, a body in parentheses that only says whose the first one is.
 */
public final class SpeakerClues {
    private SpeakerClues() {
    }

    /**
     * ‘…”, nhà cầm quân người Brazil nói’, ‘…”, tay vợt 22 tuổi thừa nhận’: a quotation's speaker described rather than
     * named, right after it, is the last person named in the sentences before it (the quotation's own sentence or
     * the one before), as news writes a quote after introducing its speaker. Not an indefinite description ("một
     * người dân", "nhiều hộ dân"), which is somebody else.
     */
    static Optional<String> describedSpeaker(String text, List<Sentence> sentences, List<EntityMention> entities, int from,
                                             int to, Sentence quoteSentence, int open) {
        String phrase = text.substring(from, to).strip();
        while (phrase.startsWith(",")) {
            phrase = phrase.substring(1).strip();
        }
        if (phrase.isEmpty() || !Character.isLowerCase(phrase.codePointAt(0)) || phrase.split(" ").length > 8) {
            return Optional.empty();
        }
        String key = io.thoisu.text.VietnameseNormalizer.key(phrase);
        for (String indefinite : INDEFINITE) {
            if (key.equals(indefinite) || key.startsWith(indefinite + " ")) {
                return Optional.empty();
            }
        }
        for (EntityMention m : entities) {
            if (m.start() >= from && m.end() <= to && m.type() != EntityType.LOC) {
                return Optional.empty(); // a body or a work is named: not a description of a person
            }
        }
        // the sentence before, or two back when the one before is a parenthesis split off as a sentence of its own
        Sentence previous = null;
        Sentence beforePrevious = null;
        for (Sentence s : sentences) {
            if (s.end() <= quoteSentence.start()) {
                beforePrevious = previous;
                previous = s;
            }
        }
        boolean splitOff = previous != null && text.startsWith("(", previous.start());
        int since = splitOff && beforePrevious != null ? beforePrevious.start()
                : previous != null ? previous.start() : quoteSentence.start();
        EntityMention last = null;
        EntityMention lastMain = null;
        EntityMention earlierMain = null;
        int earlier = beforePrevious != null && !splitOff ? beforePrevious.start() : since;
        for (EntityMention m : entities) {
            // a name inside the quotation is whom the speaker talks about
            if (m.type() == EntityType.PER && m.start() >= since && m.end() <= open) {
                last = m;
                if (!apposed(text, m)) {
                    lastMain = m;
                }
            } else if (m.type() == EntityType.PER && m.start() >= earlier && m.end() <= since && !apposed(text, m)) {
                earlierMain = m;
            }
        }
        // "Rotich về đích trước người xếp thứ hai, đồng hương Daniel K., …": a person set in commas after a common
        // noun is a side figure; the description means the one the story follows (named just before it when the
        // side figure is all the sentence before names)
        EntityMention chosen = lastMain != null ? lastMain : last != null && earlierMain != null ? earlierMain : last;
        return Optional.ofNullable(chosen).map(EntityMention::canonical);
    }

    /**
     * Whether the person stands in apposition to a common noun, between commas: "Người về nhì, Vàng A Chinh, cán
     * đích …", "người xếp thứ hai, đồng hương Daniel Kipkemoi, …". Not after a form of address ("…, ông A, cho biết").
     */
    private static boolean apposed(String text, EntityMention m) {
        int after = m.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (after >= text.length() || text.charAt(after) != ',') {
            return false;
        }
        int k = m.start();
        for (int words = 0; words <= 2; words++) {
            while (k > 0 && text.charAt(k - 1) == ' ') {
                k--;
            }
            if (k > 0 && text.charAt(k - 1) == ',') {
                return true;
            }
            int end = k;
            while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
                k--;
            }
            if (k == end || !Character.isLowerCase(text.charAt(k))
                    || ADDRESS.contains(io.thoisu.text.VietnameseNormalizer.key(text.substring(k, end)))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> ADDRESS = Set.of("ông", "bà", "anh", "chị", "cô", "chú", "cụ", "em", "thầy");

    /** Openings of a description that points at nobody named: "một người dân", "nhiều hộ", "ai đó". */
    private static final Set<String> INDEFINITE = Set.of("một", "nhiều", "các", "những", "người dân", "ai", "ai đó",
            "có người", "mọi người", "số", "phần lớn", "đa số", "hai", "ba");

    /** A body that opens the sentence and a comma closes: the subject before an apposition. */
    static Optional<String> openingSubject(List<EntityMention> entities, List<Word> words, int sentenceStart) {
        for (EntityMention m : entities) {
            if (m.start() == sentenceStart && m.type() == EntityType.ORG) {
                for (int k = 0; k < words.size(); k++) {
                    if (words.get(k).start() >= m.end()) {
                        return words.get(k).is(",") ? Optional.of(m.canonical()) : Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The first person named in {@code [from, to)}. */
    static Optional<String> firstPerson(List<EntityMention> entities, int from, int to) {
        for (EntityMention m : entities) {
            if (m.type() == EntityType.PER && m.start() >= from && m.end() <= to) {
                return Optional.of(m.canonical());
            }
        }
        return Optional.empty();
    }

    /** Whether the mention stands right after an opening parenthesis. */
    static boolean parenthesised(String text, EntityMention m) {
        int k = m.start() - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && text.charAt(k) == '(';
    }

    /** Words that join a second verb to the subject's first: "và khuyến cáo", "vì cho rằng", "đồng thời khẳng định". */
    private static final Set<String> CONJUNCTIONS = Set.of("và", "vì", "rồi", "nhưng", "song", "nên");

    /** Whether the verb at {@code verb} follows a conjunction (auxiliaries between allowed): a coordinated verb. */
    static boolean afterConjunction(List<Word> words, int verb) {
        int k = verb - 1;
        while (k >= 0 && SpeechVerbs.AUXILIARIES.contains(words.get(k).key())) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String key = words.get(k).key();
        return CONJUNCTIONS.contains(key) || (key.equals("thời") && k > 0 && words.get(k - 1).key().equals("đồng"));
    }

    /**
     * The subject of a sentence whose later verb is coordinated with its first: the first person named before
     * {@code to}, else a body opening the sentence (or its first clause after an opening phrase: "Ngày 7/4, Viện A
     * …").
     */
    static Optional<String> sentenceSubject(List<EntityMention> entities, List<Word> words, int sentenceStart, int to) {
        Optional<String> person = firstPerson(entities, sentenceStart, to);
        if (person.isPresent()) {
            return person;
        }
        int clause = sentenceStart;
        for (Word w : words) {
            if (w.is(",")) {
                clause = w.end();
                break;
            }
        }
        for (EntityMention m : entities) {
            if (m.type() == EntityType.ORG && m.end() <= to && (m.start() == sentenceStart
                    || (m.start() > clause - 1 && m.start() <= clause + 1))) {
                return Optional.of(m.canonical());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the words from {@code k} to the sentence's end are a short description in lowercase ("đơn vị tổ
     * chức", "cơ quan thường trực"): an apposition after a source, not what was said.
     */
    static boolean description(List<Word> words, int k) {
        int letters = 0;
        for (int j = k; j < words.size(); j++) {
            Word w = words.get(j);
            if (w.letter()) {
                if (w.capitalised() || ++letters > 6) {
                    return false;
                }
            } else if (!w.is(".") && !w.is("!")) {
                return false;
            }
        }
        return letters > 0;
    }

    private static final Set<String> PARTNER_WORDS = Set.of("với", "cùng", "thuộc");

    /** Whether the mention comes after "với", "cùng" or "thuộc" ("phối hợp với B"): a partner, not the subject. */
    static boolean partner(String text, EntityMention m) {
        String before = text.substring(Math.max(0, m.start() - 7), m.start()).strip();
        // "Cục A thuộc Bộ B khuyến nghị": the parent body after "thuộc" only says whose the first one is
        for (String word : PARTNER_WORDS) {
            if (before.endsWith(" " + word) || before.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The word written right before a mention (spaces skipped), or an empty string when none is. */
    static String wordBefore(String text, EntityMention m) {
        int end = m.start();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** Verbs that send a document to somebody: "hồ sơ trình UNESCO", "báo cáo gửi Quốc hội". */
    private static final Set<String> SENDING = Set.of("trình", "gửi", "nộp", "tới", "lên");

    /**
     * Whether the mention is whom a document went to ("Theo hồ sơ trình UNESCO, …", "theo báo cáo gửi Bộ Tài
     * chính"): the recipient does not vouch for what the document says; its author is not named.
     */
    public static boolean recipient(String text, EntityMention m) {
        String before = wordBefore(text, m);
        return !before.isEmpty() && SENDING.contains(io.thoisu.text.VietnameseNormalizer.key(before));
    }
}
