package io.thoisu.clean;

/** What a line of a page is to the cleaner: blank, a break between articles, content, or a kind of removed line. */
enum LineKind {
    BLANK, BREAK, TEXT, TITLE, HEADING, BOILERPLATE, WIDGET, DATELINE, BYLINE, SOURCE, CAPTION, IMAGE_ALT, TEASER, DUPLICATE
}
