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

    @Test
    void anAcronymTheArticleDefinedResolvesTheBareAcronymElsewhereOfTheSameTypeOnly() {
        EntityResolver r = new EntityResolver();
        var touched = r.learn(List.of(m("Liên đoàn Vận tải Biển Đông", EntityType.ORG, "Liên đoàn Vận tải Biển Đông"),
                m("LVB", EntityType.ORG, "Liên đoàn Vận tải Biển Đông")));
        assertThat(touched).containsExactly("ORG|lvb");
        assertThat(r.resolution(touched)).containsExactly(new EntityAlias(EntityType.ORG, "lvb",
                java.util.Optional.of("Liên đoàn Vận tải Biển Đông")));
        assertThat(r.resolve(m("LVB", EntityType.ORG, "LVB"))).isEqualTo("Liên đoàn Vận tải Biển Đông");
        assertThat(r.resolve(m("LVB", EntityType.PER, "LVB"))).isEqualTo("LVB");
    }

    @Test
    void vietnameseGivenNamesAreNotJoinedAcrossArticles() {
        EntityResolver r = new EntityResolver();
        var touched = r.learn(List.of(m("Lê Thị Hằng", EntityType.PER, "Lê Thị Hằng"),
                m("Hằng", EntityType.PER, "Lê Thị Hằng")));
        assertThat(touched).isEmpty();
        assertThat(r.resolve(m("Hằng", EntityType.PER, "Hằng"))).isEqualTo("Hằng");
        assertThat(r.resolved()).isEmpty();
    }

    @Test
    void aSecondLongFormMakesTheShortFormUnresolvedAndSaysSo() {
        EntityResolver r = new EntityResolver();
        r.learn(List.of(m("Anna Solvik", EntityType.PER, "Anna Solvik")));
        assertThat(r.resolved()).extracting(EntityAlias::aliasKey).containsExactly("solvik");
        var touched = r.learn(List.of(m("Ingrid Solvik", EntityType.PER, "Ingrid Solvik")));
        assertThat(r.resolution(touched)).containsExactly(
                new EntityAlias(EntityType.PER, "solvik", java.util.Optional.empty()));
        assertThat(r.learn(List.of(m("Anna Solvik", EntityType.PER, "Anna Solvik")))).isEmpty();
    }
}
