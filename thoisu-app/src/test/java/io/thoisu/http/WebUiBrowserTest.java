package io.thoisu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.thoisu.cli.Main;
import io.thoisu.json.ContractJson;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.EmbeddedStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The web UI in a real headless Chromium, against a real server over a real store filled by ingesting the bundled
 * examples through the CLI. Saves a screenshot of each page under docs/screenshots/.
 */
class WebUiBrowserTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    /** Markup in a crawled page's title and body; any of it running would set window.__pwned. */
    private static final String HOSTILE_TITLE =
            "<script>window.__pwned='title'</script>Hội chợ hoa Phù Vân <img src=x onerror=\"window.__pwned='img'\">";
    private static final String HOSTILE_BODY = "Phù Vân (TN) - Hội chợ hoa xuân Phù Vân khai mạc sáng 15/1 với "
            + "hơn 200 gian hàng.\n<script>window.__pwned='body'</script>Ông Đỗ Minh Quyết, Trưởng ban tổ chức, cho "
            + "biết hội chợ mở cửa đến ngày 20/1. <img src=x onerror=\"window.__pwned='body-img'\"><b>in đậm</b>\n"
            + "<iframe src=\"javascript:window.__pwned='frame'\"></iframe> Vé vào cửa miễn phí.";

    @TempDir
    static Path dir;

    private static ArticleStore store;
    private static ApiServer server;
    private static HeadlessChromium browser;
    private static WebDriver driver;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.requireInstalled();
        Path hostile = Files.createDirectories(dir.resolve("hostile"));
        String line = ContractJson.mapper().createObjectNode().put("id", "hostile-1")
                .put("url", "https://tin.example.vn/hoi-cho-phu-van").put("title", HOSTILE_TITLE)
                .put("published", "2025-01-15T08:00:00+07:00").put("outlet", "Báo Thử Nghiệm")
                .put("text", HOSTILE_BODY).toString();
        Files.writeString(hostile.resolve("hostile.jsonl"), line + "\n", StandardCharsets.UTF_8);
        Path data = dir.resolve("data");
        List<String> args = new ArrayList<>(List.of("--data", data.toString(), "--quiet", "ingest"));
        for (String format : List.of("txt", "html", "jsonl", "warc")) {
            args.add(EXAMPLES.resolve(format).toString());
        }
        args.add(hostile.toString());
        StringWriter err = new StringWriter();
        int code = Main.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        store = EmbeddedStore.open(data);
        server = ApiServer.start(store, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        browser = HeadlessChromium.start(WIDTH, HEIGHT);
        driver = browser.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        try (AutoCloseable b = browser; AutoCloseable s = server; AutoCloseable st = store) {
            // closes all three, browser first
        }
    }

    @AfterEach
    void fullSize() {
        if (driver != null) {
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        }
    }

    @Test
    void searchBoxTakesTheKeyboardAndFindsTheSameArticlesWithAndWithoutDiacritics() throws Exception {
        open("/");
        WebElement box = driver.findElement(By.cssSelector("main input[type=search]"));
        assertThat(driver.switchTo().activeElement()).as("the search box has the focus").isEqualTo(box);
        box.sendKeys("xưởng may", Keys.ENTER);
        awaitRendered();
        Set<String> withMarks = resultGroups();
        assertThat(withMarks).isNotEmpty();
        assertThat(texts("main .hit h3")).anySatisfy(t -> assertThat(t.toLowerCase()).contains("xưởng may"));
        assertThat(texts("main .snippet mark")).as("matched words are marked").isNotEmpty();
        assertThat(texts("main .snippet")).noneSatisfy(t -> assertThat(t).contains("«"));

        box = driver.findElement(By.cssSelector("main input[type=search]"));
        box.clear();
        box.sendKeys("xuong may", Keys.ENTER);
        awaitRendered();
        assertThat(currentHash()).contains("q=xuong");
        assertThat(resultGroups()).isEqualTo(withMarks);
        assertThat(texts("main .snippet mark")).anySatisfy(t -> assertThat(t.toLowerCase()).isIn("xưởng", "may"));
    }

    @Test
    void facetsAreShownAndAnOutletFacetNarrowsTheResults() throws Exception {
        open("/#/?q=" + enc("Sơn Khê"));
        int total = resultCount();
        assertThat(texts("main aside h2")).map(t -> t.toLowerCase(Locale.ROOT)).contains("outlets", "entities");
        assertThat(driver.findElements(By.cssSelector("main aside svg rect.bar"))).as("articles per day").isNotEmpty();
        browser.screenshot(SCREENSHOTS.resolve("search.png"));

        WebElement facet = null;
        for (WebElement li : driver.findElements(By.cssSelector("main aside .facet-outlet li"))) {
            int count = Integer.parseInt(li.findElement(By.cssSelector(".count")).getText().strip());
            if (count < total) {
                facet = li;
                break;
            }
        }
        assertThat(facet).as("an outlet that holds only part of the %d results", total).isNotNull();
        String outlet = facet.findElement(By.tagName("a")).getText();
        int count = Integer.parseInt(facet.findElement(By.cssSelector(".count")).getText().strip());
        facet.findElement(By.tagName("a")).click();
        awaitRendered();
        int narrowed = resultCount();
        assertThat(narrowed).isPositive().isLessThan(total).isLessThanOrEqualTo(count);
        assertThat(texts("main .chip")).anySatisfy(t -> assertThat(t).contains(outlet));
        assertThat(texts("main .hit .meta")).allSatisfy(t -> assertThat(t).contains(outlet));
    }

    @Test
    void storyPageShowsItsTimelineDisputedFiguresAndEntitiesAndLeadsToAnEntity() throws Exception {
        JsonNode story = storyWithMostConflicts();
        open("/#/stories");
        driver.findElement(By.cssSelector("main a[href='#/story/" + story.get("id").asText() + "']")).click();
        awaitRendered();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(story.get("title").asText());

        List<WebElement> dots = driver.findElements(By.cssSelector("main svg.timeline circle.event"));
        assertThat(dots).isNotEmpty();
        for (WebElement dot : dots) {
            assertThat(dot.findElement(By.tagName("title")).getAttribute("textContent")).matches(DATE + ": .+");
        }
        assertThat(driver.findElements(By.cssSelector("main svg.timeline text.tick"))).as("date axis").isNotEmpty();
        List<WebElement> entries = driver.findElements(By.cssSelector("main ol.timeline-list li time"));
        assertThat(entries).isNotEmpty();
        for (WebElement time : entries) {
            assertThat(time.getAttribute("datetime")).matches(DATE);
        }

        List<WebElement> tables = driver.findElements(By.cssSelector("main table.conflict"));
        assertThat(tables).as("the examples have figures that disagree").hasSize(story.get("conflicts").size());
        for (WebElement table : tables) {
            List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
            assertThat(rows).as("a dispute has two values at least").hasSizeGreaterThanOrEqualTo(2);
            for (WebElement row : rows) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                assertThat(cells.get(0).getText()).matches(".*\\d.*");
                assertThat(cells.get(1).getText()).isNotBlank();
                assertThat(cells.get(2).getText()).isNotBlank();
                assertThat(row.findElements(By.cssSelector("a[href^='#/article/']"))).as("source").isNotEmpty();
            }
        }
        List<WebElement> entities = driver.findElements(By.cssSelector("main .entities a.chip"));
        assertThat(entities).hasSize(Math.min(30, story.get("entities").size())).isNotEmpty();
        browser.screenshot(SCREENSHOTS.resolve("story.png"));
        browser.script("document.getElementById('disputed').scrollIntoView()");
        browser.screenshot(SCREENSHOTS.resolve("story-figures.png"));

        String name = entities.get(0).findElement(By.cssSelector(".name")).getText();
        entities.get(0).click();
        awaitRendered();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(driver.findElements(By.cssSelector("main .mentions .hit a[href^='#/article/']"))).isNotEmpty();
        assertThat(texts("main .mentions .snippet mark")).as("the mention is marked in its sentence").isNotEmpty();
    }

    @Test
    void entityPageDrawsMentionsOverTimeAndTheCoMentionGraphReachableByKeyboard() throws Exception {
        JsonNode top = get("/api/entities?limit=1").get("entities").get(0);
        String name = top.get("canonical").asText();
        JsonNode entity = get("/api/entities/" + enc(name));
        open("/#/entity/" + enc(name));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);

        List<WebElement> bars = driver.findElements(By.cssSelector("main svg.mentions-chart rect.bar"));
        assertThat(bars).hasSize(entity.get("perDay").size()).isNotEmpty();
        assertThat(bars.get(0).getAttribute("aria-label")).matches(DATE + ": \\d+ mentions in \\d+ articles");

        List<WebElement> nodes = driver.findElements(By.cssSelector("main svg.graph a.node"));
        int shown = Math.min(14, entity.get("coMentioned").size());
        assertThat(nodes).as("one node per co-mentioned entity drawn").hasSize(shown).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("main svg.graph line.spoke"))).hasSize(shown);
        // the node of the entity sharing most articles is the largest
        double first = Double.parseDouble(nodes.get(0).findElement(By.tagName("circle")).getAttribute("r"));
        for (WebElement node : nodes) {
            assertThat(Double.parseDouble(node.findElement(By.tagName("circle")).getAttribute("r"))).isLessThanOrEqualTo(first);
        }
        // the layout is a function of the data: drawing the page again puts every node in the same place
        List<String> places = nodePlaces();
        driver.navigate().refresh();
        awaitRendered();
        assertThat(nodePlaces()).isEqualTo(places);
        browser.script("window.scrollTo(0, document.querySelector('main svg.mentions-chart').getBoundingClientRect().top + window.scrollY - 60)");
        browser.screenshot(SCREENSHOTS.resolve("entity.png"));

        // keyboard: tab from the search link reaches the graph's nodes, and Enter opens the neighbour
        WebElement firstNode = driver.findElements(By.cssSelector("main svg.graph a.node")).get(0);
        String neighbour = entity.get("coMentioned").get(0).get("canonical").asText();
        browser.script("document.querySelector('main a[href^=\"#/?\"]').focus()");
        boolean reached = false;
        for (int i = 0; i < 200 && !reached; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            reached = driver.switchTo().activeElement().equals(firstNode);
        }
        assertThat(reached).as("the first graph node is in the tab order").isTrue();
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        awaitRendered();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(neighbour);
    }

    @Test
    void anEntityFacetFiltersTheResultsAndFoldedCopiesListTheirOutlets() throws Exception {
        open("/#/?q=" + enc("Sơn Khê"));
        int total = resultCount();
        WebElement facet = driver.findElements(By.cssSelector("main aside .facet-entity li")).get(0);
        String entity = facet.findElement(By.tagName("a")).getText();
        int count = Integer.parseInt(facet.findElement(By.cssSelector(".count")).getText().strip());
        facet.findElement(By.tagName("a")).click();
        awaitRendered();
        assertThat(currentHash().replace("+", " ")).contains("entity=" + entity);
        assertThat(resultCount()).isPositive().isLessThanOrEqualTo(Math.min(total, count));
        assertThat(texts("main .chip")).anySatisfy(t -> assertThat(t).contains("entity: " + entity));

        open("/#/?q=" + enc("lũ Lam Khê"));
        WebElement copies = driver.findElements(By.cssSelector("main .hit details.copies")).stream().findFirst()
                .orElseThrow(() -> new AssertionError("the examples carry one wire story in several outlets"));
        String group = copies.findElement(By.xpath("./ancestor::article")).getAttribute("data-group");
        List<WebElement> items = copies.findElements(By.cssSelector("li"));
        assertThat(items).hasSize(group.split(" ").length - 1).noneMatch(WebElement::isDisplayed);
        assertThat(copies.findElement(By.tagName("summary")).getText()).matches("\\d+ (other outlets?|cop(y|ies)).*");
        copies.findElement(By.tagName("summary")).click();
        assertThat(items).allMatch(WebElement::isDisplayed);
        assertThat(items).allSatisfy(li -> assertThat(li.findElement(By.tagName("a")).getAttribute("href")).contains("#/article/"));
    }

    @Test
    void sortingByDateOrdersTheHitsNewestFirst() throws Exception {
        open("/#/?q=" + enc("Lam Khê"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector("main select[name=sort]")))
                .selectByValue("date");
        driver.findElement(By.cssSelector("main form.search button[type=submit]")).click();
        awaitRendered();
        assertThat(currentHash()).contains("sort=date");
        List<String> dates = new ArrayList<>();
        for (String meta : texts("main .hit > .meta")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(DATE + "( \\d{2}:\\d{2})?").matcher(meta);
            if (m.find()) {
                dates.add(m.group());
            }
        }
        assertThat(dates).hasSizeGreaterThan(2).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void articlePageHighlightsEntitiesAndTimesAndShowsRemovedLinesOnRequest() throws Exception {
        JsonNode article = articleWithMostRemovedLines();
        assertThat(article.get("removed")).isNotEmpty();
        open("/#/article/" + enc(article.get("id").asText()));
        assertThat(driver.findElements(By.cssSelector("main .article-text span[class*='hl-PER'], "
                + "main .article-text span[class*='hl-ORG'], main .article-text span[class*='hl-LOC']"))).isNotEmpty();
        Set<String> times = new TreeSet<>(texts("main .article-text span.hl-time"));
        Set<String> expected = new TreeSet<>();
        article.get("times").forEach(t -> expected.add(t.get("text").asText()));
        assertThat(String.join("", times)).isNotEmpty();
        assertThat(expected).containsAll(times.stream().filter(expected::contains).toList());
        assertThat(expected).allSatisfy(t -> assertThat(driver.findElement(By.cssSelector("main .article-text"))
                .getText()).contains(t));
        browser.screenshot(SCREENSHOTS.resolve("article.png"));

        List<WebElement> removed = driver.findElements(By.cssSelector("main details.removed li"));
        assertThat(removed).hasSize(article.get("removed").size());
        assertThat(removed).noneMatch(WebElement::isDisplayed);
        driver.findElement(By.cssSelector("main details.removed summary")).click();
        assertThat(removed).allMatch(WebElement::isDisplayed);
        assertThat(removed.get(0).getText()).contains(article.get("removed").get(0).get("text").asText().strip());
    }

    @Test
    void aPhoneWideWindowHasNoHorizontalScroll() throws Exception {
        driver.manage().window().setSize(new Dimension(375, 812));
        open("/#/?q=" + enc("Sơn Khê"));
        assertThat(((Number) browser.script("return window.innerWidth")).intValue()).isLessThanOrEqualTo(375);
        assertNoHorizontalScroll();
        browser.screenshot(SCREENSHOTS.resolve("search-phone.png"));
        open("/#/story/" + enc(storyWithMostConflicts().get("id").asText()));
        assertNoHorizontalScroll();
        String entity = get("/api/entities?limit=1").get("entities").get(0).get("canonical").asText();
        open("/#/entity/" + enc(entity));
        assertNoHorizontalScroll();
        assertThat(driver.findElements(By.cssSelector("main svg.graph a.node"))).isNotEmpty();
        browser.script("document.getElementById('graph').scrollIntoView()");
        browser.screenshot(SCREENSHOTS.resolve("entity-phone.png"));
    }

    @Test
    void markupInSourceTextIsShownAsTextAndNeverRuns() throws Exception {
        open("/#/?q=" + enc("Phù Vân"));
        assertThat(texts("main .hit h3")).anySatisfy(t -> assertThat(t).contains("<script>window.__pwned"));
        WebElement hit = driver.findElements(By.cssSelector("main .hit h3 a")).stream()
                .filter(a -> a.getText().contains("<script>")).findFirst().orElseThrow();
        hit.click();
        awaitRendered();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("<script>window.__pwned='title'</script>")
                .contains("<img src=x onerror=");
        String body = driver.findElement(By.cssSelector("main .article-text")).getText();
        assertThat(body).contains("<script>window.__pwned='body'</script>").contains("<b>in đậm</b>")
                .contains("<iframe src=");
        assertThat(browser.script("return document.querySelectorAll('main script, main img, main iframe, main b')"
                + ".length")).isEqualTo(0L);
        assertThat(browser.script("return typeof window.__pwned")).isEqualTo("undefined");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static void open(String path) {
        driver.get(base + path);
        awaitRendered();
    }

    /** The UI marks #main with the hash it rendered and aria-busy while a page loads. */
    private static void awaitRendered() {
        browser.await().until(d -> Boolean.TRUE.equals(browser.script(
                "const m = document.getElementById('main');"
                        + "return m.dataset.route === location.hash && m.getAttribute('aria-busy') === 'false';")));
        assertThat(driver.findElements(By.cssSelector("main .error"))).as("error on %s", currentHash()).isEmpty();
    }

    private static void assertNoHorizontalScroll() {
        Number scroll = (Number) browser.script("return document.documentElement.scrollWidth");
        Number width = (Number) browser.script("return document.documentElement.clientWidth");
        assertThat(scroll.intValue()).as("page width on %s", currentHash()).isLessThanOrEqualTo(width.intValue());
    }

    private static String currentHash() {
        return String.valueOf(browser.script("return decodeURIComponent(location.hash)"));
    }

    private static List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static int resultCount() {
        String text = driver.findElement(By.cssSelector("main .results-count")).getText();
        return Integer.parseInt(text.replaceAll("\\D.*", ""));
    }

    /** Each hit with its folded near copies: which article of a group is shown may depend on the score. */
    private static Set<String> resultGroups() {
        Set<String> groups = new TreeSet<>();
        for (WebElement hit : driver.findElements(By.cssSelector("main .hit"))) {
            Set<String> members = new TreeSet<>(List.of(hit.getAttribute("data-group").split(" ")));
            groups.add(String.join(" ", members));
        }
        return groups;
    }

    /** Where each graph node is drawn, by its name. */
    private static List<String> nodePlaces() {
        return driver.findElements(By.cssSelector("main svg.graph a.node")).stream().map(n -> {
            WebElement c = n.findElement(By.tagName("circle"));
            return n.getAttribute("aria-label") + "@" + c.getAttribute("cx") + "," + c.getAttribute("cy");
        }).toList();
    }

    private static JsonNode storyWithMostConflicts() throws Exception {
        JsonNode best = null;
        for (JsonNode summary : get("/api/stories")) {
            JsonNode story = get("/api/stories/" + enc(summary.get("id").asText()));
            if (best == null || story.get("conflicts").size() > best.get("conflicts").size()) {
                best = story;
            }
        }
        assertThat(best).isNotNull();
        return best;
    }

    private static JsonNode articleWithMostRemovedLines() throws Exception {
        JsonNode best = null;
        for (JsonNode hit : get("/api/search?limit=100").get("hits")) {
            JsonNode article = get("/api/articles/" + enc(hit.get("id").asText()));
            if (best == null || article.get("removed").size() > best.get("removed").size()) {
                best = article;
            }
        }
        return best;
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return ContractJson.mapper().readTree(response.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
