package io.thoisu.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.Caption;
import io.thoisu.model.Claim;
import io.thoisu.model.Conflict;
import io.thoisu.model.EntityMention;
import io.thoisu.model.Quantity;
import io.thoisu.model.Quote;
import io.thoisu.model.Rejection;
import io.thoisu.model.Removal;
import io.thoisu.model.Sentence;
import io.thoisu.model.Story;
import io.thoisu.model.StoryEntity;
import io.thoisu.model.TimeExpression;
import io.thoisu.model.TimelineEntry;
import io.thoisu.store.SearchHit;
import io.thoisu.store.SearchResult;
import io.thoisu.store.StoreStatus;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model as the contract's JSON (CONTRACT.md, analysis.schema.json). The tree is built by hand rather than by
 * binding the records, because the contract decides field by field what is {@code null} (a contract field with no
 * value) and what is absent, and names differ from the records' (wire names of enums, {@code rejected} for
 * rejections). Fields beyond the contract are added only where the web UI needs them; none is renamed or dropped.
 */
public final class ContractJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ContractJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    public static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** The analysis object of one input: its articles, what was rejected, and the stories these articles form. */
    public static ObjectNode analysis(String source, List<Rejection> rejected, List<AnalysedArticle> articles,
                                      List<Story> stories) {
        ObjectNode o = NODES.objectNode();
        o.put("source", source);
        ArrayNode r = o.putArray("rejected");
        rejected.forEach(x -> r.add(rejection(x)));
        ArrayNode a = o.putArray("articles");
        articles.forEach(x -> a.add(article(x)));
        ArrayNode s = o.putArray("stories");
        stories.forEach(x -> s.add(story(x)));
        return o;
    }

    public static ObjectNode rejection(Rejection rejection) {
        ObjectNode o = NODES.objectNode();
        o.put("reason", rejection.reason());
        o.put("stage", rejection.stage());
        o.put("position", rejection.origin().position());
        o.put("source", rejection.origin().source());
        return o;
    }

    public static ObjectNode article(AnalysedArticle analysed) {
        Article article = analysed.article();
        ObjectNode o = NODES.objectNode();
        o.put("id", article.id());
        putOptional(o, "title", article.title());
        putOptional(o, "published", article.published().map(p -> p.wireValue()));
        putOptional(o, "outlet", article.outlet());
        strings(o.putArray("authors"), article.authors());
        o.put("language", article.language());
        o.put("text", article.text());
        ArrayNode captions = o.putArray("captions");
        for (Caption c : article.captions()) {
            ObjectNode n = captions.addObject();
            n.put("text", c.text());
            putOptional(n, "credit", c.credit());
        }
        ArrayNode removed = o.putArray("removed");
        for (Removal r : article.removed()) {
            removed.addObject().put("text", r.text()).put("kind", r.kind().wireName());
        }
        ArrayNode entities = o.putArray("entities");
        for (EntityMention e : analysed.entities()) {
            ObjectNode n = entities.addObject();
            n.put("text", e.text()).put("type", e.type().name()).put("canonical", e.canonical());
            n.put("start", e.start()).put("end", e.end());
        }
        ArrayNode times = o.putArray("times");
        for (TimeExpression t : analysed.times()) {
            ObjectNode n = times.addObject();
            n.put("text", t.text()).put("value", t.value()).put("precision", t.precision().wireName());
            n.put("start", t.start()).put("end", t.end());
        }
        ArrayNode quantities = o.putArray("quantities");
        for (Quantity q : analysed.quantities()) {
            ObjectNode n = quantities.addObject();
            n.put("text", q.text());
            putNumber(n, "value", q.value());
            n.put("approx", q.approx().wireName());
            putOptional(n, "unit", q.unit());
            n.put("start", q.start()).put("end", q.end());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : analysed.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("text", q.text());
            putOptional(n, "speaker", q.speaker());
            n.put("direct", q.direct()).put("start", q.start()).put("end", q.end());
        }
        ArrayNode claims = o.putArray("claims");
        analysed.claims().forEach(c -> claims.add(claim(c)));
        return o;
    }

    /** The article object plus what the store knows around it (its URL, story, copies, sentences), for the API. */
    public static ObjectNode storedArticle(AnalysedArticle analysed, Optional<String> story, List<String> duplicates) {
        ObjectNode o = article(analysed);
        putOptional(o, "url", analysed.article().url());
        o.put("source", analysed.article().origin().toString());
        putOptional(o, "story", story);
        strings(o.putArray("duplicates"), duplicates);
        ArrayNode sentences = o.putArray("sentences");
        for (Sentence s : analysed.sentences()) {
            sentences.addObject().put("start", s.start()).put("end", s.end());
        }
        return o;
    }

    public static ObjectNode claim(Claim c) {
        ObjectNode n = NODES.objectNode();
        n.put("sentence", c.sentence());
        putNumber(n, "value", c.value());
        n.put("approx", c.approx().wireName());
        putOptional(n, "unit", c.unit());
        n.put("about", c.about());
        putOptional(n, "attribution", c.attribution());
        putOptional(n, "date", c.date());
        n.put("article", c.articleId());
        n.put("start", c.start()).put("end", c.end());
        return n;
    }

    public static ObjectNode story(Story story) {
        ObjectNode o = storySummary(story);
        ArrayNode entities = o.putArray("entities");
        for (StoryEntity e : story.entities()) {
            ObjectNode n = entities.addObject();
            n.put("canonical", e.canonical()).put("type", e.type().name());
            strings(n.putArray("aliases"), e.aliases());
            n.put("mentions", e.mentions());
        }
        ArrayNode timeline = o.putArray("timeline");
        for (TimelineEntry t : story.timeline()) {
            ObjectNode n = timeline.addObject();
            n.put("date", t.date()).put("text", t.text());
            strings(n.putArray("articles"), t.articles());
        }
        ArrayNode claims = o.putArray("claims");
        story.claims().forEach(c -> claims.add(claim(c)));
        ArrayNode conflicts = o.putArray("conflicts");
        for (Conflict c : story.conflicts()) {
            ObjectNode n = conflicts.addObject();
            n.put("about", c.about());
            ArrayNode values = n.putArray("values");
            for (Claim v : c.values()) {
                ObjectNode value = values.addObject();
                putNumber(value, "value", v.value());
                value.put("approx", v.approx().wireName());
                putOptional(value, "attribution", v.attribution());
                value.put("article", v.articleId());
                putOptional(value, "unit", v.unit());
                putOptional(value, "date", v.date());
                value.put("sentence", v.sentence()).put("start", v.start()).put("end", v.end());
            }
        }
        return o;
    }

    /** A line of the {@code stories} list: {@code {"id","title","articles","first","last","outlets"}}. */
    public static ObjectNode storySummary(Story story) {
        ObjectNode o = NODES.objectNode();
        o.put("id", story.id());
        o.put("title", story.title());
        strings(o.putArray("articles"), story.articles());
        strings(o.putArray("outlets"), story.outlets());
        putOptional(o, "first", story.first().map(Object::toString));
        putOptional(o, "last", story.last().map(Object::toString));
        return o;
    }

    public static ArrayNode stories(Collection<Story> stories) {
        ArrayNode a = NODES.arrayNode();
        stories.forEach(s -> a.add(storySummary(s)));
        return a;
    }

    /** The {@code cluster} command's object: {@code {"stories":[story…], "duplicates":[[ids]…]}}. */
    public static ObjectNode cluster(List<Story> stories, List<List<String>> duplicates) {
        ObjectNode o = NODES.objectNode();
        ArrayNode s = o.putArray("stories");
        stories.forEach(x -> s.add(story(x)));
        ArrayNode d = o.putArray("duplicates");
        duplicates.forEach(group -> strings(d.addArray(), group));
        return o;
    }

    public static ObjectNode searchResult(SearchResult result) {
        ObjectNode o = NODES.objectNode();
        o.put("total", result.total());
        ArrayNode hits = o.putArray("hits");
        for (SearchHit h : result.hits()) {
            ObjectNode n = hits.addObject();
            n.put("id", h.id());
            putOptional(n, "title", h.title());
            putOptional(n, "outlet", h.outlet());
            putOptional(n, "published", h.published());
            n.put("snippet", h.snippet());
            putOptional(n, "story", h.story());
            n.put("score", h.score());
            strings(n.putArray("copies"), h.copies());
        }
        ObjectNode facets = o.putObject("facets");
        result.facets().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ArrayNode values = facets.putArray(e.getKey());
            e.getValue().forEach(f -> values.addObject().put("value", f.value()).put("count", f.count()));
        });
        putOptional(o, "next", result.nextCursor());
        return o;
    }

    public static ObjectNode status(StoreStatus status) {
        ObjectNode o = NODES.objectNode();
        o.put("documents", status.documents()).put("articles", status.articles());
        o.put("stories", status.stories()).put("rejections", status.rejections());
        return o;
    }

    /** The store's counters plus, when {@code watch} has run on it, what the fetch ledger knows. */
    public static ObjectNode status(StoreStatus status, java.util.Optional<io.thoisu.store.FetchLedger.Counters> fetch) {
        ObjectNode o = status(status);
        fetch.ifPresent(c -> {
            ObjectNode f = o.putObject("fetch");
            f.put("sources", c.sources()).put("sourcesFailing", c.sourcesFailing()).put("urls", c.urls())
                    .put("articlesFetched", c.articlesFetched()).put("listingsFetched", c.listingsFetched())
                    .put("notModified", c.notModified()).put("skipped", c.skipped()).put("failed", c.failed());
            c.lastPoll().ifPresent(t -> f.put("lastPoll", t.toString()));
        });
        return o;
    }

    /** One line of the {@code entities} command: {@code {"entities":[{"text","type","start","end"}]}}. */
    public static ObjectNode entityLine(List<EntityMention> mentions) {
        ObjectNode o = NODES.objectNode();
        ArrayNode a = o.putArray("entities");
        for (EntityMention e : mentions) {
            a.addObject().put("text", e.text()).put("type", e.type().name()).put("start", e.start())
                    .put("end", e.end()).put("canonical", e.canonical());
        }
        return o;
    }

    public static ObjectNode error(String message, int status) {
        return NODES.objectNode().put("error", message).put("status", status);
    }

    /** Whole numbers print without a fraction ("5800", not "5800.0"), as the contract's examples show. */
    private static void putNumber(ObjectNode node, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(field, (long) value);
        } else {
            node.put(field, value);
        }
    }

    private static void putOptional(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }
}
