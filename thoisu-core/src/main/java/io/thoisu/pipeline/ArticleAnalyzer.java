package io.thoisu.pipeline;

import io.thoisu.claim.ClaimExtractor;
import io.thoisu.entity.ArticleWords;
import io.thoisu.entity.EntityRecognizer;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.Claim;
import io.thoisu.model.EntityMention;
import io.thoisu.model.Quantity;
import io.thoisu.model.Quote;
import io.thoisu.model.Sentence;
import io.thoisu.model.TimeExpression;
import io.thoisu.quantity.QuantityRecognizer;
import io.thoisu.quote.QuoteExtractor;
import io.thoisu.text.SentenceSplitter;
import io.thoisu.time.TimeContext;
import io.thoisu.time.TimeRecognizer;
import java.util.List;

/**
 * The per-article stages in the order their inputs require: sentences first; times and quantities from the text;
 * entities per sentence; quotes need entities for their speakers; claims need all of them. Pure and thread-safe,
 * like each stage it holds.
 */
public final class ArticleAnalyzer {
    private final SentenceSplitter sentences;
    private final TimeRecognizer times;
    private final QuantityRecognizer quantities;
    private final EntityRecognizer entities;
    private final QuoteExtractor quotes;
    private final ClaimExtractor claims;

    public ArticleAnalyzer() {
        this(new SentenceSplitter(), new TimeRecognizer(), new QuantityRecognizer(), new EntityRecognizer(),
                new QuoteExtractor(), new ClaimExtractor());
    }

    public ArticleAnalyzer(SentenceSplitter sentences, TimeRecognizer times, QuantityRecognizer quantities,
                           EntityRecognizer entities, QuoteExtractor quotes, ClaimExtractor claims) {
        this.sentences = sentences;
        this.times = times;
        this.quantities = quantities;
        this.entities = entities;
        this.quotes = quotes;
        this.claims = claims;
    }

    public AnalysedArticle analyse(Article article) {
        return analyse(article, AnalysisOptions.NONE);
    }

    /** The options fill in what the article lacks: its publication time and the year of day-month dates. */
    public AnalysedArticle analyse(Article article, AnalysisOptions options) {
        String text = article.text();
        List<Sentence> s = sentences.split(text);
        TimeContext context = new TimeContext(article.published().or(options::published), options.year());
        List<TimeExpression> t = times.recognize(text, s, context);
        List<Quantity> q = quantities.recognize(text);
        // one word scan shared by the three extraction stages: scanning and keying words is most of their cost
        ArticleWords words = ArticleWords.scan(text, s);
        List<EntityMention> e = entities.recognizeWords(text, words);
        List<Quote> quoted = quotes.extract(text, words, e);
        List<Claim> c = claims.extract(article, words, e, t, q, quoted);
        return new AnalysedArticle(article, s, e, t, q, quoted, c);
    }
}
