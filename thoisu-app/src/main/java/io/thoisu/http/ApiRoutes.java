package io.thoisu.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.thoisu.json.ContractJson;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Sentence;
import io.thoisu.model.Story;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.EntityQueries;
import io.thoisu.store.EntitySummary;
import io.thoisu.store.ExportFormat;
import io.thoisu.store.SearchQuery;
import io.thoisu.store.SearchResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The REST API: read-only JSON views of the store. Every error is {@code {"error": message, "status": n}}. */
final class ApiRoutes {
    static final int MAX_LIMIT = 100;
    private static final int ENTITY_PAGE = 20;
    private static final int ENTITY_STORIES = 50;
    private static final int CO_MENTIONED = 30;
    private static final int ALIASES = 20;
    /** Neighbours drawn in the co-mention graph; more would not be readable at phone width. */
    private static final int GRAPH_NODES = 14;

    private final ArticleStore store;
    private final byte[] openApi;

    ApiRoutes(ArticleStore store) {
        this.store = store;
        this.openApi = resource("/api/openapi.json");
    }

    void register(RoutesConfig routes) {
        routes.get("/api/search", this::search);
        routes.get("/api/search/export", this::export);
        routes.get("/api/articles/{id}", this::article);
        routes.get("/api/stories", ctx -> json(ctx, ContractJson.stories(store.stories())));
        routes.get("/api/stories/{id}", this::story);
        for (String part : STORY_PARTS) {
            routes.get("/api/stories/{id}/" + part, ctx -> storyPart(ctx, part));
        }
        routes.get("/api/entities", this::entityList);
        routes.get("/api/entities/{name}", this::entity);
        routes.get("/api/entities/{name}/articles", this::entityArticles);
        routes.get("/api/entities/{name}/quotes", this::entityQuotes);
        routes.get("/api/entities/{name}/co-mentioned", this::entityCoMentioned);
        routes.get("/api/status", ctx -> json(ctx, ContractJson.status(store.status(), store.fetchCounters())));
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
    }

    private void search(Context ctx) {
        boolean facets = !param(ctx, "facets").orElse("true").equalsIgnoreCase("false");
        SearchResult result;
        try {
            result = store.search(query(ctx, limit(ctx, 20)).withFacets(facets));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "cursor: not one this search gave (" + e.getMessage() + ")");
        }
        ObjectNode json = ContractJson.searchResult(result);
        // Who else carried each folded wire copy, so "N other outlets" can list them without a request per copy.
        store.entityQueries().ifPresent(q -> {
            ArrayNode hits = (ArrayNode) json.get("hits");
            for (int i = 0; i < result.hits().size(); i++) {
                ArrayNode details = ((ObjectNode) hits.get(i)).putArray("copyDetails");
                for (EntityQueries.ArticleHead h : q.heads(result.hits().get(i).copies())) {
                    head(details.addObject().put("id", h.id()), h, "title");
                }
            }
        });
        json(ctx, json);
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

    /** The parts of a story that have their own resource, each as the story object gives it. */
    private static final List<String> STORY_PARTS = List.of("timeline", "claims", "conflicts", "entities");

    /** {@code /api/stories/{id}/timeline} and its siblings: one part of the story, for clients that want only it. */
    private void storyPart(Context ctx, String part) {
        String id = ctx.pathParam("id");
        Story story = store.story(id).orElseThrow(() -> new ApiException(404, "no story with id " + id));
        ObjectNode json = ContractJson.mapper().createObjectNode().put("story", story.id());
        json.set(part, ContractJson.story(story).get(part));
        json(ctx, json);
    }

    private EntityQueries entityQueries() {
        return store.entityQueries()
                .orElseThrow(() -> new ApiException(503, "this store keeps no entity tables"));
    }

    /** Entities by the number of articles that mention them; paged with {@code cursor}, no cap. */
    private void entityList(Context ctx) {
        EntityQueries.EntityPage page;
        try {
            page = entityQueries().list(param(ctx, "q").orElse(""), limit(ctx, 50), param(ctx, "cursor"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "cursor: not one this API gave");
        }
        ObjectNode json = ContractJson.mapper().createObjectNode();
        if (page.total().isPresent()) {
            json.put("total", page.total().getAsLong());
        } else {
            json.putNull("total");
        }
        ArrayNode list = json.putArray("entities");
        for (EntitySummary e : page.entities()) {
            list.addObject().put("canonical", e.canonical()).put("type", e.type().name())
                    .put("mentions", e.mentions()).put("articles", e.articles());
        }
        json.put("next", page.next().orElse(null));
        json(ctx, json);
    }

    /** What the entity page shows, each list with its first page; the sub-resources page on. */
    private void entity(Context ctx) {
        String name = ctx.pathParam("name");
        EntityQueries q = entityQueries();
        EntitySummary e = entityNamed(q, name);
        ObjectNode json = ContractJson.mapper().createObjectNode();
        json.put("canonical", e.canonical()).put("type", e.type().name()).put("mentions", e.mentions())
                .put("articleCount", e.articles());
        ArrayNode aliases = json.putArray("aliases");
        q.aliases(name, ALIASES).forEach(aliases::add);
        ArrayNode days = json.putArray("perDay");
        for (EntityQueries.DayCount d : q.perDay(name)) {
            days.addObject().put("day", d.day()).put("mentions", d.mentions()).put("articles", d.articles());
        }
        ArrayNode stories = json.putArray("stories");
        for (EntityQueries.StoryCount s : q.stories(name, ENTITY_STORIES)) {
            ObjectNode n = stories.addObject().put("id", s.id()).put("title", s.title());
            n.put("first", s.first().orElse(null)).put("last", s.last().orElse(null));
            n.put("articlesWithEntity", s.articlesWithEntity());
        }
        coMentioned(json, q, name, CO_MENTIONED);
        EntityQueries.Page<EntityQueries.SpokenQuote> quotes = q.quotes(name, ENTITY_PAGE, 0);
        json.set("quotes", quotes(quotes.items()));
        json.put("quotesTotal", quotes.total()).put("quotesNext", quotes.nextOffset().orElse(null));
        EntityQueries.Page<EntityQueries.MentioningArticle> articles = q.articles(name, ENTITY_PAGE, 0);
        json.set("articles", mentioningArticles(articles.items()));
        json.put("articlesTotal", articles.total()).put("articlesNext", articles.nextOffset().orElse(null));
        json(ctx, json);
    }

    private void entityArticles(Context ctx) {
        String name = ctx.pathParam("name");
        EntityQueries q = entityQueries();
        entityNamed(q, name);
        EntityQueries.Page<EntityQueries.MentioningArticle> page = q.articles(name, limit(ctx, ENTITY_PAGE),
                offset(ctx));
        ObjectNode json = ContractJson.mapper().createObjectNode().put("total", page.total());
        json.set("articles", mentioningArticles(page.items()));
        json.put("next", page.nextOffset().orElse(null));
        json(ctx, json);
    }

    private void entityQuotes(Context ctx) {
        String name = ctx.pathParam("name");
        EntityQueries q = entityQueries();
        entityNamed(q, name);
        EntityQueries.Page<EntityQueries.SpokenQuote> page = q.quotes(name, limit(ctx, ENTITY_PAGE), offset(ctx));
        ObjectNode json = ContractJson.mapper().createObjectNode().put("total", page.total());
        json.set("quotes", quotes(page.items()));
        json.put("next", page.nextOffset().orElse(null));
        json(ctx, json);
    }

    private void entityCoMentioned(Context ctx) {
        String name = ctx.pathParam("name");
        EntityQueries q = entityQueries();
        EntitySummary e = entityNamed(q, name);
        ObjectNode json = ContractJson.mapper().createObjectNode().put("canonical", e.canonical());
        coMentioned(json, q, name, limit(ctx, CO_MENTIONED));
        json(ctx, json);
    }

    private static EntitySummary entityNamed(EntityQueries q, String name) {
        return q.find(name).orElseThrow(() -> new ApiException(404, "no entity named " + name));
    }

    /** The co-mention graph: the entities sharing articles with this one, and the links among them. */
    private static void coMentioned(ObjectNode json, EntityQueries q, String name, int limit) {
        EntityQueries.CoMentionGraph graph = q.coMentionGraph(name, limit, GRAPH_NODES);
        ArrayNode list = json.putArray("coMentioned");
        for (EntityQueries.CoMention c : graph.neighbours()) {
            list.addObject().put("canonical", c.canonical()).put("type", c.type().name()).put("articles", c.articles());
        }
        ArrayNode links = json.putArray("links");
        for (EntityQueries.CoEdge edge : graph.links()) {
            links.addObject().put("a", edge.a()).put("b", edge.b()).put("articles", edge.articles());
        }
    }

    private static ArrayNode quotes(List<EntityQueries.SpokenQuote> quotes) {
        ArrayNode list = ContractJson.mapper().createArrayNode();
        for (EntityQueries.SpokenQuote q : quotes) {
            ObjectNode n = list.addObject().put("text", q.text()).put("direct", q.direct())
                    .put("article", q.article().id()).put("start", q.start()).put("end", q.end());
            head(n, q.article(), "articleTitle");
        }
        return list;
    }

    private ArrayNode mentioningArticles(List<EntityQueries.MentioningArticle> articles) {
        ArrayNode list = ContractJson.mapper().createArrayNode();
        for (EntityQueries.MentioningArticle m : articles) {
            ObjectNode n = list.addObject().put("id", m.head().id());
            head(n, m.head(), "title");
            ArrayNode spans = n.putArray("mentions");
            Optional<AnalysedArticle> a = store.article(m.head().id());
            for (EntityQueries.Span s : m.mentions()) {
                spans.addObject().put("text", s.text()).put("start", s.start()).put("end", s.end())
                        .put("context", a.map(x -> sentenceAround(x, s.start())).orElse(s.text()));
            }
        }
        return list;
    }

    private static void head(ObjectNode n, EntityQueries.ArticleHead h, String titleField) {
        n.put(titleField, h.title().orElse(null));
        n.put("outlet", h.outlet().orElse(null));
        n.put("published", h.published().orElse(null));
    }

    private static int offset(Context ctx) {
        Optional<String> value = param(ctx, "offset");
        try {
            int offset = value.map(Integer::parseInt).orElse(0);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiException(400, "offset: a whole number from 0");
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
