package io.thoisu.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publication-date layouts a folder-per-story gold set carries in its "Published Date:" header. */
class GoldStoryFolderTest {
    @Test
    void dayFirstIsTheVietnameseDefault() {
        assertThat(GoldStoryFolder.parseDate("Thứ 6, 11:03, 20/05/2016")).contains(LocalDate.of(2016, 5, 20));
        assertThat(GoldStoryFolder.parseDate("07:15 ngày 03-06-2016")).contains(LocalDate.of(2016, 6, 3));
        assertThat(GoldStoryFolder.parseDate("21.05.2016 | 09:12 PM")).contains(LocalDate.of(2016, 5, 21));
        assertThat(GoldStoryFolder.parseDate("03/06/16 10:20")).contains(LocalDate.of(2016, 6, 3));
    }

    @Test
    void isoDatesAreReadYearFirstNotAsDayMonthYear() {
        // read day first, "2016-05-20T08:26:24" gave 16 May 2020
        assertThat(GoldStoryFolder.parseDate("2016-05-20T08:26:24+07:00")).contains(LocalDate.of(2016, 5, 20));
        assertThat(GoldStoryFolder.parseDate("Đăng tải: 2016-05-23 16:17:37 Cập nhật: 2016-05-23 17:10:06"))
                .contains(LocalDate.of(2016, 5, 23));
    }

    @Test
    void theUsLayoutWithSecondsAndAmPmIsMonthFirst() {
        assertThat(GoldStoryFolder.parseDate("6/1/2016 8:39:40 AM")).contains(LocalDate.of(2016, 6, 1));
        assertThat(GoldStoryFolder.parseDate("5/20/2016 11:40:52 PM")).contains(LocalDate.of(2016, 5, 20));
        // without seconds and AM/PM the same digits stay day first
        assertThat(GoldStoryFolder.parseDate("6/1/2016 08:39")).contains(LocalDate.of(2016, 1, 6));
    }

    @Test
    void wordedDatesWithOrWithoutNam() {
        assertThat(GoldStoryFolder.parseDate("10:05 ngày 21 tháng 05 năm 2016")).contains(LocalDate.of(2016, 5, 21));
        assertThat(GoldStoryFolder.parseDate("Ngày 24 Tháng 5, 2016 | 09:21 AM")).contains(LocalDate.of(2016, 5, 24));
    }

    @Test
    void noDateOrNoYearGivesNothing() {
        assertThat(GoldStoryFolder.parseDate("")).isEmpty();
        assertThat(GoldStoryFolder.parseDate("Barca xác nhận chia tay")).isEmpty();
        assertThat(GoldStoryFolder.parseDate("25/05 16:26")).isEmpty();
        assertThat(GoldStoryFolder.parseDate("31/02/2016")).isEmpty();
    }

    @Test
    void theCorpusTopFolderFindsTheStoriesBelowIt(@TempDir Path top) throws IOException {
        String article = "Title: Lũ sông Lam Khê\nPublished Date: 10/01/2025 08:00\nContent:\nNước sông dâng cao.\n";
        for (String story : List.of("Story_01", "Story_02")) {
            Path dir = Files.createDirectories(top.resolve("Corpus/original").resolve(story).resolve("original"));
            Files.writeString(dir.resolve("1.txt"), article);
            Files.writeString(dir.resolve("2.txt"), article);
        }
        // summaries beside the originals, in a folder that sorts first, are not stories
        Files.writeString(Files.createDirectories(top.resolve("Corpus/Summaries/Story_01")).resolve("0.txt"), "tóm tắt");
        Files.writeString(top.resolve("README.md"), "not a story");
        List<GoldStoryFolder.GoldArticle> fromTop = GoldStoryFolder.read(top);
        assertThat(fromTop).extracting(GoldStoryFolder.GoldArticle::story)
                .containsExactly("Story_01", "Story_01", "Story_02", "Story_02");
        assertThat(GoldStoryFolder.read(top.resolve("Corpus/original"))).isEqualTo(fromTop);
        assertThat(fromTop.get(0).article().published().map(p -> p.date())).contains(LocalDate.of(2025, 1, 10));
    }
}
