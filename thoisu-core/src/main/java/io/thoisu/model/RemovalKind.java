package io.thoisu.model;

import java.util.Locale;

/** Why a line was taken out of an article's body; the wire names are the contract's {@code removed[].kind}. */
public enum RemovalKind {
    BOILERPLATE, TEASER, CAPTION, BYLINE, DATELINE, IMAGE_ALT, WIDGET, DUPLICATE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
