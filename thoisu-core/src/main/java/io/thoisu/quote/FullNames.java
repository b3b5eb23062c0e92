package io.thoisu.quote;

import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Quote;
import io.thoisu.text.VietnameseNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A speaker named short ("Huy nói", "Theo ông Toản", "Ông Salazar cam kết") is the person the article named in full
 * before: the latest earlier person whose full name ends with the short one (a Vietnamese given name, "Le Goff"), or,
 * for a name not written the Vietnamese way, holds it as one of its words ("Salazar" in "Rodrigo Salazar Ñahui",
 * "Kwon" in "Kwon Hye-jin"). A short name nobody carried before stays as it is.
 */
final class FullNames {
    private FullNames() {
    }

    static List<Quote> expand(List<Quote> quotes, List<EntityMention> entities) {
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Optional<String> full = q.speaker().flatMap(s -> fullName(s, q.start(), entities));
            out.add(full.isPresent()
                    ? new Quote(q.text(), full, q.direct(), q.start(), q.end())
                    : q);
        }
        return out;
    }

    /** The full name of {@code speaker} named before {@code before}, when the speaker is a person named short. */
    static Optional<String> fullName(String speaker, int before, List<EntityMention> entities) {
        String key = VietnameseNormalizer.key(speaker);
        String[] words = key.split(" ");
        if (words.length > 2 || !isPerson(key, entities)) {
            return Optional.empty();
        }
        String suffixHit = null;
        String wordHit = null;
        for (EntityMention m : entities) {
            if (m.type() != EntityType.PER || m.start() >= before) {
                continue;
            }
            String full = VietnameseNormalizer.key(m.canonical());
            if (full.equals(key) || full.split(" ").length <= words.length) {
                continue;
            }
            if (full.endsWith(" " + key)) {
                suffixHit = m.canonical();
            } else if (foreign(full) && (" " + full + " ").contains(" " + key + " ")) {
                wordHit = m.canonical();
            }
        }
        return Optional.ofNullable(suffixHit != null ? suffixHit : wordHit);
    }

    private static boolean isPerson(String key, List<EntityMention> entities) {
        for (EntityMention m : entities) {
            if (m.type() == EntityType.PER && VietnameseNormalizer.key(m.canonical()).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name not written the Vietnamese way, whose family name need not come last: a hyphen, or a word of more than
     * one syllable (vowels split by consonants: "Salazar", "Tomás"), where every Vietnamese word is one syllable.
     */
    private static boolean foreign(String fullKey) {
        for (String w : VietnameseNormalizer.fold(fullKey).split(" ")) {
            if (w.indexOf('-') >= 0 || vowelGroups(w) > 1) {
                return true;
            }
        }
        return false;
    }

    private static int vowelGroups(String word) {
        int groups = 0;
        boolean inVowels = false;
        for (int i = 0; i < word.length(); i++) {
            boolean vowel = "aeiouy".indexOf(word.charAt(i)) >= 0;
            if (vowel && !inVowels) {
                groups++;
            }
            inVowels = vowel;
        }
        return groups;
    }
}
