package io.thoisu.dedup;

import java.util.Objects;

/**
 * What the {@link DuplicateDetector} decided about one article: the group it is in (the id of the group's first
 * article; its own id when it copies nothing), the earliest member of that group, and how similar it is to the
 * closest earlier article (estimated Jaccard or containment of shingles, 1 for an exact copy, 0 for none).
 */
public record DuplicateVerdict(String articleId, String groupId, String earliest, DuplicateKind kind,
                               double similarity) {
    public DuplicateVerdict {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(kind, "kind");
    }
}
