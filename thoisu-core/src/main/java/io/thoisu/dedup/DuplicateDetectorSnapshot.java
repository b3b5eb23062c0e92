package io.thoisu.dedup;

import io.thoisu.model.Published;
import java.util.List;
import java.util.Optional;

/** The state of a {@link DuplicateDetector}: every article's fingerprints and group, in arrival order. */
public record DuplicateDetectorSnapshot(DuplicateConfig config, List<Member> members) {
    public DuplicateDetectorSnapshot {
        members = List.copyOf(members);
    }

    /** One article's fingerprints; {@code group} is the id of the group's first-arrived member. */
    public record Member(String id, Optional<Published> published, long arrival, String exactHash, int shingles,
                         int[] signature, String group) {
        public Member {
            signature = signature.clone();
        }
    }
}
