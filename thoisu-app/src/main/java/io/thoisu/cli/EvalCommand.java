package io.thoisu.cli;

import io.thoisu.claim.ClaimEvaluation;
import io.thoisu.clean.CleaningEvaluation;
import io.thoisu.clean.FurnitureEvaluation;
import io.thoisu.entity.AliasEvaluation;
import io.thoisu.entity.EntityEvaluation;
import io.thoisu.pipeline.Pipeline;
import io.thoisu.quantity.QuantityEvaluation;
import io.thoisu.quote.QuoteEvaluation;
import io.thoisu.story.StoryEvaluation;
import io.thoisu.text.SegmentationEvaluation;
import io.thoisu.text.SentenceEvaluation;
import io.thoisu.text.SentenceSplitter;
import io.thoisu.time.TimeEvaluation;
import io.thoisu.timeline.TimelineEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code eval …}: the evaluations of the stages that make judgements, each printing precision/recall/F1 (or
 * accuracy) and throughput on gold data. Without an argument a subcommand uses the project's own gold fixtures, or
 * the corpora in {@code ../shared} for segmentation and stories.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate a stage on gold data.",
        subcommands = {CommandLine.HelpCommand.class})
final class EvalCommand implements Callable<Integer> {
    private static final String CORE_FIXTURES = "thoisu-core/src/test/resources/io/thoisu/";
    private static final List<String> EXTRACTION_SETS =
            List.of("handwritten", "heldout", "heldout2", "heldout3", "heldout4", "templated");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    @Command(name = "segment", mixinStandardHelpOptions = true,
            description = "Word segmentation against UD Vietnamese (CoNLL-U); default: VTB test and TueCL test.")
    int segment(@Parameters(paramLabel = "GOLD", arity = "0..*") List<Path> gold) {
        List<Path> files = gold == null || gold.isEmpty()
                ? List.of(shared("corpora/ud-vietnamese-vtb/vi_vtb-ud-test.conllu"),
                        shared("corpora/ud-vietnamese-tuecl/vi_tuecl-ud-test.conllu"))
                : gold;
        List<String> lines = new ArrayList<>();
        for (Path f : files) {
            lines.add("== " + f);
            lines.addAll(SegmentationEvaluation.evaluate(existing(f)).format());
        }
        return print(lines);
    }

    @Command(name = "sentences", mixinStandardHelpOptions = true, description = "Sentence splitting.")
    int sentences(@Parameters(paramLabel = "GOLD", arity = "0..1") Path gold) {
        return print(SentenceEvaluation.evaluate(orFixture(gold, CORE_FIXTURES + "text/sentences.tsv")).format());
    }

    @Command(name = "numbers", mixinStandardHelpOptions = true, description = "Quantities: value, qualifier, unit.")
    int numbers(@Parameters(paramLabel = "GOLD", arity = "0..1") Path gold) throws Exception {
        return print(eachSet(gold, "quantity", "quantities-handwritten.tsv",
                set -> QuantityEvaluation.evaluate(set).format()));
    }

    @Command(name = "times", mixinStandardHelpOptions = true, description = "Time expressions and their resolved values.")
    int times(@Parameters(paramLabel = "GOLD", arity = "0..1") Path gold) throws Exception {
        return print(eachSet(gold, "time", "times-handwritten.tsv", set -> TimeEvaluation.evaluate(set).format()));
    }

    @Command(name = "furniture", mixinStandardHelpOptions = true,
            description = "Site furniture learned across an outlet's pages (the corpus stage): rules only, after a "
                    + "whole ingest, and page by page as it arrives.")
    int furniture(@Parameters(paramLabel = "GOLD", arity = "0..1",
            description = "Pages with .expected gold, in arrival order; default: the project's three outlets.")
                  Path gold) {
        return print(FurnitureEvaluation.evaluate(
                orFixture(gold, "thoisu-ingest/src/test/resources/fixtures/clean/furniture")).format());
    }

    @Command(name = "clean", mixinStandardHelpOptions = true, description = "Boilerplate removal, splitting, metadata.")
    int clean(@Parameters(paramLabel = "GOLD", arity = "0..1") Path gold) {
        return print(CleaningEvaluation.evaluate(
                orFixture(gold, "thoisu-ingest/src/test/resources/fixtures/clean/pages")).format());
    }

    @Command(name = "entities", mixinStandardHelpOptions = true, description = "Entity mentions: exact span and type.")
    int entities(@Parameters(paramLabel = "GOLD", arity = "0..1") Path gold) throws Exception {
        SentenceSplitter splitter = new SentenceSplitter();
        return print(eachExtractionSet(gold, dir -> EntityEvaluation.evaluate(dir, splitter::split).format()));
    }

    @Command(name = "aliases", mixinStandardHelpOptions = true,
            description = "Short forms resolved across articles (the corpus alias stage); default: every annotated "
                    + "extraction set read as one corpus.")
    int aliases(@Parameters(paramLabel = "GOLD", arity = "0..*") List<Path> gold) throws Exception {
        List<Path> sets = new ArrayList<>();
        if (gold != null && !gold.isEmpty()) {
            gold.forEach(g -> sets.add(existing(g)));
        } else {
            for (String set : EXTRACTION_SETS) {
                Path folder = home().resolve(CORE_FIXTURES + "extraction/" + set);
                if (Files.isDirectory(folder)) {
                    sets.add(folder);
                }
            }
        }
        return print(AliasEvaluation.evaluate(sets, new SentenceSplitter()::split).format());
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true, description = "Quotes and their speakers.")
    int quotes(@Parameters(paramLabel = "GOLD", arity = "0..1") Path gold) throws Exception {
        SentenceSplitter splitter = new SentenceSplitter();
        return print(eachExtractionSet(gold, dir -> QuoteEvaluation.evaluate(dir, splitter::split).format()));
    }

    @Command(name = "claims", mixinStandardHelpOptions = true,
            description = "Attributed claims: value, qualifier, attribution and date, with the full pipeline upstream.")
    int claims(@Parameters(paramLabel = "GOLD", arity = "0..1") Path gold) throws Exception {
        Pipeline pipeline = Pipeline.standard();
        return print(eachExtractionSet(gold, dir -> ClaimEvaluation.evaluate(dir, pipeline.analyzer()::analyse).format()));
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = "Story clustering against a folder-per-story gold set; default: ViMs in ../shared.")
    int stories(@Parameters(paramLabel = "GOLD", arity = "0..1") Path gold,
                @CommandLine.Option(names = "--shuffles", defaultValue = "3",
                        description = "Shuffled orders to measure the spread over (default: ${DEFAULT-VALUE}).") int shuffles) {
        Path root = existing(gold != null ? gold : shared("corpora/vims/ViMs/original"));
        Pipeline pipeline = Pipeline.standard();
        List<String> lines = new ArrayList<>();
        lines.add("== date order");
        lines.addAll(StoryEvaluation.evaluate(root, pipeline.analyzer()::analyse, StoryEvaluation.Order.DATE, 0).format());
        for (int seed = 1; seed <= shuffles; seed++) {
            lines.add("== shuffled, seed " + seed);
            lines.addAll(StoryEvaluation.evaluate(root, pipeline.analyzer()::analyse, StoryEvaluation.Order.SHUFFLED,
                    seed).format());
        }
        return print(lines);
    }

    /**
     * The given gold, or the project's sets for a stage reported apart: all fixtures of the stage's folder, its
     * hand-written file alone, and the held-out sets written blind (sub-folders {@code heldout}, {@code heldout2})
     * when there are any.
     */
    private static List<String> eachSet(Path given, String stage, String handwritten, FolderEvaluation evaluation)
            throws Exception {
        if (given != null) {
            return evaluation.run(existing(given));
        }
        Path folder = orFixture(null, CORE_FIXTURES + stage);
        List<String> lines = new ArrayList<>();
        List<Path> sets = List.of(folder, folder.resolve(handwritten), folder.resolve("heldout"),
                folder.resolve("heldout2"));
        for (Path set : sets) {
            if (Files.exists(set)) {
                lines.add("== " + (set.equals(folder) ? "all fixtures" : set.getFileName()));
                lines.addAll(evaluation.run(set));
            }
        }
        return lines;
    }

    /** An evaluation that reads one folder of annotated articles. */
    private interface FolderEvaluation {
        List<String> run(Path folder) throws Exception;
    }

    /**
     * The given folder, or each of the project's annotated sets, reported apart: hand-written articles, the held-out
     * sets written blind ({@code heldout} to {@code heldout4}, each written after the one before had
     * been tuned on: the newest is the honest figure), and template-generated ones (a regression check).
     */
    private static List<String> eachExtractionSet(Path given, FolderEvaluation evaluation) throws Exception {
        List<Path> sets = new ArrayList<>();
        if (given != null) {
            sets.add(existing(given));
        } else {
            for (String set : EXTRACTION_SETS) {
                Path folder = home().resolve(CORE_FIXTURES + "extraction/" + set);
                if (Files.isDirectory(folder)) {
                    sets.add(folder);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (Path set : sets) {
            lines.add("== " + set.getFileName());
            lines.addAll(evaluation.run(set));
        }
        return lines;
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true,
            description = "Disputed figures (as pairs of values) and timeline days of annotated stories.")
    int timeline(@Parameters(paramLabel = "GOLD", arity = "0..1",
            description = "A story folder with gold.tsv, or a folder of such folders (summed); "
                    + "default: the project's fixture story.") Path gold) {
        return print(TimelineEvaluation.evaluate(orFixture(gold, CORE_FIXTURES + "timeline/dap-khe-may")).format());
    }

    private int print(List<String> lines) {
        lines.forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static Path home() {
        return Path.of(System.getProperty("thoisu.home", "."));
    }

    private static Path orFixture(Path given, String projectRelative) {
        return existing(given != null ? given : home().resolve(projectRelative));
    }

    private static Path shared(String relative) {
        return home().resolve("..").resolve("shared").resolve(relative).normalize();
    }

    private static Path existing(Path p) {
        if (!Files.exists(p)) {
            throw new IllegalArgumentException("no gold data at " + p);
        }
        return p;
    }
}
