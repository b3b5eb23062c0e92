package io.thoisu.cli;

import io.thoisu.model.Rejection;
import java.io.PrintWriter;

/** Where the commands print: results to out, rejections and summaries to err (unless --quiet). */
record Console(PrintWriter out, PrintWriter err, boolean quiet) {

    /** The contract's form: "file (position): stage: reason". */
    void rejected(Rejection rejection) {
        err.println(rejection.origin() + ": " + rejection.stage() + ": " + rejection.reason());
    }

    void note(String line) {
        if (!quiet) {
            err.println(line);
        }
    }
}
