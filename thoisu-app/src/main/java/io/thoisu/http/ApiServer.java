package io.thoisu.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.thoisu.json.ContractJson;
import io.thoisu.store.ArticleStore;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the REST API under {@code /api} and the web UI from the classpath ({@code /web}), on one port.
 * It binds 127.0.0.1 unless told otherwise, since the store may hold material the user has not published.
 */
public final class ApiServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    /** The API is read-only; nothing legitimate sends a body larger than this (the default of --max-request-bytes). */
    public static final long MAX_REQUEST_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final String HANDLED = "thoisu.handled";
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                    + "base-uri 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving; {@code port} 0 picks a free port (see {@link #port()}). The rate limit per client comes from
     * the system property {@code thoisu.api.rate} or the environment variable {@code THOISU_API_RATE}
     * ({@code RATE/BURST}, e.g. {@code 50/100}, the default; {@code off} for none).
     */
    public static ApiServer start(ArticleStore store, String host, int port) {
        String spec = System.getProperty("thoisu.api.rate", System.getenv("THOISU_API_RATE"));
        return start(store, host, port, spec);
    }

    /** As {@link #start(ArticleStore, String, int)} with the rate limit given as {@code RATE/BURST} or {@code off}. */
    public static ApiServer start(ArticleStore store, String host, int port, String rateLimit) {
        return start(store, host, port, RateLimit.parse(rateLimit));
    }

    /**
     * As {@link #start(ArticleStore, String, int)} with the limits of {@code thoisu serve}: {@code requestsPerMinute}
     * per client on {@code /api/*} (0 for none; empty for the system property, environment or default), and the
     * largest request body accepted, in bytes.
     */
    public static ApiServer start(ArticleStore store, String host, int port, OptionalInt requestsPerMinute,
                                  long maxRequestBytes) {
        Optional<RateLimit> limit = requestsPerMinute.isPresent()
                ? RateLimit.perMinute(requestsPerMinute.getAsInt())
                : RateLimit.parse(System.getProperty("thoisu.api.rate", System.getenv("THOISU_API_RATE")));
        return start(store, host, port, limit, maxRequestBytes);
    }

    static ApiServer start(ArticleStore store, String host, int port, Optional<RateLimit> limit) {
        return start(store, host, port, limit, MAX_REQUEST_BYTES);
    }

    static ApiServer start(ArticleStore store, String host, int port, Optional<RateLimit> limit,
                           long maxRequestBytes) {
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("max request bytes must be positive: " + maxRequestBytes);
        }
        ApiRoutes routes = new ApiRoutes(store);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = maxRequestBytes;
            config.http.defaultContentType = "application/json";
            config.jetty.host = host;
            config.jetty.port = port;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
            config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
            // Refused from the announced length, before anything reads the body.
            config.routes.before(ctx -> {
                if (ctx.contentLength() > maxRequestBytes) {
                    ctx.header("Connection", "close");
                    throw new ApiException(413, "request too large (limit " + maxRequestBytes + " bytes)");
                }
            });
            limit.ifPresent(l -> config.routes.before("/api/*", ctx -> {
                RateLimit.Decision d = l.take(ctx.ip());
                if (!d.allowed()) {
                    ctx.header("Retry-After", Long.toString(d.retryAfterSeconds()));
                    throw new ApiException(429, "too many requests: limit " + l + " per client; retry after "
                            + d.retryAfterSeconds() + " s");
                }
            }));
            routes.register(config.routes);
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(HANDLED) == null) {
                    error(ctx, 404, "not found: " + ctx.path());
                }
            });
            config.routes.error(413, ctx -> {
                if (ctx.attribute(HANDLED) == null) {
                    error(ctx, 413, "request too large (limit " + maxRequestBytes + " bytes)");
                }
            });
        });
        app.start();
        return new ApiServer(app);
    }

    static void error(Context ctx, int status, String message) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        ctx.status(status).contentType("application/json; charset=utf-8")
                .result(ContractJson.compact(ContractJson.error(message, status)));
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
