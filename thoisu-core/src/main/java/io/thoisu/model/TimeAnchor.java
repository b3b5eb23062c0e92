package io.thoisu.model;

/** What a time expression was resolved against. */
public enum TimeAnchor {
    /** The expression is complete on its own ("5/1/2022"). */
    ABSOLUTE,
    /** Relative to the article's publication time ("hôm qua", "ngày 10/1" taking the year from it). */
    PUBLICATION,
    /** The year came from the document's own absolute dates because the publication time is unknown. */
    INFERRED_YEAR,
    /** The date of the previous expression ("Cùng ngày"). */
    PREVIOUS_EXPRESSION,
    /** A year given by the user ({@code --year}). */
    GIVEN_YEAR
}
