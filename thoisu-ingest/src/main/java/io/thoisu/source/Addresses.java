package io.thoisu.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The one spelling of an address used for de-duplication and as the ledger key: lower-case scheme and host, no
 * default port, no fragment, no campaign-tracking parameters (feeds tag the same article with different
 * {@code utm_*} values per channel), an empty path as "/".
 */
public final class Addresses {
    private Addresses() {
    }

    /** Resolves {@code raw} against {@code base} and canonicalises it; empty for anything not http(s). */
    public static Optional<URI> resolve(URI base, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = base.resolve(new URI(encodeSpaces(raw.strip())));
            return canonical(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String encodeSpaces(String s) {
        return s.replace(" ", "%20");
    }

    public static Optional<URI> canonical(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null || uri.getHost() == null) {
            return Optional.empty();
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        int port = uri.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = withoutTracking(uri.getRawQuery());
        StringBuilder sb = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
        if (port != -1) {
            sb.append(':').append(port);
        }
        sb.append(path);
        if (query != null) {
            sb.append('?').append(query);
        }
        try {
            return Optional.of(new URI(sb.toString()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : rawQuery.split("&")) {
            String key = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!key.isEmpty() && !key.startsWith("utm_") && !key.equals("fbclid") && !key.equals("gclid")) {
                kept.add(pair);
            }
        }
        return kept.length() == 0 ? null : kept.toString();
    }

    /** The host without a leading "www.", so that a site's two spellings count as one site. */
    public static String site(URI uri) {
        String host = Optional.ofNullable(uri.getHost()).orElse("").toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
