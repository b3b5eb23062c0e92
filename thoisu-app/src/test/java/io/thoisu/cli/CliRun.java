package io.thoisu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the CLI as a user makes it: arguments in; exit code, standard output and standard error out. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
