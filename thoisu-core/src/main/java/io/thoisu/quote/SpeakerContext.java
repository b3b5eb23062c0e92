package io.thoisu.quote;

import io.thoisu.entity.ArticleWords;
import io.thoisu.entity.Roles;
import io.thoisu.model.EntityMention;
import io.thoisu.model.Sentence;
import java.util.List;
import java.util.Map;

/** What the speaker rules know of one article; the title holders are listed only if a rule asks for them. */
final class SpeakerContext {
    private final String text;
    private final List<Sentence> sentences;
    private final List<EntityMention> entities;
    private final Map<String, String> bindings;
    private final Roles roles;
    private final ArticleWords article;
    private final List<io.thoisu.model.Quote> known;
    private List<Roles.Holder> holders;
    private boolean pronounResolved;

    SpeakerContext(String text, List<Sentence> sentences, List<EntityMention> entities, Map<String, String> bindings,
            Roles roles, ArticleWords article) {
        this(text, sentences, entities, bindings, roles, article, List.of());
    }

    /**
     * The same article with the quotes a first reading found: a pronoun then stands for whoever spoke last before it
     * as well as for whoever was named last, and names inside what was said are not candidates.
     */
    SpeakerContext(String text, List<Sentence> sentences, List<EntityMention> entities, Map<String, String> bindings,
            Roles roles, ArticleWords article, List<io.thoisu.model.Quote> known) {
        this.known = List.copyOf(known);
        this.text = text;
        this.sentences = sentences;
        this.entities = entities;
        this.bindings = bindings;
        this.roles = roles;
        this.article = article;
    }

    String text() {
        return text;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    List<EntityMention> entities() {
        return entities;
    }

    Map<String, String> bindings() {
        return bindings;
    }

    /** The quotes of a first reading (empty on the first reading itself). */
    List<io.thoisu.model.Quote> known() {
        return known;
    }

    /** Whether some speaker was found through a pronoun ("ông nói"): only then is a second reading worth it. */
    boolean pronounResolved() {
        return pronounResolved;
    }

    void notePronoun() {
        pronounResolved = true;
    }

    List<Roles.Holder> holders() {
        if (holders == null) {
            holders = roles.holders(article, entities);
        }
        return holders;
    }
}
