package io.thoisu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {
    private static final Charset CP1258 = HtmlCharset.WINDOWS_1258;
    /** Letters windows-1258 holds precomposed, so that plain String.getBytes can write the fixture. */
    private static final String TEXT = "<p>Ông Lâm và bà Hà đi ra đê ở Tân Hưng, giá lúa tăng.</p>";

    @Test
    void validUtf8IsUtf8() {
        assertThat(HtmlCharset.detect(TEXT.getBytes(StandardCharsets.UTF_8), Optional.empty()))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void undeclaredBytesThatAreNotUtf8AreTakenAsWindows1258() {
        byte[] legacy = TEXT.getBytes(CP1258);
        assertThat(HtmlCharset.detect(legacy, Optional.empty())).isEqualTo(CP1258);
        // Local files keep the strict rule: nothing declared means UTF-8.
        assertThat(HtmlCharset.of(legacy, Optional.empty())).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aDeclarationAlwaysWins() {
        byte[] legacy = TEXT.getBytes(CP1258);
        assertThat(HtmlCharset.detect(legacy, Optional.of("utf-8"))).isEqualTo(StandardCharsets.UTF_8);
        byte[] meta = ("<meta charset=\"iso-8859-1\">" + "<p>caf\u00e9</p>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(HtmlCharset.detect(meta, Optional.empty())).isEqualTo(StandardCharsets.ISO_8859_1);
        byte[] xml = "<?xml version=\"1.0\" encoding=\"windows-1258\"?><rss><title>Giá lúa tăng</title></rss>"
                .getBytes(CP1258);
        assertThat(HtmlCharset.detect(xml, Optional.empty())).isEqualTo(CP1258);
    }

    @Test
    void bytesNeitherCharsetCanReadStayUtf8SoTheStrictDecoderReportsThem() {
        // 0x81 and 0x8D are holes in windows-1258, and a lone 0x81 is no UTF-8 either.
        byte[] junk = {'<', 'p', '>', (byte) 0x81, (byte) 0x8D, '<', '/', 'p', '>'};
        assertThat(HtmlCharset.detect(junk, Optional.empty())).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decodePage(junk, StandardCharsets.UTF_8)).isInstanceOf(Decoding.Failure.class);
    }

    @Test
    void anyValidUtf8TextIsNeverTakenForWindows1258() {
        Random random = new Random(1258);
        String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ";
        for (int n = 0; n < 200; n++) {
            StringBuilder s = new StringBuilder("<p>");
            for (int i = 0; i < 1 + random.nextInt(80); i++) {
                s.append(letters.charAt(random.nextInt(letters.length())));
            }
            assertThat(HtmlCharset.detect(s.toString().getBytes(StandardCharsets.UTF_8), Optional.empty()))
                    .as(s.toString()).isEqualTo(StandardCharsets.UTF_8);
        }
    }
}
