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
final class SpeakerClues {
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
        for (EntityMention m : entities) {
            // a name inside the quotation is whom the speaker talks about
            if (m.type() == EntityType.PER && m.start() >= since && m.end() <= open) {
                last = m;
            }
        }
        return Optional.ofNullable(last).map(EntityMention::canonical);
    }

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
}
