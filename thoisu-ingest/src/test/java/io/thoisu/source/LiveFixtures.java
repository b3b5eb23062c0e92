package io.thoisu.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The live-source fixtures under {@code fixtures/live/}: one folder per invented outlet host ({@code baophusa},
 * {@code tincaonguyen}), paths as they would be served ({@code baophusa/rss/thoi-su.rss} is
 * {@code http://baophusa.test/rss/thoi-su.rss}).
 */
public final class LiveFixtures {
    public static final String ROOT = "/fixtures/live/";

    private LiveFixtures() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = LiveFixtures.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + ROOT + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** The address the fixture stands for: {@code baophusa/rss/x.rss} → {@code http://baophusa.test/rss/x.rss}. */
    public static URI addressOf(String path) {
        int slash = path.indexOf('/');
        return URI.create("http://" + path.substring(0, slash) + ".test" + path.substring(slash));
    }
}
