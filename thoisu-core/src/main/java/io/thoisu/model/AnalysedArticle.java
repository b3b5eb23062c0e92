package io.thoisu.model;

import java.util.List;
import java.util.Objects;

/** An article with everything the per-article stages found in it, all offsets into {@code article.text()}. */
public record AnalysedArticle(Article article, List<Sentence> sentences, List<EntityMention> entities,
                              List<TimeExpression> times, List<Quantity> quantities, List<Quote> quotes,
                              List<Claim> claims) {
    public AnalysedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        int length = article.text().length();
        for (List<? extends Span> spans : List.of(sentences, entities, times, quantities, quotes)) {
            for (Span s : spans) {
                if (s.end() > length) {
                    throw new IllegalArgumentException("span " + s + " ends past the text of article " + article.id());
                }
            }
        }
    }

    public String id() {
        return article.id();
    }
}
