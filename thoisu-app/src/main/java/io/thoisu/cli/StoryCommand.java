package io.thoisu.cli;

import io.thoisu.json.ContractJson;
import io.thoisu.model.Claim;
import io.thoisu.model.Conflict;
import io.thoisu.model.Story;
import io.thoisu.model.TimelineEntry;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.EmbeddedStore;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code story ID}: one story with its timeline, claims, conflicts, entities and articles. */
@Command(name = "story", mixinStandardHelpOptions = true, description = "One story: timeline, claims, conflicts.")
final class StoryCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text (the default) or json.")
    OutputFormat format;

    @Parameters(paramLabel = "ID", description = "The story's id (see `thoisu stories`).")
    String id;

    @Override
    public Integer call() {
        try (ArticleStore store = EmbeddedStore.open(main.data)) {
            Optional<Story> story = store.story(id);
            if (story.isEmpty()) {
                spec.commandLine().getErr().println("thoisu: no story " + id + " in " + main.data);
                return ExitCodes.NOTHING_PROCESSED;
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.text) {
                print(story.get(), out);
            } else {
                out.println(ContractJson.pretty(ContractJson.story(story.get())));
            }
            return ExitCodes.OK;
        }
    }

    static void print(Story s, PrintWriter out) {
        out.println(s.title());
        out.println(s.first().map(Object::toString).orElse("?") + " … " + s.last().map(Object::toString).orElse("?")
                + " · " + s.articles().size() + " articles · " + String.join(", ", s.outlets()));
        out.println();
        out.println("Timeline");
        for (TimelineEntry t : s.timeline()) {
            out.println("  " + t.date() + "  " + t.text() + "  [" + String.join(" ", t.articles()) + "]");
        }
        if (!s.conflicts().isEmpty()) {
            out.println();
            out.println("Disputed figures");
            for (Conflict c : s.conflicts()) {
                out.println("  " + c.about());
                for (Claim v : c.values()) {
                    out.println("    " + v.approx().wireName() + " " + v.value() + v.unit().map(u -> " " + u).orElse("")
                            + " — " + v.attribution().orElse("unattributed") + v.date().map(d -> ", " + d).orElse("")
                            + " [" + v.articleId() + "]");
                }
            }
        }
        if (!s.entities().isEmpty()) {
            out.println();
            out.println("Entities: " + s.entities().stream().limit(15)
                    .map(e -> e.canonical() + " (" + e.mentions() + ")").collect(Collectors.joining(", ")));
        }
    }
}
