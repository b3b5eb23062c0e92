package io.thoisu.cli;

import io.thoisu.json.ContractJson;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.EmbeddedStore;
import io.thoisu.store.ExportFormat;
import io.thoisu.store.SearchHit;
import io.thoisu.store.SearchQuery;
import io.thoisu.store.SearchResult;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search QUERY}: full-text search of the store, with or without diacritics, with facets. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Full-text search with facets.")
final class SearchCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text (the default) or json.")
    OutputFormat format;

    @Option(names = "--outlet") String outlet;
    @Option(names = "--entity", description = "Canonical name of an entity.") String entity;
    @Option(names = "--story", description = "Story id.") String story;
    @Option(names = "--from", paramLabel = "DATE", description = "First day, ISO (2022-01-05).") String from;
    @Option(names = "--to", paramLabel = "DATE", description = "Last day, ISO.") String to;
    @Option(names = "--sort", defaultValue = "relevance", description = "relevance (the default) or date.") String sort;
    @Option(names = "--limit", defaultValue = "20", description = "Hits per page (default: ${DEFAULT-VALUE}).") int limit;
    @Option(names = "--cursor", description = "The `next` value of the previous page.") String cursor;

    @Option(names = "--export", paramLabel = "FORMAT", description = "Write every hit (all pages, no snippets) to "
            + "stdout as jsonl or csv; duplicates folded as in the search, other matching members in `copies`.")
    String export;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to look for.")
    java.util.List<String> words;

    @Override
    public Integer call() {
        SearchQuery query = query(spec.commandLine());
        Optional<ExportFormat> exportFormat = Optional.ofNullable(export).map(f -> ExportFormat.named(f).orElseThrow(
                () -> new CommandLine.ParameterException(spec.commandLine(), "--export: jsonl or csv")));
        try (ArticleStore store = EmbeddedStore.open(main.data)) {
            if (exportFormat.isPresent()) {
                PrintWriter out = spec.commandLine().getOut();
                exportFormat.get().writeHeader(out);
                store.export(query.withFacets(false), hit -> exportFormat.get().write(out, hit));
                out.flush();
                return ExitCodes.OK;
            }
            SearchResult result = store.search(query);
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.text) {
                out.println(result.total() + " articles");
                for (SearchHit h : result.hits()) {
                    out.println(h.id() + "  " + h.published().orElse("") + "  " + h.outlet().orElse("") + "  "
                            + h.title().orElse("(untitled)"));
                    out.println("    " + h.snippet().replace('\n', ' '));
                }
                result.nextCursor().ifPresent(c -> out.println("more: --cursor " + c));
            } else {
                out.println(ContractJson.pretty(ContractJson.searchResult(result)));
            }
            return ExitCodes.OK;
        }
    }

    private SearchQuery query(CommandLine commandLine) {
        if (limit < 1 || limit > 1000) {
            throw new CommandLine.ParameterException(commandLine, "--limit: between 1 and 1000");
        }
        SearchQuery.Sort order = switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchQuery.Sort.RELEVANCE;
            case "date" -> SearchQuery.Sort.DATE;
            default -> throw new CommandLine.ParameterException(commandLine, "--sort: relevance or date");
        };
        return new SearchQuery(String.join(" ", words), Optional.ofNullable(outlet), Optional.ofNullable(entity),
                Optional.ofNullable(story), date(commandLine, "--from", from), date(commandLine, "--to", to), order,
                limit, Optional.ofNullable(cursor));
    }

    private static Optional<LocalDate> date(CommandLine commandLine, String option, String value) {
        try {
            return Optional.ofNullable(value).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(commandLine, option + ": not an ISO date: " + value);
        }
    }
}
