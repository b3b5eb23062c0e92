package io.thoisu.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code thoisu} command: global options and the subcommands of CONTRACT.md. */
@Command(name = "thoisu", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "News intelligence for Vietnamese: clean articles, entities, quotes, claims, copies, stories.",
        subcommands = {AnalyzeCommand.class, SegmentCommand.class, EntitiesCommand.class, IngestCommand.class,
                StoriesCommand.class, StoryCommand.class, ClusterCommand.class, SearchCommand.class,
                ServeCommand.class, WatchCommand.class, DemoCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success; 1 some inputs rejected (the rest done); 2 usage error; "
                + "3 nothing could be processed."})
public final class Main implements Runnable {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "thoisu-data", scope = ScopeType.INHERIT,
            description = "Folder of the store (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--quiet", scope = ScopeType.INHERIT, description = "Print results only: no progress, no summary.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // No subcommand is a usage error; picocli prints the message and the usage.
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the CLI with the given streams and returns the exit code; tests call this. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        quietLogging();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("thoisu: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return ExitCodes.NOTHING_PROCESSED;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Jetty and the others log at info; a CLI prints warnings only unless the user asks for more. */
    private static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"thoisu " + (v == null ? "(development build)" : v)};
        }
    }
}
