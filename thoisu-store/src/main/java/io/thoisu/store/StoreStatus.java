package io.thoisu.store;

/** Counters for the ingest status: what is stored and what was rejected. */
public record StoreStatus(int documents, int articles, int stories, int rejections) {
}
