package io.thoisu.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Provinces whose first word is a country or a body's head, places that go on after a known one, and clubs called
 * by a shorter name (2026-11-23 evening; invented sentences).
 */
class PlaceAndClubNameTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> typed(String text) {
        return recognizer.recognize(text, TestSentences.split(text)).stream()
                .map(m -> m.type() + ":" + m.text() + "=" + m.canonical()).toList();
    }

    @Test
    void aProvinceStartingWithACountryOrAHeadIsOnePlace() {
        assertThat(typed("Đoàn xe đi từ Lào Cai về Hải Phòng, rồi ghé Hội An và Đài Loan."))
                .containsExactly("LOC:Lào Cai=Lào Cai", "LOC:Hải Phòng=Hải Phòng", "LOC:Hội An=Hội An",
                        "LOC:Đài Loan=Đài Loan");
        assertThat(typed("Nhiều xưởng may ở Thủ Đức, hơn 2.000 công nhân nghỉ Tết sớm."))
                .contains("LOC:Thủ Đức=Thủ Đức");
    }

    @Test
    void aKnownPlaceThatGoesOnIsOneLongerPlace() {
        assertThat(typed("Nước ngập sâu tại Cà Mau Đông và Sơn La Thượng trong đêm."))
                .contains("LOC:Cà Mau Đông=Cà Mau Đông", "LOC:Sơn La Thượng=Sơn La Thượng");
    }

    @Test
    void aClubIsCalledByItsNameWithoutTheProvinceOrByItsSponsorsName() {
        List<String> ms = typed("Tối 2/3, CLB Phù Sa Cần Thơ thắng CLB Núi Ấn Quảng Ngãi 2-0. Phù Sa kiểm soát thế"
                + " trận, còn Núi Ấn Quảng Ngãi chỉ phản công. CLB Bóng chuyền nữ Xi măng Hòa Phong đứng thứ ba. Hòa"
                + " Phong sẽ gặp đội đầu bảng.");
        assertThat(ms).contains("ORG:CLB Phù Sa Cần Thơ=CLB Phù Sa Cần Thơ", "ORG:CLB Núi Ấn Quảng Ngãi=CLB Núi Ấn Quảng Ngãi",
                "ORG:Phù Sa=CLB Phù Sa Cần Thơ", "ORG:Núi Ấn Quảng Ngãi=CLB Núi Ấn Quảng Ngãi",
                "ORG:Hòa Phong=CLB Bóng chuyền nữ Xi măng Hòa Phong");
    }

    @Test
    void aSentenceOpeningPronounThatIsAlsoACountryIsNoPlace() {
        assertThat(typed("Mưa lớn khiến anh em trong đội mệt. Anh em phải đào bằng tay suốt đêm."))
                .noneMatch(m -> m.startsWith("LOC:Anh"));
    }

    @Test
    void aCountrysSingleWordDoesNotGoOnIntoAGivenName() {
        assertThat(typed("Đêm nhạc của Mỹ Linh kéo dài 3 giờ. Sau đó Đức Thịnh lên sân khấu."))
                .noneMatch(m -> m.startsWith("LOC:Mỹ Linh") || m.startsWith("LOC:Đức Thịnh"));
        // a country in parentheses after a place stays a place
        assertThat(typed("Vụ việc xảy ra ở hạt Kent (Anh). Cảnh sát đang điều tra.")).contains("LOC:Anh=Anh");
    }
}
