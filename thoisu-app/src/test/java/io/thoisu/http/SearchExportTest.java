package io.thoisu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.thoisu.json.ContractJson;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import io.thoisu.store.CorpusView;
import io.thoisu.store.DocumentCommit;
import io.thoisu.store.EmbeddedStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export over real sockets on 127.0.0.1 against a real embedded store holding more hits than any page: every
 * hit arrives once, CSV and JSON Lines escape awkward titles, and duplicate groups come folded into one line whose
 * {@code copies} name the other members, as the search shows them.
 */
class SearchExportTest {
    private static final int ARTICLES = 250;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    private static EmbeddedStore store;
    private static ApiServer server;
    private static final Map<String, AnalysedArticle> BY_ID = new HashMap<>();
    private static final List<List<String>> GROUPS = new ArrayList<>();

    @BeforeAll
    static void start() {
        store = EmbeddedStore.open(dir.resolve("data"));
        Random random = new Random(41);
        List<String> awkward = List.of("Đập \"Bến Sỏi\" xả lũ, hạ du sơ tán", "Hồ chứa Suối Mơ:\nmực nước dâng",
                "Xã Phước Kiến, huyện Ba Hồ, \"báo động\" ba", "Dòng có\r\nCRLF và dấu phẩy, cuối");
        List<DocumentCommit> docs = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String id = String.format("ho-%03d", i);
            String title = i < awkward.size() ? awkward.get(i) : "Hồ chứa Suối Mơ, bản tin số " + i;
            String outlet = i % 3 == 0 ? "Báo Đồng Vân" : "Tin Miền Núi";
            LocalDate day = LocalDate.of(2024, 3, 1).plusDays(random.nextInt(60));
            Article a = new Article(id, new Origin("test/" + id, ""), Optional.of("https://tin.example.vn/" + id),
                    Optional.of(title), Optional.of(Published.ofDay(day)), Optional.of(outlet), List.of(), "vi",
                    "Ban quản lý hồ chứa Suối Mơ cho biết mực nước đạt " + (100 + i) + " cm sáng nay.",
                    List.of(), List.of());
            AnalysedArticle analysed = new AnalysedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of());
            BY_ID.put(id, analysed);
            docs.add(new DocumentCommit("doc-" + id, a.origin(), List.of(analysed), List.of()));
        }
        store.commitDocuments(docs);
        for (int g = 0; g < 10; g++) {
            GROUPS.add(List.of(String.format("ho-%03d", 100 + 3 * g), String.format("ho-%03d", 101 + 3 * g),
                    String.format("ho-%03d", 102 + 3 * g)));
        }
        store.replaceCorpus(new CorpusView(List.of(), Map.of(), GROUPS));
        server = ApiServer.start(store, "127.0.0.1", 0, Optional.<RateLimit>empty());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonLinesHoldEveryHitOnceWithDuplicatesFolded() throws Exception {
        HttpResponse<String> response = get("/api/search/export?q=ho+chua+suoi+mo&format=jsonl");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("application/x-ndjson");
        assertThat(response.headers().firstValue("content-disposition").orElse(""))
                .startsWith("attachment").contains("filename=\"thoisu-search.jsonl\"");
        String[] lines = response.body().split("\n");
        // each group of three shows as one line
        assertThat(lines).hasSize(ARTICLES - 2 * GROUPS.size());
        Set<String> seen = new HashSet<>();
        int folded = 0;
        for (String line : lines) {
            JsonNode hit = ContractJson.mapper().readTree(line);
            String id = hit.get("id").asText();
            Article a = BY_ID.get(id).article();
            assertThat(hit.get("title").asText()).isEqualTo(a.title().orElseThrow());
            assertThat(hit.get("url").asText()).isEqualTo(a.url().orElseThrow());
            assertThat(hit.get("outlet").asText()).isEqualTo(a.outlet().orElseThrow());
            assertThat(hit.get("published").asText()).isEqualTo(a.published().orElseThrow().wireValue());
            assertThat(seen.add(id)).isTrue();
            for (JsonNode copy : hit.get("copies")) {
                assertThat(seen.add(copy.asText())).as("a copy listed twice: " + copy).isTrue();
                folded++;
            }
        }
        assertThat(folded).isEqualTo(2 * GROUPS.size());
        assertThat(seen).isEqualTo(BY_ID.keySet());
        // the export agrees with what paging through the search shows
        assertThat(ContractJson.mapper().readTree(get("/api/search?q=ho+chua+suoi+mo").body()).get("total").asLong())
                .isEqualTo(lines.length);
    }

    @Test
    void csvFollowsRfc4180AndKeepsFiltersAndDateOrder() throws Exception {
        HttpResponse<String> response = get("/api/search/export?q=mực+nước&outlet=" + "B%C3%A1o+%C4%90%E1%BB%93ng+V%C3%A2n"
                + "&sort=date&format=csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        List<List<String>> rows = parseCsv(response.body());
        assertThat(rows.getFirst()).containsExactly("id", "title", "outlet", "published", "story", "url", "copies");
        List<List<String>> data = rows.subList(1, rows.size());
        long matching = BY_ID.values().stream()
                .filter(a -> a.article().outlet().orElseThrow().equals("Báo Đồng Vân")).count();
        // a group folds only the members that pass the filter too
        long foldedAway = GROUPS.stream().mapToLong(g -> Math.max(0, g.stream()
                .filter(m -> BY_ID.get(m).article().outlet().orElseThrow().equals("Báo Đồng Vân")).count() - 1)).sum();
        long expected = matching - foldedAway;
        assertThat(data).hasSize((int) expected);
        String previous = "9999";
        for (List<String> row : data) {
            assertThat(row).hasSize(7);
            Article a = BY_ID.get(row.get(0)).article();
            assertThat(row.get(1)).isEqualTo(a.title().orElseThrow());
            assertThat(row.get(2)).isEqualTo("Báo Đồng Vân");
            assertThat(row.get(3).compareTo(previous)).isLessThanOrEqualTo(0);
            previous = row.get(3);
        }
        // the awkward titles 0 and 3 are from this outlet and come back intact through quoting
        assertThat(data.stream().map(r -> r.get(1))).contains(BY_ID.get("ho-000").article().title().orElseThrow(),
                BY_ID.get("ho-003").article().title().orElseThrow());
        assertThat(response.body()).contains("\"Đập \"\"Bến Sỏi\"\" xả lũ, hạ du sơ tán\"");
    }

    @Test
    void badFormatIsAJsonError() throws Exception {
        HttpResponse<String> response = get("/api/search/export?q=x&format=xml");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"status\":400");
        JsonNode openApi = ContractJson.mapper().readTree(get("/api/openapi.json").body());
        assertThat(openApi.get("paths").get("/api/search/export").get("get").get("parameters").findValuesAsText("name"))
                .contains("q", "outlet", "sort", "format");
        assertThat(openApi.get("components").get("responses").has("TooManyRequests")).isTrue();
    }

    /** A strict RFC 4180 reader: CRLF rows, quoted fields may hold commas, CR, LF and doubled quotes. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertThat(field).as("quote inside an unquoted field").isEmpty();
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertThat(text.charAt(i + 1)).as("bare CR outside quotes").isEqualTo('\n');
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("bare LF outside quotes").isNotEqualTo('\n');
                field.append(c);
            }
        }
        assertThat(quoted).isFalse();
        assertThat(field).isEmpty();
        return rows;
    }
}
