package io.thoisu.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A web site on 127.0.0.1 (never another address) for fetcher tests: routes are added per path, and every request
 * that arrives is recorded with the time on the test's clock, its path and its headers.
 *
 * <p>What it can serve: fixed responses (pages, robots.txt, error statuses with headers such as Retry-After), a
 * sequence of responses for one path (500, 500, then 200), redirects, a page with ETag/Last-Modified that answers
 * 304 to a matching conditional GET, a response that stalls before its headers, and a huge body generated while
 * it is sent (with or without a Content-Length), whose bytes actually written are counted.
 */
final class LoopbackSite implements AutoCloseable {
    /** One request as the server saw it. Header names are lower case. */
    record Hit(Instant at, String path, Map<String, List<String>> headers) {
        Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
        }
    }

    /** What the server does for one request. */
    @FunctionalInterface
    interface Responder {
        void respond(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final InstantSource clock;
    private final List<Hit> hits = new ArrayList<>();
    private final Map<String, Deque<Responder>> routes = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private LoopbackSite(InstantSource clock) throws IOException {
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-site");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static LoopbackSite start(InstantSource clock) throws IOException {
        return new LoopbackSite(clock);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    // ---- routes ----------------------------------------------------------------------------------------------------

    /** Always answers {@code path} with this responder. */
    LoopbackSite route(String path, Responder responder) {
        Deque<Responder> one = new ArrayDeque<>();
        one.add(responder);
        routes.put(path, one);
        return this;
    }

    /** Answers {@code path} with each responder in turn; the last one answers every request after that. */
    LoopbackSite sequence(String path, Responder... responders) {
        routes.put(path, new ArrayDeque<>(List.of(responders)));
        return this;
    }

    LoopbackSite page(String path, String html) {
        return route(path, body(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    }

    LoopbackSite robots(String text) {
        return route("/robots.txt", body(200, "text/plain", text.getBytes(StandardCharsets.UTF_8)));
    }

    LoopbackSite redirect(String from, String to) {
        return route(from, status(301, Map.of("Location", to)));
    }

    /** A page with validators: a GET carrying either of them, matching, is answered 304 without a body. */
    LoopbackSite validated(String path, String html, String etag, String lastModified) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return route(path, exchange -> {
            Headers request = exchange.getRequestHeaders();
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Last-Modified", lastModified);
            if (etag.equals(request.getFirst("If-None-Match")) || lastModified.equals(request.getFirst("If-Modified-Since"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        });
    }

    static Responder body(int status, String contentType, byte[] bytes) {
        return exchange -> {
            if (contentType != null) {
                exchange.getResponseHeaders().add("Content-Type", contentType);
            }
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        };
    }

    static Responder status(int status, Map<String, String> headers) {
        return exchange -> {
            headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] text = ("status " + status).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(status, text.length);
            exchange.getResponseBody().write(text);
        };
    }

    /** Waits {@code stall} of wall time before answering (the client's timeout is what is being tested). */
    static Responder stalled(Duration stall, Responder then) {
        return exchange -> {
            try {
                Thread.sleep(stall);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            then.respond(exchange);
        };
    }

    /**
     * {@code size} bytes of HTML made up while they are sent, never held: a Content-Length when {@code declare},
     * else chunked. The bytes the client actually took are added to {@code sent}.
     */
    static Responder huge(long size, boolean declare, AtomicLong sent) {
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, declare ? size : 0);
            byte[] line = "<p>Tin nóng: số liệu đang được cập nhật liên tục.</p>\n".getBytes(StandardCharsets.UTF_8);
            OutputStream out = exchange.getResponseBody();
            long written = 0;
            try {
                while (written < size) {
                    int n = (int) Math.min(line.length, size - written);
                    out.write(line, 0, n);
                    written += n;
                    sent.set(written);
                }
            } catch (IOException clientWentAway) {
                // what a client that stops reading does to a generator: expected
            }
        };
    }

    // ---- what happened -------------------------------------------------------------------------------------------

    synchronized List<Hit> hits() {
        return List.copyOf(hits);
    }

    List<String> paths() {
        return hits().stream().map(Hit::path).toList();
    }

    List<Hit> hitsTo(String path) {
        return hits().stream().filter(h -> h.path().equals(path)).toList();
    }

    /**
     * The most requests this site was holding at the same moment in {@link #held} responders. Counted while the
     * server holds a request unanswered, so a request whose answer is on its way never overlaps the next one.
     */
    int maxInFlight() {
        return maxInFlight.get();
    }

    /** Holds the request {@code hold} of wall time, counted in {@link #maxInFlight}, then answers. */
    Responder held(Duration hold, Responder then) {
        return exchange -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(hold);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                inFlight.decrementAndGet();
            }
            then.respond(exchange);
        };
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (exchange.getRequestURI().getRawQuery() != null) {
                path += "?" + exchange.getRequestURI().getRawQuery();
            }
            Map<String, List<String>> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            synchronized (this) {
                hits.add(new Hit(clock.instant(), path, Map.copyOf(headers)));
            }
            Responder responder = next(path);
            if (responder == null) {
                status(404, Map.of()).respond(exchange);
            } else {
                responder.respond(exchange);
            }
        } catch (IOException | RuntimeException e) {
            // a client that hung up; nothing to answer
        }
    }

    private Responder next(String path) {
        Deque<Responder> queue = routes.get(path);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.size() > 1 ? queue.pollFirst() : queue.peekFirst();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
