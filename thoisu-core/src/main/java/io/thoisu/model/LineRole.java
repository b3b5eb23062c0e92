package io.thoisu.model;

/**
 * What a reader already knows about one line of a document from its structure (an HTML {@code <figcaption>}, a
 * {@code <time>} element, a heading). Plain text has no roles; the cleaner then decides from the words alone.
 */
public enum LineRole {
    TITLE, HEADING, BODY, CAPTION, BYLINE, DATELINE, IMAGE_ALT, FURNITURE, TEASER, WIDGET, ARTICLE_BREAK
}
