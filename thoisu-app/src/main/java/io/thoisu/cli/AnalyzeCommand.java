package io.thoisu.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import io.thoisu.ingest.Inputs;
import io.thoisu.json.ContractJson;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analyze}: one analysis object per input file, nothing stored. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Clean, split and analyse files or folders without storing anything.")
final class AnalyzeCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisArgs analysis;

    @Option(names = "--format", defaultValue = "json", description = "json (an array, the default) or jsonl.")
    OutputFormat format;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (.txt, .html, .jsonl, .warc[.gz]).")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        if (format == OutputFormat.text) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: json or jsonl");
        }
        AnalysisOptions options = analysis.toOptions(spec.commandLine());
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), main.quiet);
        Pipeline pipeline = Pipeline.standard();
        Inputs inputs = new Inputs();
        int articles = 0;
        int rejected = 0;
        try (SequenceWriter writer = format == OutputFormat.json
                ? ContractJson.mapper().writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .writeValuesAsArray(console.out())
                : ContractJson.mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .withRootValueSeparator("\n").writeValues(console.out())) {
            for (Path file : InputFiles.expand(paths)) {
                List<RawDocument> documents = new ArrayList<>();
                List<Rejection> rejections = new ArrayList<>();
                inputs.read(file, documents::add, rejections::add);
                List<AnalysedArticle> analysed = new ArrayList<>();
                for (RawDocument document : documents) {
                    DocumentAnalysis result = DocumentAnalysis.of(pipeline, document, options);
                    analysed.addAll(result.articles());
                    result.failure().ifPresent(rejections::add);
                }
                rejections.forEach(console::rejected);
                articles += analysed.size();
                rejected += rejections.size();
                var stories = analysed.isEmpty() ? List.<io.thoisu.model.Story>of()
                        : pipeline.cluster(analysed).stories();
                writer.write(ContractJson.analysis(file.toString(), rejections, analysed, stories));
                if (format == OutputFormat.jsonl) {
                    console.out().flush();
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        console.out().println();
        console.out().flush();
        if (articles == 0 && rejected == 0) {
            console.err().println("thoisu: no documents found in " + paths);
        }
        return ExitCodes.of(articles, rejected);
    }

}
