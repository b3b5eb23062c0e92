package io.thoisu.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    private static EntityMention m(String text, EntityType type, String canonical) {
        return new EntityMention(text, type, canonical, 0, text.length());
    }

    @Test
    void shortFormTakesTheLongFormSeenInAnotherArticle() {
        EntityResolver r = new EntityResolver();
        r.accept(List.of(m("Nuri Saparov", EntityType.PER, "Nuri Saparov")));
        List<EntityMention> second = r.accept(List.of(m("Saparov", EntityType.PER, "Saparov")));
        assertThat(second.get(0).canonical()).isEqualTo("Nuri Saparov");
    }

    @Test
    void ambiguousSurnameStaysAndSnapshotRestores() {
        EntityResolver r = new EntityResolver();
        r.accept(List.of(m("Anna Solvik", EntityType.PER, "Anna Solvik")));
        EntityResolver.Snapshot snap = r.snapshot();
        r.accept(List.of(m("Ingrid Solvik", EntityType.PER, "Ingrid Solvik")));
        assertThat(r.resolve(m("Solvik", EntityType.PER, "Solvik"))).isEqualTo("Solvik");
        EntityResolver restored = new EntityResolver(snap);
        assertThat(restored.resolve(m("Solvik", EntityType.PER, "Solvik"))).isEqualTo("Anna Solvik");
    }
}
