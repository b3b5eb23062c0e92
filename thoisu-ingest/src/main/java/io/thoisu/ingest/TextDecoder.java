package io.thoisu.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of one page into text, refusing what is not text rather than guessing.
 *
 * <p>Decoding is strict ({@link CodingErrorAction#REPORT}): a page with invalid UTF-8 is usually a page in another
 * encoding or a damaged download, and replacing its bytes with U+FFFD would feed mojibake to every later stage
 * without anyone noticing. The first bad byte is reported by offset so the file can be inspected.
 */
public final class TextDecoder {
    /** How far into a file binary content is looked for; a text page has no NUL anywhere near its start. */
    static final int SNIFF_BYTES = 1024;

    private TextDecoder() {
    }

    /** Decodes a whole page: rejects empty and binary content, strips a BOM, normalises line ends. */
    public static Decoding decodePage(byte[] bytes, Charset charset) {
        if (bytes.length == 0) {
            return Decoding.Failure.whole("empty file (0 bytes)");
        }
        int start = 0;
        Charset cs = charset;
        // A UTF-16 byte-order mark is explicit enough to trust; without it UTF-16 looks like binary (NULs), below.
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            start = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            start = 2;
        } else {
            Decoding.Failure binary = binaryContent(bytes);
            if (binary != null) {
                return binary;
            }
        }
        Decoding decoded = decodeStrictly(bytes, start, bytes.length - start, cs);
        if (decoded instanceof Decoding.Text(String text) && text.isBlank()) {
            return Decoding.Failure.whole("file holds only whitespace (" + bytes.length + " bytes)");
        }
        return decoded;
    }

    /**
     * Decodes a slice strictly, with no check for binary or empty content (a JSONL line, say). Offsets in a failure
     * are relative to {@code offset}.
     */
    public static Decoding decodeStrictly(byte[] bytes, int offset, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) Math.ceil(length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return malformed(charset, result, in.position() - offset);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return malformed(charset, result, in.position() - offset);
        }
        out.flip();
        return new Decoding.Text(normaliseLineEnds(stripBom(out.toString())));
    }

    private static Decoding.Failure malformed(Charset charset, CoderResult result, long offset) {
        String what = result.isMalformed() ? "malformed" : "unmappable";
        String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
        return Decoding.Failure.at(offset, "invalid " + name + " (" + what + " sequence of " + result.length()
                + (result.length() == 1 ? " byte)" : " bytes)"));
    }

    /** NULs, or mostly control bytes, in the first KB: an image, an archive, a UTF-32 file, not a page. */
    static Decoding.Failure binaryContent(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return Decoding.Failure.at(i, "binary content (NUL byte), not text");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        // A stray control character happens in copy-pasted text; one byte in ten does not.
        if (controls > 0 && controls * 10 > n) {
            return Decoding.Failure.at(0, "binary content (" + controls + " control bytes in the first " + n
                    + " bytes), not text");
        }
        return null;
    }

    static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /** Windows (CRLF) and old Mac (CR) line ends become {@code \n}, so line numbers mean the same everywhere. */
    static String normaliseLineEnds(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
