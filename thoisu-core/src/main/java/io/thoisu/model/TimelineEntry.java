package io.thoisu.model;

import java.util.List;

/** One dated event of a story, in one source's words, with every article that reported it. */
public record TimelineEntry(String date, String text, List<String> articles) {
    public TimelineEntry {
        articles = List.copyOf(articles);
    }
}
