package io.thoisu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.thoisu.json.ContractJson;
import io.thoisu.json.Fixtures;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.store.SearchQuery;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API over real sockets on 127.0.0.1, against a test double of the store. */
class ApiServerTest {
    private static final StoreDouble STORE = new StoreDouble();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static ApiServer server;

    @BeforeAll
    static void start() {
        AnalysedArticle first = Fixtures.flood("lu-01", "Báo Đồng Vân", Fixtures.at(14, 19));
        AnalysedArticle second = Fixtures.flood("lu-02", "Tin Miền Núi", Fixtures.at(15, 8));
        STORE.articles.put(first.id(), first);
        STORE.articles.put(second.id(), second);
        STORE.stories.add(Fixtures.story("s-1", List.of(first, second)));
        STORE.storyOf.put("lu-01", "s-1");
        STORE.storyOf.put("lu-02", "s-1");
        STORE.duplicates.add(List.of("lu-01", "lu-02"));
        server = ApiServer.start(STORE, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        return ContractJson.mapper().readTree(response.body());
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void searchPassesEveryParameterToTheStore() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + q("Bến Sỏi") + "&outlet=" + q("Báo Đồng Vân")
                + "&entity=" + q("Lò Văn Khải") + "&story=s-1&from=2024-03-01&to=2024-03-31&sort=date&limit=5&cursor=abc");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("total").asLong()).isEqualTo(2);
        assertThat(body.get("hits").get(0).get("id").asText()).isEqualTo("lu-01");
        SearchQuery query = STORE.lastQuery;
        assertThat(query.text()).isEqualTo("Bến Sỏi");
        assertThat(query.outlet()).contains("Báo Đồng Vân");
        assertThat(query.entity()).contains("Lò Văn Khải");
        assertThat(query.story()).contains("s-1");
        assertThat(query.from()).contains(LocalDate.of(2024, 3, 1));
        assertThat(query.to()).contains(LocalDate.of(2024, 3, 31));
        assertThat(query.sort()).isEqualTo(SearchQuery.Sort.DATE);
        assertThat(query.limit()).isEqualTo(5);
        assertThat(query.cursor()).contains("abc");
    }

    @Test
    void badParametersAreJsonErrors() throws Exception {
        for (String bad : List.of("/api/search?q=x&limit=0", "/api/search?q=x&limit=5000", "/api/search?q=x&from=14-3-2024",
                "/api/search?q=x&sort=oldest")) {
            HttpResponse<String> response = get(bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            JsonNode body = json(response);
            assertThat(body.get("status").asInt()).isEqualTo(400);
            assertThat(body.get("error").asText()).isNotBlank();
        }
    }

    @Test
    void unknownThingsAre404Json() throws Exception {
        for (String path : List.of("/api/articles/none", "/api/stories/none", "/api/nothing")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(json(response).get("status").asInt()).isEqualTo(404);
        }
    }

    @Test
    void articleHasContractFieldsAndItsStory() throws Exception {
        JsonNode article = json(get("/api/articles/lu-01"));
        assertThat(article.get("id").asText()).isEqualTo("lu-01");
        assertThat(article.get("story").asText()).isEqualTo("s-1");
        assertThat(article.get("duplicates")).hasSize(2);
        assertThat(article.get("entities")).hasSize(3);
        assertThat(article.get("text").asText()).isEqualTo(Fixtures.FLOOD_TEXT);
    }

    @Test
    void storyHasTimelineClaimsConflictsAndArticleGroups() throws Exception {
        JsonNode story = json(get("/api/stories/s-1"));
        assertThat(story.get("timeline")).hasSize(2);
        assertThat(story.get("conflicts").get(0).get("values")).hasSize(2);
        assertThat(story.get("claims")).hasSize(4);
        JsonNode details = story.get("articleDetails");
        assertThat(details.get(1).get("group").asText()).isEqualTo("lu-01");
        assertThat(json(get("/api/stories")).get(0).get("id").asText()).isEqualTo("s-1");
    }

    @Test
    void storyPartsHaveTheirOwnResources() throws Exception {
        JsonNode story = json(get("/api/stories/s-1"));
        for (String part : List.of("timeline", "claims", "conflicts", "entities")) {
            JsonNode alone = json(get("/api/stories/s-1/" + part));
            assertThat(alone.get("story").asText()).isEqualTo("s-1");
            assertThat(alone.get(part)).as(part).isEqualTo(story.get(part));
        }
        assertThat(get("/api/stories/none/timeline").statusCode()).isEqualTo(404);
        JsonNode openApi = json(get("/api/openapi.json"));
        assertThat(openApi.get("paths").has("/api/stories/{id}/conflicts")).isTrue();
    }

    @Test
    void entityRoutesSayWhenTheStoreKeepsNoEntityTables() throws Exception {
        HttpResponse<String> response = get("/api/entities?q=lo");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).get("status").asInt()).isEqualTo(503);
    }

    @Test
    void statusOpenApiAndUiAreServed() throws Exception {
        assertThat(json(get("/api/status")).get("articles").asInt()).isEqualTo(2);
        JsonNode openApi = json(get("/api/openapi.json"));
        assertThat(openApi.get("openapi").asText()).startsWith("3.");
        assertThat(openApi.get("paths").has("/api/stories/{id}")).isTrue();
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"/app.js\">");
        assertThat(page.headers().firstValue("content-security-policy").orElse("")).contains("default-src 'self'");
        HttpResponse<String> script = get("/app.js");
        assertThat(script.statusCode()).isEqualTo(200);
        // The UI never hands source text to the HTML parser.
        assertThat(script.body()).doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML");
        assertThat(get("/charts.js").body()).doesNotContain("innerHTML");
    }

    @Test
    void errorsAreJsonForOversizedRequests() throws Exception {
        // A raw socket that announces a body over the limit and sends none: an HTTP client streaming the body races
        // the server's early answer and close (a reset instead of a response), which made this test flaky.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + (ApiServer.MAX_REQUEST_BYTES + 1024) + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            String status = in.readLine();
            assertThat(status).as("status line").matches("HTTP/1\\.1 4\\d\\d .*");
            String line;
            boolean json = false;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                json |= line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type: application/json");
            }
            assertThat(json).as("the error is JSON").isTrue();
        }
    }

    @Test
    void bindsOnlyTheGivenHost() {
        assertThat(ApiServer.DEFAULT_HOST).isEqualTo("127.0.0.1");
        assertThat(server.port()).isPositive();
        assertThat(Optional.of(server)).isPresent();
    }
}
