package io.thoisu.store;

import io.thoisu.model.EntityType;

/** An entity across the store: its canonical name, type, how many articles mention it and how many times. */
public record EntitySummary(String canonical, EntityType type, int articles, int mentions) {
}
