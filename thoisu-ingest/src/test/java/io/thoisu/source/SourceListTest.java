package io.thoisu.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.source.SourceList.Problem;
import io.thoisu.source.SourceList.Result;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceListTest {
    @TempDir
    Path dir;

    @Test
    void plainFileWithOptionsCommentsAndInferredKinds() {
        Result r = SourceList.parse("nguon.txt", LiveFixtures.text("sources/nguon.txt"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.sources()).extracting(Source::name).containsExactly("phusa-thoi-su",
                "baophusa.test/sitemap_index.xml", "baophusa.test/chuyen-muc/xa-hoi.html",
                "tincaonguyen.test/atom/kinh-te.atom", "tincaonguyen.test/tong-hop/feed");
        Source feed = r.sources().get(0);
        assertThat(feed.kind()).isEqualTo(SourceKind.RSS);
        assertThat(feed.outlet()).contains("Báo Phù Sa");
        assertThat(feed.every()).isEqualTo(Duration.ofMinutes(15));
        assertThat(feed.line()).isEqualTo(2);
        Source sitemap = r.sources().get(1);
        assertThat(sitemap.kind()).isEqualTo(SourceKind.SITEMAP);
        assertThat(sitemap.maxItems()).hasValue(20);
        assertThat(sitemap.every()).isEqualTo(Duration.ofHours(1));
        Source page = r.sources().get(2);
        assertThat(page.kind()).isEqualTo(SourceKind.PAGE);
        assertThat(page.outlet()).as("quotes removed, inline comment dropped").contains("Báo Phù Sa");
        assertThat(page.every()).isEqualTo(Duration.ofMinutes(30));
        Source atom = r.sources().get(3);
        assertThat(atom.kind()).isEqualTo(SourceKind.ATOM);
        assertThat(atom.outlet()).contains("Tin Cao Nguyên");
        assertThat(atom.every()).isEqualTo(Duration.ofMinutes(20));
        assertThat(atom.refetchAfter()).contains(Duration.ofHours(6));
        Source bare = r.sources().get(4);
        assertThat(bare.kind()).isEqualTo(SourceKind.RSS);
        assertThat(bare.every()).isEqualTo(Source.DEFAULT_EVERY);
        assertThat(bare.outlet()).isEmpty();
        assertThat(bare.language()).isEqualTo("vi");
        assertThat(bare.refetchAfter()).isEmpty();
    }

    @Test
    void yamlWithASourcesKeyAndAliases() {
        Result r = SourceList.parse("nguon.yaml", LiveFixtures.text("sources/nguon.yaml"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.sources()).hasSize(3);
        Source news = r.sources().get(1);
        assertThat(news.kind()).isEqualTo(SourceKind.SITEMAP);
        assertThat(news.every()).isEqualTo(Duration.ofMinutes(10));
        assertThat(news.maxItems()).hasValue(30);
        assertThat(news.line()).as("line of the item's first key").isEqualTo(7);
        Source atom = r.sources().get(2);
        assertThat(atom.name()).isEqualTo("caonguyen-kinh-te");
        assertThat(atom.uri()).isEqualTo(URI.create("https://tincaonguyen.test/atom/kinh-te.atom"));
        assertThat(atom.every()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void jsonListWithABareAddressAndNumbers() {
        Result r = SourceList.parse("nguon.json", LiveFixtures.text("sources/nguon.json"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.sources()).extracting(Source::kind)
                .containsExactly(SourceKind.RSS, SourceKind.PAGE, SourceKind.RSS);
        assertThat(r.sources().get(0).maxItems()).hasValue(10);
        assertThat(r.sources().get(0).every()).isEqualTo(Duration.ofMinutes(5));
        assertThat(r.sources().get(2).outlet()).isEmpty();
        assertThat(r.sources().get(2).line()).isEqualTo(4);
    }

    @Test
    void everyMistakeInAPlainFileIsReportedWithItsLine() {
        Result r = SourceList.parse("nguon-loi.txt", LiveFixtures.text("sources/nguon-loi.txt"));
        assertThat(r.sources()).extracting(Source::line).containsExactly(2, 11);
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("nguon-loi.txt"));
        assertThat(messagesOn(r, 3)).singleElement().asString().contains("scheme 'ftp'");
        assertThat(messagesOn(r, 4)).singleElement().asString().contains("unknown option 'evry'")
                .contains("every");
        assertThat(messagesOn(r, 5)).singleElement().asString().contains("bad interval 'mười phút'");
        assertThat(messagesOn(r, 6)).singleElement().asString().contains("duplicate source").contains("line 2");
        assertThat(messagesOn(r, 7)).singleElement().asString().contains("bad URL");
        assertThat(messagesOn(r, 8)).singleElement().asString().contains("not absolute");
        assertThat(messagesOn(r, 9)).hasSize(2).anySatisfy(m -> assertThat(m).contains("unknown kind 'podcast'"))
                .anySatisfy(m -> assertThat(m).contains("max: '0'"));
        assertThat(messagesOn(r, 10)).hasSize(2).anySatisfy(m -> assertThat(m).contains("every: interval '0s'"))
                .anySatisfy(m -> assertThat(m).contains("duplicate source name 'phusa-thoi-su'"));
        assertThat(r.problems().getFirst().format()).startsWith("nguon-loi.txt:3: ");
    }

    @Test
    void structuredMistakesNameTheItemAndItsLine() {
        Result r = SourceList.parse("nguon-loi.yaml", LiveFixtures.text("sources/nguon-loi.yaml"));
        assertThat(r.sources()).extracting(Source::uri).containsExactly(
                URI.create("http://baophusa.test/rss/thoi-su.rss"),
                URI.create("http://tincaonguyen.test/rss/khai-bao-sai.rss"));
        assertThat(r.problems()).extracting(Problem::format).containsExactly(
                "nguon-loi.yaml:3 (item 1): unsupported scheme 'mailto' in 'mailto:toasoan@baophusa.test' "
                        + "(only http and https)",
                "nguon-loi.yaml:5 (item 2): unknown option 'evey' (known: url, name, outlet, language, kind, "
                        + "every, max, refetch)",
                "nguon-loi.yaml:5 (item 2): option 'tags' must be a single value",
                "nguon-loi.yaml:9 (item 3): no address: every source needs a url");
    }

    @Test
    void syntaxErrorsAndWrongShapesAreProblemsNotExceptions() {
        Result broken = SourceList.parse("x.json", "[{\"url\": \"http://baophusa.test/rss\",\n  \"outlet\": }]");
        assertThat(broken.sources()).isEmpty();
        assertThat(broken.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("syntax error");
        });
        Result scalar = SourceList.parse("x.yaml", "just a sentence\n");
        assertThat(scalar.problems()).singleElement().extracting(Problem::message).asString()
                .contains("expected a list of sources");
        Result otherKey = SourceList.parse("x.yaml", "feeds:\n  - http://baophusa.test/rss\n");
        assertThat(otherKey.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("unknown top-level key 'feeds'"));
        assertThat(SourceList.parse("empty.yaml", "").ok()).isTrue();
        assertThat(SourceList.parse("empty.txt", "\n# nothing yet\n").sources()).isEmpty();
    }

    @Test
    void readsFilesAndRefusesNonUtf8() throws Exception {
        Path good = dir.resolve("nguon.txt");
        Files.writeString(good, "\uFEFFhttp://baophusa.test/rss/thoi-su.rss outlet=Báo Phù Sa\n");
        Result r = SourceList.read(good);
        assertThat(r.ok()).isTrue();
        assertThat(r.sources()).singleElement().extracting(Source::outlet).isEqualTo(Optional.of("Báo Phù Sa"));
        Path latin = dir.resolve("cu.txt");
        Files.write(latin, new byte[] {'h', 't', 't', 'p', ':', (byte) 0xE0, '\n'});
        assertThat(SourceList.read(latin).problems()).singleElement().extracting(Problem::message).asString()
                .contains("not UTF-8");
        assertThat(SourceList.read(dir.resolve("missing.txt")).problems()).singleElement()
                .extracting(Problem::item).isEqualTo(OptionalInt.empty());
    }

    @Test
    void outletsAreStoredInNfc() {
        String decomposed = "Tin Cao Nguye\u0302n"; // ê written as e + combining circumflex
        Result r = SourceList.parse("n.txt", "http://tincaonguyen.test/rss outlet=" + decomposed + "\n");
        assertThat(r.sources().getFirst().outlet()).contains("Tin Cao Nguyên");
    }

    @Test
    void intervalsInEveryNotation() {
        assertThat(PollInterval.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(PollInterval.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(PollInterval.parse("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(PollInterval.parse("pt15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(PollInterval.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        for (String bad : List.of("", "15", "m", "15 phút", "-5m", "8d", "0m", "PT")) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> PollInterval.parse(bad)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static List<String> messagesOn(Result r, int line) {
        return r.problems().stream().filter(p -> p.line() == line).map(Problem::message).toList();
    }
}
