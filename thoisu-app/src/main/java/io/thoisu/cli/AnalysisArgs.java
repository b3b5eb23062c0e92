package io.thoisu.cli;

import io.thoisu.model.Published;
import io.thoisu.pipeline.AnalysisOptions;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --year} and {@code --published}: what the user knows about the inputs' dates. */
final class AnalysisArgs {
    @Option(names = "--year", paramLabel = "Y", description = "Year for dates written without one (\"ngày 10/1\").")
    Integer year;

    @Option(names = "--published", paramLabel = "ISO",
            description = "Publication date or date-time of the inputs, e.g. 2022-01-13 or 2022-01-13T19:17:00+07:00.")
    String published;

    AnalysisOptions toOptions(CommandLine commandLine) {
        Optional<Published> when = Optional.empty();
        if (published != null) {
            when = Published.parse(published);
            if (when.isEmpty()) {
                throw new CommandLine.ParameterException(commandLine,
                        "--published: not an ISO date or date-time: " + published);
            }
        }
        if (year != null && (year < 1000 || year > 9999)) {
            throw new CommandLine.ParameterException(commandLine, "--year: not a four-digit year: " + year);
        }
        return new AnalysisOptions(year == null ? OptionalInt.empty() : OptionalInt.of(year), when);
    }
}
