package io.thoisu.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which charset an HTML page is in: the HTTP header's word first, then a {@code <meta>} declaration near the top,
 * else UTF-8 (what nearly every Vietnamese news site serves today). An unknown charset name falls back to UTF-8,
 * whose strict decoding then reports the page if it really is in something else.
 */
final class HtmlCharset {
    /** Browsers look for the declaration in the first 1024 bytes; some pages put it later, so look a bit further. */
    private static final int META_WINDOW = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    static Charset of(byte[] page, Optional<String> headerCharset) {
        return headerCharset.flatMap(HtmlCharset::named)
                .or(() -> declared(page).flatMap(HtmlCharset::named))
                .orElse(StandardCharsets.UTF_8);
    }

    static Optional<String> declared(byte[] page) {
        // ISO-8859-1 maps every byte to one char, so the ASCII markup is readable whatever the real charset.
        String head = new String(page, 0, Math.min(page.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> named(String name) {
        try {
            return Optional.of(Charset.forName(name.strip().toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
