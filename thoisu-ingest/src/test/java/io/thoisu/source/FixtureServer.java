package io.thoisu.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves one invented outlet's live fixtures ({@code fixtures/live/<host>/…}) on 127.0.0.1 only, with the invented
 * origins inside the files ({@code http://baophusa.test}, …) rewritten to the loopback servers' origins so links
 * lead back to them. Answers {@code If-None-Match} with 304 (the ETag is a hash of the body), logs every request,
 * and lets a test swap what a path serves (a feed that changes between polls).
 */
public final class FixtureServer implements AutoCloseable {
    private final String host;
    private final HttpServer server;
    private final Map<String, String> aliases = new ConcurrentHashMap<>();
    private final Map<String, URI> rewrites = new LinkedHashMap<>();
    private final List<String> log = new ArrayList<>();

    private FixtureServer(String host) throws IOException {
        this.host = host;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        rewrites.put("http://" + host + ".test", origin());
    }

    /** A server for {@code fixtures/live/<host>/}, on a free loopback port. */
    public static FixtureServer start(String host) {
        try {
            return new FixtureServer(host);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the loopback server", e);
        }
    }

    public URI origin() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public URI address(String path) {
        return origin().resolve(path);
    }

    /** Serves {@code fixture} (a path under {@code fixtures/live/}) at {@code path}. */
    public void serve(String path, String fixture) {
        aliases.put(path, fixture);
    }

    /** Links to another invented outlet lead to its loopback server. */
    public synchronized void rewrite(String otherHost, URI otherOrigin) {
        rewrites.put("http://" + otherHost + ".test", otherOrigin);
    }

    /** "GET /path" per request, with " If-None-Match=…" when the request was conditional, in arrival order. */
    public synchronized List<String> requests() {
        return List.copyOf(log);
    }

    public synchronized void clearLog() {
        log.clear();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            synchronized (this) {
                log.add(ex.getRequestMethod() + " " + path + (inm == null ? "" : " If-None-Match=" + inm));
            }
            String fixture = aliases.getOrDefault(path, host + path);
            byte[] body = load(fixture);
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            String etag = "\"" + sha256(body).substring(0, 16) + "\"";
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Content-Type", contentType(fixture));
            if (etag.equals(inm)) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private byte[] load(String fixture) throws IOException {
        if (fixture.contains("..")) {
            return null;
        }
        try (InputStream in = FixtureServer.class.getResourceAsStream(LiveFixtures.ROOT + fixture)) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            synchronized (this) {
                for (Map.Entry<String, URI> e : rewrites.entrySet()) {
                    text = text.replace(e.getKey(), e.getValue().toString());
                }
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String contentType(String fixture) {
        if (fixture.endsWith(".rss")) {
            return "application/rss+xml; charset=utf-8";
        }
        if (fixture.endsWith(".atom")) {
            return "application/atom+xml; charset=utf-8";
        }
        if (fixture.endsWith(".xml")) {
            return "application/xml; charset=utf-8";
        }
        return "text/html; charset=utf-8";
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
