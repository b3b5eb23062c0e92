package io.thoisu.cli;

import io.thoisu.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ledger key of a document: SHA-256 of its text and its position in its file. The file's path is left out on
 * purpose, so a crawl that was moved or copied is recognised as already stored.
 */
final class DocumentKey {
    private DocumentKey() {
    }

    static String of(RawDocument document) {
        return sha256(document.text() + "\u0000" + document.origin().position());
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
