package io.thoisu.store;

import java.util.List;
import java.util.Optional;

/**
 * One line of an export: a hit without snippet or score, plus the article's URL. Duplicates are folded as the
 * search folds them: one line per duplicate group (its best-ranked matching member), {@code copies} naming the
 * other members that match too.
 */
public record ExportedHit(String id, Optional<String> title, Optional<String> outlet, Optional<String> published,
                          Optional<String> story, Optional<String> url, List<String> copies) {
    public ExportedHit {
        copies = List.copyOf(copies);
    }

    public ExportedHit withUrl(Optional<String> value) {
        return new ExportedHit(id, title, outlet, published, story, value, copies);
    }
}
