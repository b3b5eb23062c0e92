package io.thoisu.timeline;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Claim;
import io.thoisu.model.Conflict;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Story;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.pipeline.CorpusResult;
import io.thoisu.pipeline.Pipeline;
import io.thoisu.quantity.QuantityRecognizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A development aid, not a test: prints, per story folder, every claim the pipeline extracted as the conflict
 * finder reads it (kind, counted, predicate, noun phrase, scope, date, qualifier) and the conflicts it formed, so
 * that a missed or extra pair can be traced to its cause. Run it on a story folder or a folder of them:
 * {@code java -cp thoisu-core/target/classes:thoisu-core/target/test-classes
 * io.thoisu.timeline.ConflictDiagnostic DIR} (a folder of pages, a story folder or a folder of story folders).
 */
final class ConflictDiagnostic {
    private ConflictDiagnostic() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<Path> stories;
        boolean pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.anyMatch(p -> p.toString().endsWith(".txt"));
        }
        if (pages) {
            stories = List.of(dir);
        } else {
            try (Stream<Path> children = Files.list(dir)) {
                stories = children.filter(p -> Files.isRegularFile(p.resolve("gold.tsv"))).sorted().toList();
            }
        }
        FigureReader reader = new FigureReader(new FigureLexicon(), new QuantityRecognizer());
        for (Path story : stories) {
            describe(story, reader);
        }
    }

    private static void describe(Path storyDir, FigureReader reader) throws IOException {
        System.out.println("################ " + storyDir.getFileName());
        List<Path> pages;
        try (Stream<Path> files = Files.list(storyDir)) {
            pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<AnalysedArticle> analysed = new ArrayList<>();
        for (Path page : pages) {
            RawDocument doc = RawDocument.plain(Origin.ofFile(page.getFileName().toString()),
                    Files.readString(page, StandardCharsets.UTF_8));
            for (AnalysedArticle a : Pipeline.standard().analyse(doc, AnalysisOptions.NONE)) {
                analysed.add(a);
                NAMES.put(a.id(), page.getFileName().toString());
            }
        }
        CorpusResult result = Pipeline.standard().cluster(analysed);
        for (Story s : result.stories()) {
            System.out.println("== story " + s.title() + " (" + s.articles().size() + " articles)");
            for (Claim c : s.claims()) {
                Figure f = reader.read(c);
                System.out.printf("  [%s] %s|%s unit=%s about='%s' attr=%s date=%s%n", shortId(c.articleId()),
                        fmt(c.value()), c.approx().wireName(), c.unit().orElse("-"), c.about(),
                        c.attribution().orElse("-"), c.date().orElse("-"));
                System.out.printf("      kind=%s counted='%s' pred=%s ('%s'%s) noun='%s' sub='%s' scope=%s/%s"
                                + " mod='%s'%s%s qual='%s' day=%s%n",
                        f.kind(), f.counted(), f.predicates(), f.predicateText(),
                        f.predicateBefore() ? ",before" : "", f.nounPhrase(), f.subgroup(), f.scope().reach(),
                        f.scope().name(), f.modality(), f.revision() ? " REVISION" : "",
                        f.noTotal() ? " NO-TOTAL" : "", f.qualifier(),
                        f.daySource() + (f.per().isEmpty() ? "" : " per=" + f.per()));
                System.out.println("      « " + c.sentence().replace('\n', ' ') + " »");
            }
            for (Conflict k : s.conflicts()) {
                System.out.println("  CONFLICT " + k.about());
                for (Claim c : k.values()) {
                    System.out.printf("     %s|%s [%s] %s%n", fmt(c.value()), c.approx().wireName(),
                            shortId(c.articleId()), c.date().orElse("-"));
                }
            }
        }
    }

    private static final java.util.Map<String, String> NAMES = new java.util.HashMap<>();

    private static String shortId(String id) {
        return NAMES.getOrDefault(id, id);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
