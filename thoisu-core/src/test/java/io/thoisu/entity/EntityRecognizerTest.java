package io.thoisu.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.SpanStageContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest extends SpanStageContract<EntityMention> {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    @Override
    protected List<EntityMention> process(String text) {
        return recognizer.recognize(text, TestSentences.split(text));
    }

    @Override
    protected List<String> samples() {
        return List.of("Thủ tướng Thái Lan Somchai Pradit ngày 4/3 tiếp Đại sứ Pháp tại Bangkok.",
                "Liên minh Hợp tác biển Đông Á (MACO) họp tại thành phố Kestrane. MACO cho biết sẽ mở rộng.",
                "Cùng ngày, ông Trần Quốc Vỹ nói. Ông Vỹ khẳng định “đây là bước ngoặt lớn của ngành”.");
    }

    private List<String> typed(String text) {
        return process(text).stream().map(m -> m.type() + ":" + m.text() + "=" + m.canonical()).toList();
    }

    @Test
    void titleIsNotPartOfTheNameAndCountryIsAPlace() {
        assertThat(typed("Tổng thống Brazil Lucas Ferraz-Mendes ngày 2/5 tuyên bố."))
                .containsExactly("LOC:Brazil=Brazil", "PER:Lucas Ferraz-Mendes=Lucas Ferraz-Mendes");
    }

    @Test
    void acronymInParenthesesTakesTheLongForm() {
        List<EntityMention> ms = process("Hiệp hội Nuôi trồng thủy sản miền biển (VAMA) họp. Sau đó VAMA ra thông cáo.");
        assertThat(ms).extracting(EntityMention::text).contains("VAMA");
        assertThat(ms).filteredOn(m -> m.text().equals("VAMA")).extracting(EntityMention::canonical)
                .containsOnly("Hiệp hội Nuôi trồng thủy sản miền biển");
    }

    @Test
    void surnameAfterFullNameResolves() {
        List<EntityMention> ms = process("Ngoại trưởng Pháp Élise Marchand đến Hà Nội. Bà Marchand gặp báo chí.");
        assertThat(ms).filteredOn(m -> m.text().equals("Marchand")).extracting(EntityMention::canonical)
                .containsExactly("Élise Marchand");
    }

    @Test
    void sentenceInitialCommonWordsAreNotNames() {
        assertThat(process("Tuần trước, người dân ở xã Tân Khê đã sơ tán. Tại đây có mưa lớn."))
                .extracting(EntityMention::text).containsExactly("Tân Khê");
    }

    @Test
    void organisationTailMayBeLowercase() {
        assertThat(typed("Bộ Nội vụ cho biết.")).containsExactly("ORG:Bộ Nội vụ=Bộ Nội vụ");
    }

    @Test
    void lineEntitiesUseTheLineAsSentence() {
        List<EntityMention> ms = new LineEntities().recognize("Bộ trưởng Y tế Đặng Minh Khoa thăm tỉnh Lạc Phong");
        assertThat(ms).extracting(EntityMention::type).containsExactly(EntityType.PER, EntityType.LOC);
    }
}
