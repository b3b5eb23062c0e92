package io.thoisu.cli;

import io.thoisu.http.ApiServer;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.EmbeddedStore;
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

    @Override
    public Integer call() throws InterruptedException {
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            spec.commandLine().getErr().println("thoisu: serving on " + host
                    + " makes the store readable by anyone who can reach this machine");
        }
        ArticleStore store = EmbeddedStore.open(main.data);
        serveUntilStopped(store, host, port, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Serves until the JVM is asked to stop; closes the server and then the store on the way out. */
    static void serveUntilStopped(ArticleStore store, String host, int port, java.io.PrintWriter out)
            throws InterruptedException {
        ApiServer server;
        try {
            server = ApiServer.start(store, host, port);
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
