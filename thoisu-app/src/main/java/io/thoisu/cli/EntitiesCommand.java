package io.thoisu.cli;

import io.thoisu.entity.EntityRecognizer;
import io.thoisu.json.ContractJson;
import io.thoisu.model.Sentence;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code entities}: entity mentions of each line of standard input, as JSON lines with offsets into that line. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Entity mentions of standard input, one line in, one JSON line out.")
final class EntitiesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        EntityRecognizer recognizer = new EntityRecognizer();
        LineStream.each(spec.commandLine().getOut(), line -> {
            // The line is the unit the user gave us, so it is taken as one sentence.
            List<Sentence> sentences = line.isEmpty() ? List.of() : List.of(new Sentence(line, 0, line.length()));
            return ContractJson.compact(ContractJson.entityLine(recognizer.recognize(line, sentences)));
        });
        return ExitCodes.OK;
    }
}
