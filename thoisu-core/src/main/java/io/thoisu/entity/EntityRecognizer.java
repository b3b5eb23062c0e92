package io.thoisu.entity;

import io.thoisu.model.EntityMention;
import io.thoisu.model.Sentence;
import java.util.List;

/** STAND-IN (thoisu-app worktree only; the extraction engineer's real recognizer replaces it): finds nothing. */
public final class EntityRecognizer {

    public List<EntityMention> recognize(String text, List<Sentence> sentences) {
        return List.of();
    }
}
