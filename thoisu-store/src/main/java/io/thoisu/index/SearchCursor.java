package io.thoisu.index;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque page cursor: the sort values of the last hit a page examined (score or publication time, then the
 * article id), never a Lucene doc number, so a cursor stays meaningful after the index changes and merges.
 * Format before base64url: {@code R|<score float bits, hex>|<id>} or {@code D|<epoch second>|<id>}.
 */
final class SearchCursor {
    private SearchCursor() {
    }

    static String encode(FieldDoc last, boolean byDate) {
        String id = ((BytesRef) last.fields[1]).utf8ToString();
        String head = byDate
                ? "D|" + last.fields[0]
                : "R|" + Integer.toHexString(Float.floatToIntBits((Float) last.fields[0]));
        return Base64.getUrlEncoder().withoutPadding().encodeToString((head + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The position to search after, or empty when the cursor is not one of ours or belongs to the other sort. */
    static Optional<FieldDoc> decode(String cursor, boolean byDate, int maxDoc) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", 3);
            if (parts.length != 3 || !parts[0].equals(byDate ? "D" : "R")) {
                return Optional.empty();
            }
            Object first = byDate ? (Object) Long.parseLong(parts[1])
                    : (Object) Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16));
            float score = byDate ? Float.NaN : (Float) first;
            // Ids are unique, so only the last hit shown has exactly these values; with the highest doc number
            // as tie-break it is never repeated, wherever merges have moved it.
            return Optional.of(new FieldDoc(Math.max(0, maxDoc - 1), score, new Object[] {first, new BytesRef(parts[2])}));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
