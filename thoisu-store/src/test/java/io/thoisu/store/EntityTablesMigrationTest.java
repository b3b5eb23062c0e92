package io.thoisu.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.EntityMention;
import io.thoisu.text.VietnameseNormalizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written before the entity tables existed (schema V1) gets them filled from its rows when it is opened:
 * entity counts from the mentions, quotes from the stored analysis JSON.
 */
class EntityTablesMigrationTest {
    @TempDir
    Path dir;

    @Test
    void openingAnOlderStoreFillsEntityCountsAndQuotesFromItsRows() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        String url = "jdbc:sqlite:" + data.resolve("thoisu.db").toAbsolutePath();
        Flyway.configure(getClass().getClassLoader()).dataSource(url, null, null)
                .locations("classpath:db/migration").target("1").load().migrate();
        Random random = new Random(3);
        List<AnalysedArticle> articles = List.of(EntityCorpus.article(random, 1, 0), EntityCorpus.article(random, 2, 0),
                EntityCorpus.article(random, 3, 0), EntityCorpus.article(random, 4, 0));
        try (Connection db = DriverManager.getConnection(url)) {
            for (AnalysedArticle a : articles) {
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO articles (id, document_key, source, "
                        + "position, title, published, outlet, authors, text, analysis) VALUES (?, ?, ?, '', ?, ?, ?, '[]', ?, ?)")) {
                    ps.setString(1, a.id());
                    ps.setString(2, "doc-" + a.id());
                    ps.setString(3, a.article().origin().source());
                    ps.setString(4, a.article().title().orElse(null));
                    ps.setString(5, a.article().published().map(p -> p.wireValue()).orElse(null));
                    ps.setString(6, a.article().outlet().orElse(null));
                    ps.setString(7, a.article().text());
                    ps.setString(8, ModelJson.write(a));
                    ps.executeUpdate();
                }
                for (EntityMention m : a.entities()) {
                    try (PreparedStatement ps = db.prepareStatement("INSERT INTO entity_mentions (article_id, canonical, "
                            + "canonical_key, type, text, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        ps.setString(1, a.id());
                        ps.setString(2, m.canonical());
                        ps.setString(3, VietnameseNormalizer.key(m.canonical()));
                        ps.setString(4, m.type().name());
                        ps.setString(5, m.text());
                        ps.setInt(6, m.start());
                        ps.setInt(7, m.end());
                        ps.executeUpdate();
                    }
                }
            }
        }
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            EntityQueries q = store.entityQueries().orElseThrow();
            EntityQueries.EntityPage page = q.list("", 100, Optional.empty());
            long keys = articles.stream().flatMap(a -> a.entities().stream())
                    .map(m -> VietnameseNormalizer.key(m.canonical())).distinct().count();
            assertThat(page.total()).hasValue(keys);
            for (EntitySummary e : page.entities()) {
                String key = VietnameseNormalizer.key(e.canonical());
                long inArticles = articles.stream().filter(a -> a.entities().stream()
                        .anyMatch(m -> VietnameseNormalizer.key(m.canonical()).equals(key))).count();
                assertThat(e.articles()).as(e.canonical()).isEqualTo(inArticles);
            }
            long quotes = articles.stream().mapToLong(a -> a.quotes().size()).sum();
            assertThat(quotes).as("the seed gives quotes").isPositive();
            long found = page.entities().stream().mapToLong(e -> q.quotes(e.canonical(), 100, 0).total()).sum();
            assertThat(found).isEqualTo(quotes);
        }
    }
}
