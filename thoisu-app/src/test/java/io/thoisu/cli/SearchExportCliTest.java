package io.thoisu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.thoisu.json.ContractJson;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import io.thoisu.store.DocumentCommit;
import io.thoisu.store.EmbeddedStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search QUERY --export}: every hit to standard output, past the page size. */
class SearchExportCliTest {
    @TempDir
    Path dir;

    @Test
    void exportWritesEveryHitAsJsonLinesOrCsv() throws Exception {
        Path data = dir.resolve("data");
        int n = 130;
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            List<DocumentCommit> docs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = "che-" + i;
                Article a = new Article(id, new Origin("t/" + id, ""), Optional.empty(),
                        Optional.of(i == 5 ? "Chè xuân, \"Suối Mơ\"" : "Chè xuân số " + i),
                        Optional.of(Published.ofDay(LocalDate.of(2024, 4, 1 + i % 28))), Optional.of("Tin Miền Núi"),
                        List.of(), "vi", "Hợp tác xã Suối Mơ thu hoạch vụ chè xuân, lô " + i + ".", List.of(), List.of());
                docs.add(new DocumentCommit("d-" + id, a.origin(),
                        List.of(new AnalysedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of())),
                        List.of()));
            }
            store.commitDocuments(docs);
        }
        CliRun jsonl = CliRun.of("--data", data.toString(), "search", "che", "xuan", "--export", "jsonl", "--limit", "10");
        assertThat(jsonl.code()).as(jsonl.err()).isZero();
        String[] lines = jsonl.out().split("\n");
        assertThat(lines).hasSize(n);
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            JsonNode hit = ContractJson.mapper().readTree(line);
            ids.add(hit.get("id").asText());
            assertThat(hit.get("url").isNull()).isTrue();
        }
        assertThat(ids).hasSize(n);

        CliRun csv = CliRun.of("--data", data.toString(), "search", "suoi mo", "--export", "CSV", "--sort", "date");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("id,title,outlet,published,story,url,copies\r\n")
                .contains(",\"Chè xuân, \"\"Suối Mơ\"\"\",");
        assertThat(csv.out().split("\r\n")).hasSize(n + 1);

        CliRun bad = CliRun.of("--data", data.toString(), "search", "che", "--export", "xml");
        assertThat(bad.code()).isNotZero();
    }
}
