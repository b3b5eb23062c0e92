package io.thoisu.cli;

import io.thoisu.http.ApiServer;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.EmbeddedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: ingests the project's bundled examples into --data and serves them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled examples/ folder into --data, then serve it on http://127.0.0.1:7070.")
final class DemoCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), main.quiet);
        Path examples = Path.of(System.getProperty("thoisu.home", ".")).resolve("examples");
        if (!Files.isDirectory(examples)) {
            console.err().println("thoisu: no examples folder at " + examples.toAbsolutePath()
                    + " (run the demo through bin/thoisu, which sets -Dthoisu.home)");
            return ExitCodes.NOTHING_PROCESSED;
        }
        ArticleStore store = EmbeddedStore.open(main.data);
        IngestRunner.Summary summary;
        try {
            summary = IngestCommand.run(store, new AnalysisOptions(OptionalInt.empty(), Optional.empty()),
                    Math.min(4, Runtime.getRuntime().availableProcessors()), List.of(examples), console);
        } catch (RuntimeException | InterruptedException e) {
            store.close();
            throw e;
        }
        console.out().println(IngestCommand.summaryLine(summary));
        ServeCommand.serveUntilStopped(store, ApiServer.DEFAULT_HOST, port, ServeCommand.Limits.DEFAULT,
                console.out());
        return ExitCodes.OK;
    }
}
