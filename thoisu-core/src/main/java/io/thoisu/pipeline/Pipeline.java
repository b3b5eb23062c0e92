package io.thoisu.pipeline;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * STAND-IN (thoisu-app worktree only; the lead's real Pipeline replaces it): one article per document with the text
 * as it is and nothing found in it; clustering forms no stories. Just enough for the CLI and server to run.
 */
public final class Pipeline {
    private Pipeline() {
    }

    public static Pipeline standard() {
        return new Pipeline();
    }

    public List<AnalysedArticle> analyse(RawDocument doc, AnalysisOptions options) {
        String text = doc.text().strip();
        String id = doc.hints().id().orElseGet(() -> contentId(text));
        Article article = new Article(id, doc.origin(), doc.hints().url(), doc.hints().title(),
                options.published(), doc.hints().outlet(), doc.hints().authors(), "vi", text, List.of(), List.of());
        return List.of(new AnalysedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    public CorpusResult cluster(List<AnalysedArticle> articles) {
        return new CorpusResult(List.of(), Map.of(), List.of());
    }

    private static String contentId(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
