package io.thoisu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code eval …}: the evaluations of the stages that make judgements. Each subcommand calls one static
 * {@code evaluate(Path gold)} of the stage's owner and prints the report's {@code format()} lines. The evaluation
 * classes live in other modules' branches; until they are merged, {@link #unavailable} says which class is needed.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate a stage on gold data.",
        subcommands = {CommandLine.HelpCommand.class})
final class EvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    @Command(name = "segment", mixinStandardHelpOptions = true, description = "Word segmentation against UD Vietnamese (CoNLL-U).")
    int segment(@Parameters(paramLabel = "GOLD", description = "A .conllu file or a folder of them.") Path gold) {
        return unavailable("io.thoisu.text.SegmentationEvaluation");
    }

    @Command(name = "sentences", mixinStandardHelpOptions = true, description = "Sentence splitting.")
    int sentences(@Parameters(paramLabel = "GOLD") Path gold) {
        return unavailable("io.thoisu.text.SentenceEvaluation");
    }

    @Command(name = "numbers", mixinStandardHelpOptions = true, description = "Quantities: value, qualifier, unit.")
    int numbers(@Parameters(paramLabel = "GOLD") Path gold) {
        return unavailable("io.thoisu.quantity.QuantityEvaluation");
    }

    @Command(name = "times", mixinStandardHelpOptions = true, description = "Time expressions and their resolved values.")
    int times(@Parameters(paramLabel = "GOLD") Path gold) {
        return unavailable("io.thoisu.time.TimeEvaluation");
    }

    @Command(name = "clean", mixinStandardHelpOptions = true, description = "Boilerplate removal and article splitting.")
    int clean(@Parameters(paramLabel = "GOLD") Path gold) {
        return unavailable("io.thoisu.clean.CleaningEvaluation");
    }

    @Command(name = "entities", mixinStandardHelpOptions = true, description = "Entity mentions and types.")
    int entities(@Parameters(paramLabel = "GOLD") Path gold) {
        return unavailable("io.thoisu.entity.EntityEvaluation");
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true, description = "Quotes and their speakers.")
    int quotes(@Parameters(paramLabel = "GOLD") Path gold) {
        return unavailable("io.thoisu.quote.QuoteEvaluation");
    }

    @Command(name = "claims", mixinStandardHelpOptions = true, description = "Attributed claims.")
    int claims(@Parameters(paramLabel = "GOLD") Path gold) {
        return unavailable("io.thoisu.claim.ClaimEvaluation");
    }

    @Command(name = "stories", mixinStandardHelpOptions = true, description = "Story clustering and near-duplicates against ViMs.")
    int stories(@Parameters(paramLabel = "GOLD", description = "The ViMs folder.") Path gold) {
        return unavailable("io.thoisu.story.StoryEvaluation");
    }

    /** At merge each call above becomes {@code print(XxxEvaluation.evaluate(gold).format())}. */
    private int unavailable(String evaluation) {
        spec.commandLine().getErr().println("thoisu: this build has no " + evaluation
                + ".evaluate(Path); it comes with that stage's module");
        return ExitCodes.NOTHING_PROCESSED;
    }
}
