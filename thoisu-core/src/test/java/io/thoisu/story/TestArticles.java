package io.thoisu.story;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.EntityMention;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Test-only builders of articles: text in, an AnalysedArticle with nothing analysed (or given entities) out. */
public final class TestArticles {
    private TestArticles() {
    }

    public static AnalysedArticle of(String id, String title, String text, LocalDate date, String outlet) {
        return of(id, title, text, date, outlet, List.of());
    }

    public static AnalysedArticle of(String id, String title, String text, LocalDate date, String outlet,
                                     List<EntityMention> entities) {
        Article a = new Article(id, Origin.ofFile(id + ".txt"), Optional.empty(), Optional.ofNullable(title),
                Optional.ofNullable(date).map(Published::ofDay), Optional.ofNullable(outlet), List.of(), "vi", text,
                List.of(), List.of());
        return new AnalysedArticle(a, List.of(), entities, List.of(), List.of(), List.of(), List.of());
    }

    /** A fixture file: first line the headline, the rest the body. */
    public static AnalysedArticle fixture(Class<?> near, String resource, String id, LocalDate date, String outlet) {
        String raw = read(near, resource);
        int nl = raw.indexOf('\n');
        return of(id, raw.substring(0, nl).strip(), raw.substring(nl + 1).strip(), date, outlet);
    }

    public static String read(Class<?> near, String resource) {
        try (InputStream in = near.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
