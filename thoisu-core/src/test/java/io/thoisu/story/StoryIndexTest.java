package io.thoisu.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The inverted index against a plain map of sets, under random additions, removals and compactions. */
class StoryIndexTest {
    @Test
    void agreesWithAMapOfSets() {
        Random r = new Random(17);
        List<StoryState> stories = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            stories.add(new StoryState("s" + i));
        }
        StoryIndex index = new StoryIndex();
        Map<Integer, Set<StoryState>> reference = new HashMap<>();
        for (int step = 0; step < 50_000; step++) {
            int term = r.nextInt(3000);
            StoryState s = stories.get(r.nextInt(stories.size()));
            Set<StoryState> posted = reference.computeIfAbsent(term, k -> new HashSet<>());
            if (posted.contains(s)) {
                index.remove(term, s);
                posted.remove(s);
            } else {
                index.add(term, s);
                posted.add(s);
            }
            if (step % 5000 == 4999) {
                index.compact();
            }
        }
        for (int term = 0; term < 3000; term++) {
            int slot = index.find(term);
            Set<StoryState> found = new HashSet<>();
            if (slot >= 0) {
                for (int k = 0; k < index.size(slot); k++) {
                    found.add(index.stories(slot)[k]);
                }
                assertThat(index.size(slot)).as("no story twice").isEqualTo(found.size());
            }
            assertThat(found).isEqualTo(reference.getOrDefault(term, Set.of()));
        }
    }
}
