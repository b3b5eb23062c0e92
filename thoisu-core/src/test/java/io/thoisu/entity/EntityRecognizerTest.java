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
    void anAcronymOrBrandAfterAnOfficeIsTheBodyAndTheHolderFollows() {
        assertThat(typed("Giám đốc KVR Alvar Brennholm ngày 2/5 cho biết."))
                .containsExactly("ORG:KVR=KVR", "PER:Alvar Brennholm=Alvar Brennholm");
        assertThat(typed("Tổng giám đốc SaoMaiBank Lục Thị Huyền phát biểu."))
                .containsExactly("ORG:SaoMaiBank=SaoMaiBank", "PER:Lục Thị Huyền=Lục Thị Huyền");
        assertThat(typed("Chủ tịch TNG Holdings Đoàn Minh Khôi cho biết."))
                .containsExactly("ORG:TNG Holdings=TNG Holdings", "PER:Đoàn Minh Khôi=Đoàn Minh Khôi");
        // a country's acronym stays a place
        assertThat(typed("Ngoại trưởng UAE Rashid Al Kaabi tới Hà Nội.")).startsWith("LOC:UAE=UAE");
    }

    @Test
    void lowercaseParticlesStayInsideForeignNames() {
        assertThat(typed("Ngoại trưởng Oman Khalid bin Hamad tới Hà Nội."))
                .contains("PER:Khalid bin Hamad=Khalid bin Hamad");
        assertThat(typed("Thủ tướng Hà Lan Marta van der Brink phát biểu.")).contains("PER:Marta van der Brink=Marta van der Brink");
        // a Vietnamese word between two names is not a particle
        assertThat(typed("Ông Karl Weiss da Nguyễn Thị Hoa.")).noneMatch(m -> m.contains("Weiss da"));
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

    @Test
    void familyNamesThatAreAlsoPlaceSyllablesMakeAPersonAfterABody() {
        assertThat(typed("Phó Chủ tịch UBND tỉnh Hòa Bắc Hà Minh Tuấn phát biểu."))
                .containsExactly("ORG:UBND tỉnh Hòa Bắc=UBND tỉnh Hòa Bắc", "PER:Hà Minh Tuấn=Hà Minh Tuấn");
        // … but a place head is followed by its own name, never a person's
        assertThat(typed("Đại tá Ksor Plui, Giám đốc Công an tỉnh Hà Lâm Nam, cho biết."))
                .contains("ORG:Công an tỉnh Hà Lâm Nam=Công an tỉnh Hà Lâm Nam");
    }

    @Test
    void aUnitAfterAFigureAndACommonAcronymAreNoBodies() {
        assertThat(process("Nhà máy công suất 600 MW dùng khí LPG, hóa đơn có mã QR.")).isEmpty();
        assertThat(typed("Kỳ họp thứ 9 HĐND tỉnh Yên Lạc bế mạc."))
                .containsExactly("ORG:HĐND tỉnh Yên Lạc=HĐND tỉnh Yên Lạc");
    }

    @Test
    void aModelCodeIsOneName() {
        assertThat(typed("Máy bay không người lái VTX-7 bay thử."))
                .containsExactly("MISC:VTX-7=VTX-7");
    }

    @Test
    void aBodyFramedByACommaKeepsItsNounLikeTail() {
        // "thông tin" and "lao động" are also verbs; before the comma that closes "Theo …," they end the name
        assertThat(typed("Theo Viện Khoa học lao động, tỷ lệ thất nghiệp giảm."))
                .containsExactly("ORG:Viện Khoa học lao động=Viện Khoa học lao động");
        assertThat(typed("Ông Đỗ Hải, Phó Cục trưởng Cục Bảo vệ thông tin, cho biết."))
                .contains("ORG:Cục Bảo vệ thông tin=Cục Bảo vệ thông tin");
    }

    @Test
    void lowercasePlacesAndCommitteeDescriptionsStayInTheBody() {
        assertThat(typed("Hội đồng châu Âu họp khẩn.")).containsExactly("ORG:Hội đồng châu Âu=Hội đồng châu Âu");
        assertThat(typed("Ban quản lý dự án giao thông huyện Mỹ Lộc Đông đã khởi công."))
                .containsExactly("ORG:Ban quản lý dự án giao thông huyện Mỹ Lộc Đông"
                        + "=Ban quản lý dự án giao thông huyện Mỹ Lộc Đông");
    }

    @Test
    void aKnownBodysBranchAndACapitalisedDepartmentAfterATitle() {
        assertThat(typed("Chỉ huy trưởng Bộ đội Biên phòng tỉnh Sơn Hà Đông cho biết."))
                .containsExactly("ORG:Bộ đội Biên phòng tỉnh Sơn Hà Đông=Bộ đội Biên phòng tỉnh Sơn Hà Đông");
        assertThat(typed("Trung tá Mạc Văn Bình, Trưởng Phòng Cảnh sát kinh tế Công an tỉnh Thanh Lam, nói."))
                .contains("ORG:Phòng Cảnh sát kinh tế Công an tỉnh Thanh Lam"
                        + "=Phòng Cảnh sát kinh tế Công an tỉnh Thanh Lam");
        assertThat(typed("Bác sĩ Phí Thu Hà, Trưởng khoa Nhi Bệnh viện Đa khoa Bắc Lương, nói."))
                .containsExactly("PER:Phí Thu Hà=Phí Thu Hà", "ORG:Bệnh viện Đa khoa Bắc Lương=Bệnh viện Đa khoa Bắc Lương");
    }

    @Test
    void religiousTitlesAndLandscapeHeadsStayOutside() {
        assertThat(typed("Linh mục Trần Văn Lực làm lễ trên đỉnh Tà Xùa Tây."))
                .containsExactly("PER:Trần Văn Lực=Trần Văn Lực", "LOC:Tà Xùa Tây=Tà Xùa Tây");
    }

    @Test
    void aRunEndedByACompassWordIsAPlaceEvenAfterAFamilyName() {
        assertThat(typed("Đại biểu Kiều Thị Mai, đoàn Lâm Thao Bắc, phát biểu."))
                .containsExactly("PER:Kiều Thị Mai=Kiều Thị Mai", "LOC:Lâm Thao Bắc=Lâm Thao Bắc");
    }

    @Test
    void aNameWithItsGivenPartFirstIsShortenedFromTheEnd() {
        List<EntityMention> ms = process("Giáo sư Choi Min-jae đến thăm. Ông Choi đánh giá cao dự án.");
        assertThat(ms).filteredOn(m -> m.text().equals("Choi")).extracting(EntityMention::canonical)
                .containsExactly("Choi Min-jae");
    }

    @Test
    void cuesIntroduceAppsTeamsAndNumberedDocuments() {
        assertThat(typed("Đội khách Rồng Vàng Gaming thua trên ứng dụng Xem Nhanh theo Thông tư 08."))
                .containsExactly("ORG:Rồng Vàng Gaming=Rồng Vàng Gaming", "MISC:Xem Nhanh=Xem Nhanh",
                        "MISC:Thông tư 08=Thông tư 08");
    }

    @Test
    void aPersonAfterAnUnnamedUnitWhenTheArticleAddressesHimByName() {
        // "UBND thành phố" needs no city name; the article calls the man "ông Lợi", so the run is his name
        assertThat(typed("Chủ tịch UBND thành phố Tạ Văn Lợi phát biểu. Ông Lợi nói thêm."))
                .contains("ORG:UBND thành phố=UBND thành phố", "PER:Tạ Văn Lợi=Tạ Văn Lợi");
    }

    @Test
    void aTournamentClosedByAKnownRegion() {
        assertThat(typed("Đội giành vé dự Giải vô địch bóng rổ trẻ Đông Nam Á năm sau."))
                .containsExactly("MISC:Giải vô địch bóng rổ trẻ Đông Nam Á=Giải vô địch bóng rổ trẻ Đông Nam Á");
    }
}
