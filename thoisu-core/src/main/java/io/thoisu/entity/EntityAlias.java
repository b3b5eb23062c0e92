package io.thoisu.entity;

import io.thoisu.model.EntityType;
import java.util.Objects;
import java.util.Optional;

/**
 * What a one-word short form of an entity stands for across the corpus: {@code canonical} is the one long form the
 * corpus gives it ("CSTO" → "Tổ chức Hiệp ước an ninh tập thể", "Tokayev" → "Kassym-Jomart Tokayev"), empty when it
 * stands for none or for several. {@code aliasKey} is the short form's comparison key.
 */
public record EntityAlias(EntityType type, String aliasKey, Optional<String> canonical) {
    public EntityAlias {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aliasKey, "aliasKey");
        Objects.requireNonNull(canonical, "canonical");
    }
}
