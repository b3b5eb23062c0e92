package io.thoisu.model;

import java.util.List;

/** An entity as a story sees it: its canonical name, the other names it went by, and how often it was mentioned. */
public record StoryEntity(String canonical, EntityType type, List<String> aliases, int mentions) {
    public StoryEntity {
        aliases = List.copyOf(aliases);
    }
}
