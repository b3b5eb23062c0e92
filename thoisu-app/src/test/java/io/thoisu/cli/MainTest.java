package io.thoisu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.thoisu.json.ContractJson;
import io.thoisu.testkit.ContractSchema;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user runs it: arguments in, exit code, standard output and standard error out. */
class MainTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void analyzePrintsOneValidObjectPerFileAndReportsRejections() throws Exception {
        write("tin/a.txt", "Chợ phiên Bản Lác mở cửa lại từ ngày 2/4.\nHơn 300 tiểu thương đã đăng ký gian hàng.");
        write("tin/b.txt", "Đường tỉnh 12 được thông xe sau ba ngày sạt lở.");
        Files.write(dir.resolve("tin/c.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a'});
        CliRun r = run("analyze", dir.resolve("tin").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.SOME_REJECTED);
        JsonNode array = ContractJson.mapper().readTree(r.out());
        assertThat(array).hasSize(3);
        for (JsonNode analysis : array) {
            assertThat(ContractSchema.problems(analysis)).as(analysis.get("source").asText()).isEmpty();
        }
        assertThat(array.get(2).get("rejected")).hasSize(1);
        assertThat(array.get(0).get("articles").get(0).get("text").asText()).contains("Bản Lác");
        // "file (position): stage: reason"
        assertThat(r.err()).containsPattern("c\\.txt.*: \\w+: .+");
    }

    @Test
    void analyzeJsonlPrintsOneObjectALine() throws Exception {
        Path a = write("a.txt", "Thị xã Lam Sơn khánh thành cầu mới.");
        Path b = write("b.txt", "Huyện Ngọc Tràng mở lớp học bơi miễn phí.");
        CliRun r = run("analyze", "--format", "jsonl", "--year", "2023", a.toString(), b.toString());
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(ContractJson.mapper().readTree(lines[1]).get("source").asText()).endsWith("b.txt");
    }

    @Test
    void exitCodesFollowTheContract() throws Exception {
        assertThat(run().code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("analyze").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("frobnicate").code()).isEqualTo(ExitCodes.USAGE);
        Path a = write("a.txt", "Xã Tân Lập có trạm y tế mới.");
        assertThat(run("analyze", "--published", "hôm qua", a.toString()).code()).isEqualTo(ExitCodes.USAGE);
        CliRun nothing = run("analyze", dir.resolve("missing.txt").toString());
        assertThat(nothing.code()).isEqualTo(ExitCodes.NOTHING_PROCESSED);
        assertThat(nothing.err()).contains("missing.txt");
        assertThat(run("--help").code()).isZero();
        CliRun version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("thoisu");
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() throws Exception {
        Path a = write("in/a.txt", "Phường Hòa Khánh tổ chức ngày hội đọc sách.");
        CliRun before = run("--data", dir.resolve("store").toString(), "--quiet", "ingest", a.toString());
        assertThat(before.code()).as(before.err()).isZero();
        CliRun after = run("ingest", a.toString(), "--data", dir.resolve("store").toString(), "--format", "json");
        assertThat(after.code()).as(after.err()).isZero();
        JsonNode summary = ContractJson.mapper().readTree(after.out());
        assertThat(summary.get("data").asText()).isEqualTo(dir.resolve("store").toString());
        assertThat(summary.get("documents").asInt() + summary.get("skipped").asInt()).isEqualTo(1);
    }

    @Test
    void segmentAndEntitiesStreamStandardInput() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Bà Nguyễn Thị Lan đến Đà Nẵng\n\nhôm nay\n"
                    .getBytes(StandardCharsets.UTF_8)));
            CliRun segmented = run("segment");
            assertThat(segmented.code()).isZero();
            String[] lines = segmented.out().split("\n", -1);
            assertThat(lines).hasSize(4);
            assertThat(lines[1]).isEmpty();
            assertThat(lines[0].replace("_", " ")).isEqualTo("Bà Nguyễn Thị Lan đến Đà Nẵng");

            System.setIn(new ByteArrayInputStream("Ông Trần Văn Bình\nxin chào\n".getBytes(StandardCharsets.UTF_8)));
            CliRun entities = run("entities");
            assertThat(entities.code()).isZero();
            String[] jsonLines = entities.out().strip().split("\n");
            assertThat(jsonLines).hasSize(2);
            for (String line : jsonLines) {
                assertThat(ContractJson.mapper().readTree(line).get("entities").isArray()).isTrue();
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void evalSubcommandsExistWithTheirArguments() {
        for (String stage : new String[] {"segment", "sentences", "numbers", "times", "clean", "entities", "quotes",
                "claims", "aliases", "stories", "timeline"}) {
            assertThat(run("eval", stage, "--help").code()).as(stage).isZero();
            CliRun missing = run("eval", stage, dir.resolve("no-such-gold").toString());
            assertThat(missing.code()).as(stage).isEqualTo(ExitCodes.NOTHING_PROCESSED);
            assertThat(missing.err()).as(stage).contains("no-such-gold");
        }
    }
}
