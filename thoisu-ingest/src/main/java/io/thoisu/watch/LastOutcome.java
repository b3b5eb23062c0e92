package io.thoisu.watch;

/** What came of the last fetch of an address, as the ledger keeps it. */
public enum LastOutcome { FETCHED, NOT_MODIFIED, SKIPPED, FAILED }
