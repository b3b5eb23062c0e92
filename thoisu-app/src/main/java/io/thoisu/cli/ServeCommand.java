package io.thoisu.cli;

import io.thoisu.http.ApiServer;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.EmbeddedStore;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the REST API and the web UI over the store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "REST API and web UI; binds 127.0.0.1 by default.")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ApiServer.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the store to the network).")
    String host;

    @Option(names = "--rate-limit", paramLabel = "N",
            description = "Requests per minute per client address on /api (a client may spend its minute at once, "
                    + "then goes at N per minute); 0 turns limiting off. Default: 50 per second in bursts of 100, "
                    + "or THOISU_API_RATE=RATE/BURST.")
    Integer rateLimit;

    @Option(names = "--max-request-bytes", paramLabel = "BYTES", defaultValue = "65536",
            description = "Largest request body accepted; larger requests get 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Override
    public Integer call() throws InterruptedException {
        if (rateLimit != null && rateLimit < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rate-limit: 0 or more requests per minute");
        }
        if (maxRequestBytes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-request-bytes: 1 or more");
        }
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            spec.commandLine().getErr().println("thoisu: serving on " + host
                    + " makes the store readable by anyone who can reach this machine");
        }
        ArticleStore store = EmbeddedStore.open(main.data);
        serveUntilStopped(store, host, port, limits(), spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** The limits the options ask for. */
    Limits limits() {
        return new Limits(rateLimit == null ? OptionalInt.empty() : OptionalInt.of(rateLimit), maxRequestBytes);
    }

    /** Requests per minute per client (empty: from the environment or the default) and the largest body. */
    record Limits(OptionalInt requestsPerMinute, long maxRequestBytes) {
        static final Limits DEFAULT = new Limits(OptionalInt.empty(), ApiServer.MAX_REQUEST_BYTES);
    }

    /** Serves until the JVM is asked to stop; closes the server and then the store on the way out. */
    static void serveUntilStopped(ArticleStore store, String host, int port, Limits limits, java.io.PrintWriter out)
            throws InterruptedException {
        ApiServer server;
        try {
            server = ApiServer.start(store, host, port, limits.requestsPerMinute(), limits.maxRequestBytes());
        } catch (RuntimeException e) {
            store.close();
            throw new IllegalStateException("cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "thoisu-shutdown"));
        out.println("thoisu is serving on http://" + host + ":" + server.port());
        out.flush();
        stopped.await();
    }
}
