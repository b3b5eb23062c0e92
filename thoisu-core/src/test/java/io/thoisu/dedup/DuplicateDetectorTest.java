package io.thoisu.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.story.TestArticles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
    private static final LocalDate DAY = LocalDate.of(2023, 10, 14);

    private static AnalysedArticle fixture(String name, String id, LocalDate date) {
        return TestArticles.fixture(DuplicateDetectorTest.class, name, id, date, "outlet-" + id);
    }

    @Test
    void exactCopyIsFoundDespiteSpacingCaseAndToneMarkPlacement() {
        DuplicateDetector d = new DuplicateDetector();
        AnalysedArticle original = fixture("wire-original.txt", "a", DAY);
        String respelled = original.article().text().replace("hòa", "hoà").replace("  ", " ")
                .replace("Theo Ban", "THEO   Ban").replace("\n\n", "\n");
        assertThat(d.accept(original).kind()).isEqualTo(DuplicateKind.NONE);
        DuplicateVerdict v = d.accept(TestArticles.of("b", "Khác tít", respelled, DAY, "x"));
        assertThat(v.kind()).isEqualTo(DuplicateKind.EXACT);
        assertThat(v.groupId()).isEqualTo("a");
        assertThat(v.similarity()).isEqualTo(1.0);
    }

    @Test
    void editedCopiesJoinTheOriginalAndAnotherReportOfTheSameEventDoesNot() {
        DuplicateDetector d = new DuplicateDetector();
        DuplicateVerdict lead = d.accept(fixture("copy-new-lead.txt", "lead", DAY.plusDays(1)));
        DuplicateVerdict original = d.accept(fixture("wire-original.txt", "wire", DAY));
        DuplicateVerdict trimmed = d.accept(fixture("copy-trimmed.txt", "trim", DAY.plusDays(1)));
        DuplicateVerdict other = d.accept(fixture("same-event-other-outlet.txt", "own", DAY.plusDays(1)));

        assertThat(lead.kind()).isEqualTo(DuplicateKind.NONE);
        assertThat(original.kind()).isEqualTo(DuplicateKind.NEAR);
        assertThat(original.similarity()).isGreaterThanOrEqualTo(0.75); // the wire text is inside the copy
        assertThat(trimmed.kind()).isEqualTo(DuplicateKind.NEAR);
        assertThat(other.kind()).isEqualTo(DuplicateKind.NONE);
        // the wire story was published first although it arrived second
        assertThat(trimmed.earliest()).isEqualTo("wire");
        assertThat(d.groups()).containsExactly(List.of("wire", "lead", "trim"));
    }

    @Test
    void restoredDetectorDecidesLikeTheOriginal() {
        DuplicateDetector d = new DuplicateDetector();
        d.accept(fixture("wire-original.txt", "wire", DAY));
        d.accept(fixture("same-event-other-outlet.txt", "own", DAY));
        DuplicateDetector restored = DuplicateDetector.restore(d.snapshot());

        DuplicateVerdict fromOriginal = d.accept(fixture("copy-trimmed.txt", "trim", DAY));
        DuplicateVerdict fromRestored = restored.accept(fixture("copy-trimmed.txt", "trim", DAY));
        assertThat(fromRestored).isEqualTo(fromOriginal);
        assertThat(restored.groups()).isEqualTo(d.groups());
    }

    @Test
    void emptyAndTinyTextsAreNeverNearCopies() {
        DuplicateDetector d = new DuplicateDetector();
        assertThat(d.accept(TestArticles.of("e1", null, "", null, null)).kind()).isEqualTo(DuplicateKind.NONE);
        assertThat(d.accept(TestArticles.of("e2", null, "", null, null)).kind()).isEqualTo(DuplicateKind.NONE);
        assertThat(d.accept(TestArticles.of("t1", null, "Mưa lớn ở Bình Lạc.", null, null)).kind())
                .isEqualTo(DuplicateKind.NONE);
        assertThat(d.accept(TestArticles.of("t2", null, "Mưa lớn ở Bình Lạc hôm nay.", null, null)).kind())
                .isEqualTo(DuplicateKind.NONE);
        assertThat(d.groups()).isEmpty();
    }

    /** Filler articles, each its own text (numbered words are codes, not syllables: a word list makes them differ). */
    private static AnalysedArticle filler(int i, LocalDate date) {
        String[] words = {"mưa", "nắng", "gió", "sông", "núi", "đồng", "chợ", "làng", "phố", "đường", "cầu", "bến"};
        StringBuilder sb = new StringBuilder();
        java.util.Random r = new java.util.Random(i);
        for (int k = 0; k < 60; k++) {
            sb.append(words[r.nextInt(words.length)]).append(' ');
        }
        return TestArticles.of("f" + i, null, sb.toString(), date, null);
    }

    @Test
    void oldFingerprintsAreDroppedButExactCopiesAreStillFound() {
        DuplicateConfig n = DuplicateConfig.news();
        // keep fingerprints 10 days and 300 arrivals
        DuplicateConfig config = new DuplicateConfig(n.bands(), n.rows(), n.jaccard(), n.containment(),
                n.minShingles(), 10, 300);
        DuplicateDetector d = new DuplicateDetector(config);
        AnalysedArticle wire = fixture("wire-original.txt", "wire", DAY);
        d.accept(wire);
        for (int i = 0; i < 1000; i++) {
            d.accept(filler(i, DAY.plusDays(1 + i / 20)));
        }
        assertThat(d.fingerprints()).isLessThanOrEqualTo(300 + 256 + 20);
        // months later: a trimmed copy is not looked for any more, an exact copy still is
        assertThat(d.accept(fixture("copy-trimmed.txt", "trim", DAY.plusDays(60))).kind())
                .isEqualTo(DuplicateKind.NONE);
        DuplicateVerdict exact = d.accept(TestArticles.of("again", null, wire.article().text(), DAY.plusDays(60), null));
        assertThat(exact.kind()).isEqualTo(DuplicateKind.EXACT);
        assertThat(exact.groupId()).isEqualTo("wire");
        DuplicateDetector restored = DuplicateDetector.restore(d.snapshot());
        assertThat(restored.fingerprints()).isEqualTo(d.fingerprints());
        assertThat(d.snapshot().members().stream().filter(m -> m.signature().length > 0).count())
                .isEqualTo(d.fingerprints());
    }

    @Test
    void aRecentCopyIsFoundWithTheStandardRetention() {
        DuplicateDetector d = new DuplicateDetector();
        d.accept(fixture("wire-original.txt", "wire", DAY));
        for (int i = 0; i < 600; i++) {
            d.accept(filler(i, DAY.plusDays(i / 100)));
        }
        assertThat(d.accept(fixture("copy-trimmed.txt", "trim", DAY.plusDays(7))).kind())
                .isEqualTo(DuplicateKind.NEAR);
    }
}
