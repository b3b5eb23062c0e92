package io.thoisu.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import io.thoisu.model.Rejection;
import io.thoisu.model.Story;
import io.thoisu.store.SearchHit;
import io.thoisu.store.SearchResult;
import io.thoisu.testkit.ContractSchema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractJsonTest {
    private final AnalysedArticle first = Fixtures.flood("lu-01", "Báo Đồng Vân", Fixtures.at(14, 19));
    private final AnalysedArticle second = Fixtures.flood("lu-02", "Tin Miền Núi", Optional.empty());

    @Test
    void fullAnalysisObjectIsValidAgainstTheContractSchema() {
        Story story = Fixtures.story("s-1", List.of(first, second));
        ObjectNode json = ContractJson.analysis("tin/lu.jsonl",
                List.of(new Rejection(new Origin("tin/lu.jsonl", "line 7"), "read", "not valid JSON")),
                List.of(first, second), List.of(story));
        List<String> problems = ContractSchema.problems(json);
        assertThat(problems).isEmpty();
        assertThat(json.get("rejected").get(0).get("position").asText()).isEqualTo("line 7");
    }

    @Test
    void theSchemaCheckCatchesAnObjectThatBreaksTheContract() {
        ObjectNode json = ContractJson.analysis("x.txt", List.of(), List.of(first), List.of());
        ((ObjectNode) json.get("articles").get(0)).remove("published");
        ((ObjectNode) json.get("articles").get(0).get("quantities").get(0)).put("approx", "roughly");
        assertThat(ContractSchema.problems(json)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void absentValuesAreNullNotMissing() {
        JsonNode article = ContractJson.article(second);
        assertThat(article.has("published")).isTrue();
        assertThat(article.get("published").isNull()).isTrue();
        JsonNode uncredited = article.get("captions").get(1);
        assertThat(uncredited.has("credit")).isTrue();
        assertThat(uncredited.get("credit").isNull()).isTrue();
        JsonNode claim = article.get("claims").get(1);
        assertThat(claim.get("attribution").isNull()).isTrue();
        assertThat(claim.get("date").isNull()).isTrue();
        assertThat(claim.get("unit").isNull()).isTrue();
    }

    @Test
    void wireNamesAndValuesFollowTheContract() {
        JsonNode article = ContractJson.article(first);
        assertThat(article.get("published").asText()).isEqualTo("2024-03-14T19:05:00+07:00");
        JsonNode quantity = article.get("quantities").get(1);
        assertThat(quantity.get("approx").asText()).isEqualTo("more-than");
        // Whole numbers print as integers, fractions stay fractions.
        assertThat(quantity.get("value").isIntegralNumber()).isTrue();
        assertThat(article.get("claims").get(1).get("value").asDouble()).isEqualTo(900.5);
        assertThat(article.get("removed").get(1).get("kind").asText()).isEqualTo("image-alt");
        assertThat(article.get("times").get(1).get("precision").asText()).isEqualTo("instant");
        JsonNode entity = article.get("entities").get(2);
        String text = article.get("text").asText();
        assertThat(text.substring(entity.get("start").asInt(), entity.get("end").asInt()))
                .isEqualTo(entity.get("text").asText());
    }

    @Test
    void storyListAndSearchResultHaveTheContractFields() {
        Story story = Fixtures.story("s-1", List.of(first, second));
        JsonNode list = ContractJson.stories(List.of(story));
        assertThat(list.get(0).fieldNames()).toIterable()
                .contains("id", "title", "articles", "first", "last", "outlets");
        SearchResult result = new SearchResult(3, List.of(new SearchHit("lu-01", Optional.of("Mưa lớn"),
                Optional.empty(), Optional.of("2024-03-14"), "…ngập tại <b>Bến Sỏi</b>…", Optional.of("s-1"), 2.5f,
                List.of("lu-02"))), Map.of("outlet", List.of(new SearchResult.FacetCount("Báo Đồng Vân", 3))),
                Optional.empty());
        JsonNode json = ContractJson.searchResult(result);
        assertThat(json.get("total").asLong()).isEqualTo(3);
        assertThat(json.get("hits").get(0).fieldNames()).toIterable()
                .contains("id", "title", "outlet", "published", "snippet", "story");
        assertThat(json.get("hits").get(0).get("outlet").isNull()).isTrue();
        assertThat(json.get("facets").get("outlet").get(0).get("count").asLong()).isEqualTo(3);
    }

    @Test
    void storyWithoutDatesIsStillValid() {
        Story undated = new Story("s-2", "Chưa rõ ngày", List.of("lu-02"), List.of(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), List.of());
        ObjectNode json = ContractJson.analysis("x.txt", List.of(), List.of(second), List.of(undated));
        assertThat(ContractSchema.problems(json)).isEmpty();
        assertThat(json.get("stories").get(0).get("first").isNull()).isTrue();
        assertThat(LocalDate.parse(ContractJson.story(Fixtures.story("s", List.of(first, second)))
                .get("first").asText())).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(Published.parse("2024-03-14")).isPresent();
    }
}
