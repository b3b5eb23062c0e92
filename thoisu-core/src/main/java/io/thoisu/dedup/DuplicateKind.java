package io.thoisu.dedup;

/** How an article relates to the earlier ones: the same text, an edited copy, or neither. */
public enum DuplicateKind { EXACT, NEAR, NONE }
