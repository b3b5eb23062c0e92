package io.thoisu.entity;

import io.thoisu.model.EntityMention;
import io.thoisu.model.Sentence;
import java.util.List;

/** The {@code entities} command's stage: one line in, its mentions with offsets into that line (the line is the sentence). */
public final class LineEntities {
    private final EntityRecognizer recognizer;

    public LineEntities() {
        this(new EntityRecognizer());
    }

    public LineEntities(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    public List<EntityMention> recognize(String line) {
        if (line.isEmpty()) {
            return List.of();
        }
        return recognizer.recognize(line, List.of(new Sentence(line, 0, line.length())));
    }
}
