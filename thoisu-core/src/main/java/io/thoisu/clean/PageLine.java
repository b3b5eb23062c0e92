package io.thoisu.clean;

import io.thoisu.model.Caption;
import io.thoisu.model.Published;
import io.thoisu.text.VietnameseNormalizer;
import java.util.List;

/** One line of a page as the cleaner classified it, with what its kind carries (a date, names, a caption, a source). */
final class PageLine {
    final String text;
    LineKind kind;
    Published published;
    List<String> names = List.of();
    Caption caption;
    String source;
    /** A row of a table printed as text ("1 | THPT An Phú | 42,75"): body, never a headline. */
    boolean tableRow;

    /** Set once by the cleaner, which keys all lines of a page together. */
    String key;

    PageLine(String text, LineKind kind) {
        this.text = text;
        this.kind = kind;
    }

    /** The comparison key, computed once: normalising is the costliest step of reading a line. */
    String key() {
        if (key == null) {
            key = VietnameseNormalizer.key(text);
        }
        return key;
    }

    boolean isContent() {
        return kind == LineKind.TEXT || kind == LineKind.TITLE || kind == LineKind.HEADING;
    }
}
