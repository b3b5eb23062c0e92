package io.thoisu.store;

import java.util.List;
import java.util.Optional;

/** One hit; {@code copies} are the other articles of its duplicate group that the search folded into it. */
public record SearchHit(String id, Optional<String> title, Optional<String> outlet, Optional<String> published,
                        String snippet, Optional<String> story, float score, List<String> copies) {
    public SearchHit {
        copies = List.copyOf(copies);
    }
}
