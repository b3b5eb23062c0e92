package io.thoisu.entity;

import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Roles that stand for a person later in the article. News names a person once with the office ("Thứ trưởng Quốc
 * phòng Kazakhstan, Tướng Sultan Kamaletdinov") and then quotes the office alone ("…", Thứ trưởng Quốc phòng
 * Kazakhstan cho biết). A role is a title with its portfolio and the places or bodies that qualify it.
 */
public final class Roles {
    private final Lexicon lexicon;

    public Roles(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Role key → canonical name of the person the article gave that role to (the last one wins). */
    public Map<String, String> bindings(String text, List<Sentence> sentences, List<EntityMention> entities) {
        return bindings(text, ArticleWords.scan(text, sentences), entities);
    }

    /** The same on an article already scanned into words. */
    public Map<String, String> bindings(String text, ArticleWords article, List<EntityMention> entities) {
        Map<String, String> out = new HashMap<>();
        Map<Integer, EntityMention> personAt = new HashMap<>();
        for (EntityMention m : entities) {
            if (m.type() == EntityType.PER) {
                personAt.put(m.start(), m);
            }
        }
        if (personAt.isEmpty()) {
            return out;
        }
        for (List<Word> words : article.sentences()) {
            for (int i = 0; i < words.size(); i++) {
                if (lexicon.titleAt(words, i) == 0) {
                    continue;
                }
                int[] end = new int[1];
                String key = roleKey(words, i, end);
                int j = end[0];
                // an appositive office: "Thứ trưởng …, Tướng Sultan Kamaletdinov"
                if (j < words.size() && words.get(j).is(",") && lexicon.titleAt(words, j + 1) > 0) {
                    int[] end2 = new int[1];
                    roleKey(words, j + 1, end2);
                    j = end2[0];
                }
                if (j < words.size() && personAt.containsKey(words.get(j).start())) {
                    out.put(key, personAt.get(words.get(j).start()).canonical());
                }
            }
        }
        return out;
    }

    /** The role written at the start of {@code phrase}, as a key, when the phrase starts with a title. */
    public Optional<String> roleOf(String phrase) {
        List<Word> words = Word.scan(phrase, 0, phrase.length());
        int i = 0;
        while (i < words.size() && !words.get(i).letter()) {
            i++;
        }
        if (i >= words.size() || lexicon.titleAt(words, i) == 0) {
            return Optional.empty();
        }
        return Optional.of(roleKey(words, i, new int[1]));
    }

    /** Title, portfolio and qualifying names from {@code i}; {@code end[0]} receives the index after them. */
    private String roleKey(List<Word> words, int i, int[] end) {
        int j = i + lexicon.titleAt(words, i);
        while (j < words.size()) {
            int known = lexicon.knownAt(words, j);
            if (known > 0 && lexicon.knownType(words, j) != EntityType.PER) {
                j += known;
            } else {
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < j; k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(words.get(k).key());
        }
        end[0] = j;
        return sb.toString();
    }

    public Lexicon lexicon() {
        return lexicon;
    }
}
