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
 *
 * <p>{@link #detect} goes one step further for pages that came over HTTP and declare nothing: when they are not
 * valid UTF-8 they are taken as windows-1258, the code page old Vietnamese sites were written in (a browser set to
 * Vietnamese does the same). Local files keep {@link #of}: a stray file with bad bytes is reported, not guessed at.
 */
public final class HtmlCharset {
    /** The legacy Vietnamese code page: precomposed base letters, tone marks as combining characters. */
    public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)[\"']");
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

    /**
     * The charset of a fetched page or feed: the header's, else the page's own declaration ({@code <meta>}, or the
     * XML declaration of a feed), else UTF-8 when the bytes are valid UTF-8, else windows-1258 when they decode in
     * it, else UTF-8 (whose strict decoding then reports the bad bytes).
     */
    public static Charset detect(byte[] page, Optional<String> headerCharset) {
        Optional<Charset> declared = headerCharset.flatMap(HtmlCharset::named)
                .or(() -> declared(page).flatMap(HtmlCharset::named))
                .or(() -> xmlDeclared(page).flatMap(HtmlCharset::named));
        if (declared.isPresent()) {
            return declared.get();
        }
        if (decodesStrictly(page, StandardCharsets.UTF_8) || !decodesStrictly(page, WINDOWS_1258)) {
            return StandardCharsets.UTF_8;
        }
        return WINDOWS_1258;
    }

    private static boolean decodesStrictly(byte[] bytes, Charset charset) {
        return TextDecoder.decodeStrictly(bytes, 0, bytes.length, charset) instanceof Decoding.Text;
    }

    static Optional<String> xmlDeclared(byte[] page) {
        String head = new String(page, 0, Math.min(page.length, 256), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
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
