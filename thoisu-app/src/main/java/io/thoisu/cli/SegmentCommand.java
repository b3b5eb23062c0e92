package io.thoisu.cli;

import io.thoisu.text.WordSegmenter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code segment}: standard input line by line into words, syllables of a word joined by "_". */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Word segmentation of standard input, one line in, one line out.")
final class SegmentCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        WordSegmenter segmenter = new WordSegmenter();
        LineStream.each(spec.commandLine().getOut(), segmenter::segmentLine);
        return ExitCodes.OK;
    }
}

/** Streams standard input through a function a line at a time, flushing whenever the input pauses. */
final class LineStream {
    private LineStream() {
    }

    interface LineFunction {
        String apply(String line);
    }

    static void each(PrintWriter out, LineFunction function) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            out.println(function.apply(line));
            // Flushing only when no more input is waiting keeps pipes fast and interactive use responsive.
            if (!in.ready()) {
                out.flush();
            }
        }
        out.flush();
    }
}
