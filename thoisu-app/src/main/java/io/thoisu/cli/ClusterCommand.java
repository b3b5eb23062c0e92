package io.thoisu.cli;

import io.thoisu.ingest.Inputs;
import io.thoisu.json.ContractJson;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Story;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.pipeline.CorpusResult;
import io.thoisu.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cluster}: duplicates and stories of the given inputs, without a store. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Dedup and story clustering of the given inputs without a store.")
final class ClusterCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisArgs analysis;

    @Option(names = "--format", defaultValue = "text", description = "text (the default) or json.")
    OutputFormat format;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        AnalysisOptions options = analysis.toOptions(spec.commandLine());
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), main.quiet);
        Pipeline pipeline = Pipeline.standard();
        List<AnalysedArticle> articles = new ArrayList<>();
        AtomicInteger rejected = new AtomicInteger();
        Inputs inputs = new Inputs();
        for (Path path : paths) {
            inputs.read(path, document -> {
                DocumentAnalysis result = DocumentAnalysis.of(pipeline, document, options);
                articles.addAll(result.articles());
                result.failure().ifPresent(r -> {
                    rejected.incrementAndGet();
                    console.rejected(r);
                });
            }, r -> {
                rejected.incrementAndGet();
                console.rejected(r);
            });
        }
        CorpusResult corpus = pipeline.cluster(articles);
        PrintWriter out = console.out();
        if (format == OutputFormat.text) {
            for (Story s : corpus.stories()) {
                out.println(s.id() + "  " + s.articles().size() + " articles  " + s.title());
            }
            for (List<String> group : corpus.duplicates()) {
                out.println("copies: " + String.join(" ", group));
            }
            console.note(articles.size() + " articles, " + corpus.stories().size() + " stories, "
                    + corpus.duplicates().size() + " duplicate groups");
        } else {
            out.println(ContractJson.pretty(ContractJson.cluster(corpus.stories(), corpus.duplicates())));
        }
        return ExitCodes.of(articles.size(), rejected.get());
    }
}
