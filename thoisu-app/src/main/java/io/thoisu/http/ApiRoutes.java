package io.thoisu.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.thoisu.json.ContractJson;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.EntityMention;
import io.thoisu.model.Quote;
import io.thoisu.model.Sentence;
import io.thoisu.model.Story;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.ExportFormat;
import io.thoisu.store.SearchQuery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The REST API: read-only JSON views of the store. Every error is {@code {"error": message, "status": n}}. */
final class ApiRoutes {
    static final int MAX_LIMIT = 100;
    private static final int ENTITY_PAGE_ARTICLES = 200;

    private final ArticleStore store;
    private final EntityDirectory entities;
    private final byte[] openApi;

    ApiRoutes(ArticleStore store) {
        this.store = store;
        this.entities = new EntityDirectory(store);
        this.openApi = resource("/api/openapi.json");
    }

    void register(RoutesConfig routes) {
        routes.get("/api/search", this::search);
        routes.get("/api/search/export", this::export);
        routes.get("/api/articles/{id}", this::article);
        routes.get("/api/stories", ctx -> json(ctx, ContractJson.stories(store.stories())));
        routes.get("/api/stories/{id}", this::story);
        routes.get("/api/entities", this::entityList);
        routes.get("/api/entities/{name}", this::entity);
        routes.get("/api/status", ctx -> json(ctx, ContractJson.status(store.status(), store.fetchCounters())));
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
    }

    private void search(Context ctx) {
        boolean facets = !param(ctx, "facets").orElse("true").equalsIgnoreCase("false");
        json(ctx, ContractJson.searchResult(store.search(query(ctx, limit(ctx, 20)).withFacets(facets))));
    }

    /**
     * Every hit, streamed as the store pages through them (nothing is collected first), as JSON Lines or CSV.
     * Duplicates are folded as in {@code /api/search}: one line per group, its other matching members in copies.
     */
    private void export(Context ctx) throws IOException {
        ExportFormat format = ExportFormat.named(param(ctx, "format").orElse("jsonl"))
                .orElseThrow(() -> new ApiException(400, "format: jsonl or csv"));
        SearchQuery query = query(ctx, 1).withFacets(false);
        ctx.status(200).contentType(format.contentType())
                .header("Content-Disposition", "attachment; filename=\"thoisu-search." + format.extension() + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
        format.writeHeader(out);
        store.export(query, hit -> format.write(out, hit));
        out.flush();
    }

    private SearchQuery query(Context ctx, int limit) {
        String text = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        if (text.length() > 1000) {
            throw new ApiException(400, "q: longer than 1000 characters");
        }
        SearchQuery.Sort sort = switch (param(ctx, "sort").orElse("relevance").toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchQuery.Sort.RELEVANCE;
            case "date" -> SearchQuery.Sort.DATE;
            default -> throw new ApiException(400, "sort: relevance or date");
        };
        return new SearchQuery(text, param(ctx, "outlet"), param(ctx, "entity"), param(ctx, "story"),
                date(ctx, "from"), date(ctx, "to"), sort, limit, param(ctx, "cursor"));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        AnalysedArticle article = store.article(id)
                .orElseThrow(() -> new ApiException(404, "no article with id " + id));
        json(ctx, ContractJson.storedArticle(article, store.storyOf(id), store.duplicatesOf(id)));
    }

    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        Story story = store.story(id).orElseThrow(() -> new ApiException(404, "no story with id " + id));
        ObjectNode json = ContractJson.story(story);
        // What the story page needs to group its articles by duplicate group and outlet without N more requests.
        ArrayNode details = json.putArray("articleDetails");
        for (String articleId : story.articles()) {
            ObjectNode n = details.addObject().put("id", articleId);
            store.article(articleId).ifPresent(a -> {
                n.put("title", a.article().title().orElse(null));
                n.put("outlet", a.article().outlet().orElse(null));
                n.put("published", a.article().published().map(p -> p.wireValue()).orElse(null));
            });
            List<String> copies = store.duplicatesOf(articleId);
            n.put("group", copies.isEmpty() ? articleId : copies.get(0));
        }
        json(ctx, json);
    }

    private void entityList(Context ctx) {
        ArrayNode list = ContractJson.mapper().createArrayNode();
        for (EntityDirectory.Entry e : entities.find(param(ctx, "q").orElse(""), limit(ctx, 50))) {
            ObjectNode n = list.addObject().put("canonical", e.canonical()).put("type", e.type())
                    .put("mentions", e.mentions()).put("articles", e.articles().size());
            ArrayNode aliases = n.putArray("aliases");
            e.aliases().forEach(aliases::add);
        }
        json(ctx, list);
    }

    private void entity(Context ctx) {
        String name = ctx.pathParam("name");
        EntityDirectory.Entry entry = entities.entries().get(name);
        if (entry == null) {
            throw new ApiException(404, "no entity named " + name);
        }
        ObjectNode json = ContractJson.mapper().createObjectNode();
        json.put("canonical", entry.canonical()).put("type", entry.type()).put("mentions", entry.mentions());
        ArrayNode aliases = json.putArray("aliases");
        entry.aliases().forEach(aliases::add);
        ArrayNode mentions = json.putArray("articles");
        ArrayNode quotes = json.putArray("quotes");
        Map<String, Integer> coMentioned = new HashMap<>();
        Map<String, Integer> stories = new HashMap<>();
        for (String id : entry.articles().stream().limit(ENTITY_PAGE_ARTICLES).toList()) {
            Optional<AnalysedArticle> found = store.article(id);
            if (found.isEmpty()) {
                continue;
            }
            AnalysedArticle a = found.get();
            ObjectNode n = mentions.addObject().put("id", id);
            n.put("title", a.article().title().orElse(null));
            n.put("outlet", a.article().outlet().orElse(null));
            n.put("published", a.article().published().map(p -> p.wireValue()).orElse(null));
            ArrayNode spans = n.putArray("mentions");
            for (EntityMention m : a.entities()) {
                if (m.canonical().equals(name)) {
                    spans.addObject().put("text", m.text()).put("start", m.start()).put("end", m.end())
                            .put("context", sentenceAround(a, m.start()));
                } else {
                    coMentioned.merge(m.canonical(), 1, Integer::sum);
                }
            }
            for (Quote q : a.quotes()) {
                if (q.speaker().filter(name::equals).isPresent()) {
                    quotes.addObject().put("text", q.text()).put("direct", q.direct()).put("article", id)
                            .put("start", q.start()).put("end", q.end());
                }
            }
            store.storyOf(id).ifPresent(s -> stories.merge(s, 1, Integer::sum));
        }
        ArrayNode storyList = json.putArray("stories");
        stories.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> store.story(e.getKey()).ifPresent(s ->
                        storyList.add(ContractJson.storySummary(s).put("articlesWithEntity", e.getValue()))));
        ArrayNode co = json.putArray("coMentioned");
        coMentioned.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(30).forEach(e -> co.addObject().put("canonical", e.getKey()).put("mentions", e.getValue()));
        json(ctx, json);
    }

    private static String sentenceAround(AnalysedArticle a, int offset) {
        for (Sentence s : a.sentences()) {
            if (s.start() <= offset && offset < s.end()) {
                return s.text();
            }
        }
        String text = a.article().text();
        return text.substring(Math.max(0, offset - 80), Math.min(text.length(), offset + 120));
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int limit(Context ctx, int byDefault) {
        Optional<String> value = param(ctx, "limit");
        if (value.isEmpty()) {
            return byDefault;
        }
        try {
            int limit = Integer.parseInt(value.get());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiException(400, "limit: a whole number from 1 to " + MAX_LIMIT);
    }

    private static Optional<LocalDate> date(Context ctx, String name) {
        try {
            return param(ctx, name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, name + ": not an ISO date (YYYY-MM-DD)");
        }
    }

    private static void json(Context ctx, JsonNode node) {
        ctx.contentType("application/json; charset=utf-8").result(ContractJson.compact(node));
    }

    private static byte[] resource(String path) {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from thoisu-app");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
