package io.thoisu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.thoisu.http.ApiServer;
import io.thoisu.json.ContractJson;
import io.thoisu.testkit.ContractSchema;
import io.thoisu.model.Rejection;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.pipeline.Pipeline;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.EmbeddedStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest into the embedded store, then read it back over HTTP: the path `thoisu demo` takes. */
class IngestAndServeTest {
    @TempDir
    Path dir;

    @Test
    void ingestIsIdempotentAndWhatWasStoredIsServed() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(inputs.resolve("tin-" + i + ".txt"), "Hợp tác xã Suối Mơ số " + i
                    + " thu hoạch vụ chè xuân sớm hơn mọi năm.\nSản lượng đạt khoảng " + (100 + i)
                    + " tấn, theo ban quản lý hợp tác xã.", StandardCharsets.UTF_8);
        }
        Files.write(inputs.resolve("hong.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x41}); // invalid UTF-8
        AnalysisOptions options = new AnalysisOptions(OptionalInt.of(2024), Optional.empty());
        try (ArticleStore store = EmbeddedStore.open(dir.resolve("data"))) {
            List<Rejection> rejected = new ArrayList<>();
            IngestRunner runner = new IngestRunner(store, Pipeline.standard(), options, 3);
            IngestRunner.Summary first = runner.ingest(List.of(inputs), rejected::add, n -> { });
            assertThat(first.documents()).isEqualTo(6);
            assertThat(first.rejected()).isEqualTo(1);
            assertThat(rejected.get(0).origin().source()).endsWith("hong.txt");
            IngestRunner.Summary again = runner.ingest(List.of(inputs), r -> { }, n -> { });
            assertThat(again.documents()).isZero();
            assertThat(again.skipped()).isEqualTo(6);
            assertThat(again.storedArticles()).isEqualTo(first.storedArticles());

            try (ApiServer server = ApiServer.start(store, "127.0.0.1", 0)) {
                HttpClient client = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port();
                JsonNode status = read(client, base + "/api/status");
                assertThat(status.get("articles").asInt()).isEqualTo(first.storedArticles());
                JsonNode hits = read(client, base + "/api/search?q=suoi+mo&limit=100");
                // the six reports differ by one number: near copies, folded into one hit that lists the others
                int found = 0;
                for (JsonNode hit : hits.get("hits")) {
                    found += 1 + hit.get("copies").size();
                }
                assertThat(found).isGreaterThanOrEqualTo(6);
                String id = hits.get("hits").get(0).get("id").asText();
                JsonNode article = read(client, base + "/api/articles/" + id);
                ObjectNode analysis = ContractJson.mapper().createObjectNode().put("source", "api");
                analysis.putArray("rejected");
                analysis.putArray("articles").add(article);
                analysis.putArray("stories");
                assertThat(ContractSchema.problems(analysis)).isEmpty();
            }
        }
    }

    private static JsonNode read(HttpClient client, String url) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return ContractJson.mapper().readTree(response.body());
    }
}
