package io.thoisu.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body named without a head word and defined by its acronym in parentheses (a class read on dev 6, 2026-11-24;
 * every sentence here is invented): the name is the stretch of capitalised words before the parenthesis, and the
 * acronym is its alias.
 */
class DefinedAcronymsTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<EntityMention> mentions(String text) {
        return recognizer.recognize(text, TestSentences.split(text));
    }

    private List<String> typed(String text) {
        return mentions(text).stream().map(m -> m.type() + ":" + m.text()).toList();
    }

    @Test
    void aProgrammeDefinedByItsAcronymIsOneBodyAndTheAcronymItsAlias() {
        String text = "Theo Chương trình Phát triển Nông thôn Bền vững (SRDP), dự án đã giải ngân 40%. SRDP cho biết sẽ"
                + " mở rộng sang hai tỉnh nữa.";
        assertThat(typed(text)).containsExactly("ORG:Chương trình Phát triển Nông thôn Bền vững", "ORG:SRDP",
                "ORG:SRDP");
        assertThat(mentions(text)).extracting(EntityMention::canonical)
                .containsOnly("Chương trình Phát triển Nông thôn Bền vững");
    }

    @Test
    void aKnownNameInsideTheStretchGivesWayToTheWholeName() {
        // "Liên Hợp Quốc" alone is a known body, but here it ends the name of another one
        assertThat(typed("Bà Kiều Thanh, chuyên gia của Quỹ Dân số Liên Hợp Quốc (UNFPA), nói về tỷ số giới tính."))
                .contains("ORG:Quỹ Dân số Liên Hợp Quốc", "ORG:UNFPA").doesNotContain("ORG:Liên Hợp Quốc");
        assertThat(typed("Đơn vị Giám sát Nghề cá Độc lập (IFMU) vừa công bố báo cáo."))
                .containsExactly("ORG:Đơn vị Giám sát Nghề cá Độc lập", "ORG:IFMU");
    }

    @Test
    void theStretchStopsAtFunctionWordsAndNeverTakesAPerson() {
        assertThat(typed("Cuộc gặp giữa chính phủ Somalia và Lực lượng Bảo vệ Bờ biển (CGF) kết thúc."))
                .contains("LOC:Somalia").doesNotContain("ORG:Somalia và Lực lượng Bảo vệ Bờ biển");
        assertThat(typed("Ông Đào Văn Khải (ĐVK) phát biểu.")).doesNotContain("ORG:Ông Đào Văn Khải");
        // two syllables are not enough to be sure a name was written
        assertThat(typed("Dự án Mây Trắng (MT) khởi công hôm qua.")).doesNotContain("ORG:Mây Trắng");
    }
    @Test
    void companyWordsAtTheEndTypeAForeignRunAndKeepTheirPeriod() {
        // not an acronym's class, but read on the same set: a run of foreign words closed by a company word
        assertThat(typed("Phiên đấu giá của nhà Moretti & Sons thu về 3 triệu USD."))
                .containsExactly("ORG:Moretti & Sons");
        assertThat(typed("Công nhân làm cho Al-Sabah Contracting Co., một nhà thầu ở Kuwait."))
                .contains("ORG:Al-Sabah Contracting Co.");
    }
}
