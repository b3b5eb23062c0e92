package io.thoisu.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an XML listing into text a parser will take, forgiving what real feeds get wrong: a byte-order
 * mark, whitespace or junk before the first tag (the XML declaration must be first, or parsers refuse the file), and
 * an encoding declaration that does not match the bytes. Bytes that are valid UTF-8 are read as UTF-8 whatever the
 * declaration says: Vietnamese text that happens to be valid UTF-8 while really being in a legacy 8-bit charset
 * practically never occurs, while feeds generated as UTF-8 under an ISO-8859-1 template are common. Otherwise the
 * declared charset is used, and without one windows-1258, the legacy Vietnamese Windows code page.
 */
final class XmlText {
    private static final Pattern DECLARED = Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>\\[]*(\\[[^\\]]*\\])?\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Charset LEGACY = Charset.forName("windows-1258");

    private XmlText() {
    }

    static String decode(byte[] body) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return trimHead(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return trimHead(new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE));
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return trimHead(new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE));
        }
        Optional<String> utf8 = strictUtf8(body);
        if (utf8.isPresent()) {
            return trimHead(utf8.get());
        }
        Charset charset = declared(body).orElse(LEGACY);
        return trimHead(new String(body, charset));
    }

    /**
     * Drops a document type declaration: old RSS 0.91 feeds carry Netscape's, and parsers that refuse DTDs (to stay
     * safe from entity expansion) would otherwise refuse the whole feed.
     */
    static String withoutDoctype(String xml) {
        Matcher m = DOCTYPE.matcher(xml);
        return m.find() && m.start() < 4096 ? xml.substring(0, m.start()) + xml.substring(m.end()) : xml;
    }

    /** The first few characters, for sniffing what kind of document this is. */
    static String head(byte[] body) {
        String s = decode(body.length > 4096 ? Arrays.copyOf(body, 4096) : body);
        return s.substring(0, Math.min(s.length(), 2048)).toLowerCase(Locale.ROOT);
    }

    private static String trimHead(String s) {
        int lt = s.indexOf('<');
        return lt > 0 ? s.substring(lt) : s;
    }

    private static Optional<String> strictUtf8(byte[] body) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> declared(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
