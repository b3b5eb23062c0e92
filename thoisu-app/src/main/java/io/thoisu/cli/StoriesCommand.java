package io.thoisu.cli;

import io.thoisu.json.ContractJson;
import io.thoisu.model.Story;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.EmbeddedStore;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stories}: the stories of the store, newest first. */
@Command(name = "stories", mixinStandardHelpOptions = true, description = "Stories in the store, newest first.")
final class StoriesCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text (the default) or json.")
    OutputFormat format;

    @Override
    public Integer call() {
        try (ArticleStore store = EmbeddedStore.open(main.data)) {
            List<Story> stories = store.stories();
            var out = spec.commandLine().getOut();
            if (format == OutputFormat.text) {
                for (Story s : stories) {
                    out.println(s.id() + "  " + s.first().map(Object::toString).orElse("?") + " … "
                            + s.last().map(Object::toString).orElse("?") + "  " + s.articles().size()
                            + " articles  " + s.title());
                }
                if (stories.isEmpty() && !main.quiet) {
                    spec.commandLine().getErr().println("no stories in " + main.data);
                }
            } else {
                out.println(ContractJson.pretty(ContractJson.stories(stories)));
            }
            return ExitCodes.OK;
        }
    }
}
