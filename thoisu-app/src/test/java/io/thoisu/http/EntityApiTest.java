package io.thoisu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.thoisu.json.ContractJson;
import io.thoisu.json.Fixtures;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Origin;
import io.thoisu.store.CorpusView;
import io.thoisu.store.EmbeddedStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity routes over real sockets against a real store holding more articles than one page: the list pages
 * through every entity with its cursor, an entity's articles and quotes page with offsets, and the co-mention graph
 * comes with its links.
 */
class EntityApiTest {
    private static final int ARTICLES = 45;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    private static EmbeddedStore store;
    private static ApiServer server;

    @BeforeAll
    static void start() {
        store = EmbeddedStore.open(dir.resolve("data"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String id = String.format("lu-%02d", i);
            AnalysedArticle a = Fixtures.flood(id, i % 2 == 0 ? "Báo Đồng Vân" : "Tin Miền Núi",
                    Fixtures.at(1 + i % 20, 8));
            store.commitDocument("doc-" + i, new Origin("fixtures/" + id, ""), List.of(a), List.of());
            ids.add(id);
        }
        store.replaceCorpus(new CorpusView(List.of(Fixtures.story("s-1", List.of(store.article("lu-00").orElseThrow(),
                store.article("lu-01").orElseThrow()))), Map.of("lu-00", "s-1", "lu-01", "s-1"),
                List.of(List.of("lu-00", "lu-01"))));
        server = ApiServer.start(store, "127.0.0.1", 0, "off");
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void theListPagesThroughEveryEntityAndFindsNamesWithoutDiacritics() throws Exception {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = get("/api/entities?limit=1" + (cursor == null ? "" : "&cursor=" + q(cursor)));
            assertThat(page.get("total").asInt()).isEqualTo(3);
            page.get("entities").forEach(e -> assertThat(seen.add(e.get("canonical").asText())).isTrue());
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrder("Lò Văn Khải", "Bến Sỏi", "Sở Nông nghiệp Đồng Vân");

        JsonNode found = get("/api/entities?q=lo+van");
        assertThat(found.get("entities")).hasSize(1);
        assertThat(found.get("entities").get(0).get("canonical").asText()).isEqualTo("Lò Văn Khải");
        assertThat(found.get("entities").get(0).get("articles").asInt()).isEqualTo(ARTICLES);
        assertThat(status("/api/entities?cursor=nonsense")).isEqualTo(400);
    }

    @Test
    void anEntityPageHasDaysStoriesQuotesCoMentionsAndPagedArticles() throws Exception {
        String path = "/api/entities/" + q("Lò Văn Khải");
        JsonNode e = get(path);
        assertThat(e.get("articleCount").asInt()).isEqualTo(ARTICLES);
        assertThat(e.get("mentions").asInt()).isEqualTo(ARTICLES);
        int perDay = 0;
        for (JsonNode d : e.get("perDay")) {
            assertThat(d.get("day").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            perDay += d.get("mentions").asInt();
        }
        assertThat(perDay).isEqualTo(ARTICLES);
        assertThat(e.get("perDay")).hasSize(20);
        assertThat(e.get("stories").get(0).get("id").asText()).isEqualTo("s-1");
        assertThat(e.get("stories").get(0).get("articlesWithEntity").asInt()).isEqualTo(2);
        assertThat(e.get("coMentioned").findValuesAsText("canonical"))
                .containsExactlyInAnyOrder("Bến Sỏi", "Sở Nông nghiệp Đồng Vân");
        assertThat(e.get("links")).singleElement().satisfies(l -> assertThat(l.get("articles").asInt()).isEqualTo(ARTICLES));
        assertThat(e.get("quotesTotal").asInt()).isEqualTo(ARTICLES);
        assertThat(e.get("quotes")).hasSize(20);
        assertThat(e.get("articles")).hasSize(20);
        assertThat(e.get("articles").get(0).get("mentions").get(0).get("context").asText()).contains("Lò Văn Khải");

        Set<String> articles = new HashSet<>();
        e.get("articles").forEach(a -> articles.add(a.get("id").asText()));
        int offset = e.get("articlesNext").asInt();
        while (true) {
            JsonNode page = get(path + "/articles?offset=" + offset + "&limit=20");
            page.get("articles").forEach(a -> assertThat(articles.add(a.get("id").asText())).isTrue());
            if (page.get("next").isNull()) {
                break;
            }
            offset = page.get("next").asInt();
        }
        assertThat(articles).hasSize(ARTICLES);
        assertThat(get(path + "/quotes?offset=40").get("quotes")).hasSize(ARTICLES - 40);
        assertThat(get(path + "/co-mentioned?limit=1").get("coMentioned")).hasSize(1);
        // the same entity typed without diacritics is not the same key: the route wants the canonical name
        assertThat(status("/api/entities/" + q("Không Ai"))).isEqualTo(404);
        assertThat(status(path + "/articles?offset=-1")).isEqualTo(400);
    }

    @Test
    void searchHitsNameTheOutletsOfTheirFoldedCopies() throws Exception {
        JsonNode result = get("/api/search?q=" + q("Bến Sỏi") + "&limit=100");
        JsonNode folded = null;
        for (JsonNode h : result.get("hits")) {
            if (h.get("copies").size() > 0) {
                folded = h;
            }
        }
        assertThat(folded).as("lu-00 and lu-01 are one group").isNotNull();
        JsonNode details = folded.get("copyDetails");
        assertThat(details).hasSize(folded.get("copies").size());
        assertThat(details.get(0).get("id").asText()).isEqualTo(folded.get("copies").get(0).asText());
        assertThat(details.get(0).get("outlet").asText()).isIn("Báo Đồng Vân", "Tin Miền Núi");
    }

    @Test
    void theOpenApiFileDescribesEveryEntityRouteAndItsErrors() throws Exception {
        JsonNode paths = get("/api/openapi.json").get("paths");
        for (String path : List.of("/api/entities", "/api/entities/{name}", "/api/entities/{name}/articles",
                "/api/entities/{name}/quotes", "/api/entities/{name}/co-mentioned")) {
            assertThat(paths.has(path)).as(path).isTrue();
            assertThat(paths.get(path).get("get").get("responses").has("429")).as(path).isTrue();
        }
        assertThat(paths.get("/api/entities").get("get").get("parameters").findValuesAsText("name")).contains("cursor");
        JsonNode schemas = get("/api/openapi.json").get("components").get("schemas");
        assertThat(schemas.get("SearchResult").get("properties").get("hits").get("items").get("properties")
                .has("copyDetails")).isTrue();
        assertThat(schemas.get("Entity").get("properties").has("perDay")).isTrue();
        assertThat(schemas.get("Entity").get("properties").has("links")).isTrue();
    }

    private static int status(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return ContractJson.mapper().readTree(r.body());
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
