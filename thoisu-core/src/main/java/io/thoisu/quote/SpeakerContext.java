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
    private List<Roles.Holder> holders;

    SpeakerContext(String text, List<Sentence> sentences, List<EntityMention> entities, Map<String, String> bindings,
            Roles roles, ArticleWords article) {
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

    List<Roles.Holder> holders() {
        if (holders == null) {
            holders = roles.holders(article, entities);
        }
        return holders;
    }
}
