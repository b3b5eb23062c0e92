package io.thoisu.pipeline;

import io.thoisu.clean.FurnitureLearner;
import io.thoisu.clean.PageCleaner;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.RawDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The data flow of DESIGN.md wired once: clean a raw document into articles, analyse each article, and (for a set
 * of articles) run the corpus stages. The per-document part is pure and thread-safe, so a runner may call
 * {@link #analyse} from many threads; {@link #cluster} builds fresh corpus state machines per call.
 */
public final class Pipeline {
    private final PageCleaner cleaner;
    private final ArticleAnalyzer analyzer;
    private final CorpusRunner corpus;

    public Pipeline(PageCleaner cleaner, ArticleAnalyzer analyzer, CorpusRunner corpus) {
        this.cleaner = cleaner;
        this.analyzer = analyzer;
        this.corpus = corpus;
    }

    /** The standard stages with their default settings; loading the dictionaries and models takes a moment. */
    public static Pipeline standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Pipeline STANDARD = new Pipeline(new PageCleaner(), new ArticleAnalyzer(), new CorpusRunner());
    }

    /** The same pipeline whose cleaner also drops the furniture learned so far from a corpus. */
    public Pipeline withFurniture(FurnitureLearner.Snapshot furniture) {
        return new Pipeline(cleaner.withFurniture(furniture), analyzer, corpus);
    }

    public PageCleaner cleaner() {
        return cleaner;
    }

    public ArticleAnalyzer analyzer() {
        return analyzer;
    }

    /** Cleans one document into its articles and analyses each; the options fill in what the document lacks. */
    public List<AnalysedArticle> analyse(RawDocument doc, AnalysisOptions options) {
        List<AnalysedArticle> out = new ArrayList<>();
        for (Article article : clean(doc, options)) {
            out.add(analyzer.analyse(article, options));
        }
        return out;
    }

    /** The articles {@link #analyse} would analyse: the cleaner's, with what the options fill in. */
    public List<Article> clean(RawDocument doc, AnalysisOptions options) {
        return cleaner.clean(doc).stream().map(a -> withGivenPublication(a, options)).toList();
    }

    /** Duplicates and stories of these articles, fed in publication order. */
    public CorpusResult cluster(List<AnalysedArticle> articles) {
        return corpus.run(articles);
    }

    private static Article withGivenPublication(Article a, AnalysisOptions options) {
        if (a.published().isPresent() || options.published().isEmpty()) {
            return a;
        }
        return new Article(a.id(), a.origin(), a.url(), a.title(), options.published(), a.outlet(), a.authors(),
                a.language(), a.text(), a.captions(), a.removed());
    }
}
