package io.thoisu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final Charset UTF8 = StandardCharsets.UTF_8;

    @Test
    void stripsBomAndNormalisesLineEnds() {
        byte[] bytes = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Mưa lớn\r\nở xã Phú Lạc\rngày 9/1\n".getBytes(UTF8));
        assertThat(TextDecoder.decodePage(bytes, UTF8))
                .isEqualTo(new Decoding.Text("Mưa lớn\nở xã Phú Lạc\nngày 9/1\n"));
    }

    @Test
    void invalidUtf8NamesTheOffsetOfTheFirstBadByte() {
        byte[] good = "Cháy xưởng ".getBytes(UTF8);
        byte[] bytes = concat(good, new byte[]{(byte) 0xC3, 0x28}, " may".getBytes(UTF8));
        Decoding d = TextDecoder.decodePage(bytes, UTF8);
        assertThat(d).isInstanceOf(Decoding.Failure.class);
        Decoding.Failure f = (Decoding.Failure) d;
        assertThat(f.byteOffset()).isEqualTo(OptionalLong.of(good.length));
        assertThat(f.reason()).contains("invalid UTF-8");
    }

    @Test
    void seededRandomCorruptionIsFoundWhereItWasPut() {
        Random random = new Random(20250110L);
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ 0123456789.,“”\n";
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(200);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertThat(TextDecoder.decodeStrictly(text.getBytes(UTF8), 0, text.getBytes(UTF8).length, UTF8))
                    .isEqualTo(new Decoding.Text(text));
            int cut = random.nextInt(text.length() + 1);
            byte[] head = text.substring(0, cut).getBytes(UTF8);
            byte bad = random.nextBoolean() ? (byte) 0xFF : (byte) 0x80; // never valid as a first byte
            byte[] bytes = concat(head, new byte[]{bad}, text.substring(cut).getBytes(UTF8));
            Decoding d = TextDecoder.decodeStrictly(bytes, 0, bytes.length, UTF8);
            assertThat(d).isInstanceOf(Decoding.Failure.class);
            assertThat(((Decoding.Failure) d).byteOffset()).hasValue(head.length);
        }
    }

    @Test
    void nulInTheFirstKilobyteIsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Decoding d = TextDecoder.decodePage(png, UTF8);
        assertThat(d).isInstanceOf(Decoding.Failure.class);
        assertThat(((Decoding.Failure) d).reason()).contains("binary");
        assertThat(((Decoding.Failure) d).byteOffset()).hasValue(8);
    }

    @Test
    void manyControlBytesAreBinaryButOneStrayIsNot() {
        byte[] noisy = new byte[200];
        for (int i = 0; i < noisy.length; i++) {
            noisy[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertThat(TextDecoder.decodePage(noisy, UTF8)).isInstanceOf(Decoding.Failure.class);
        byte[] stray = concat("Tin nóng".getBytes(UTF8), new byte[]{0x07}, " hôm qua".getBytes(UTF8));
        assertThat(TextDecoder.decodePage(stray, UTF8)).isInstanceOf(Decoding.Text.class);
    }

    @Test
    void emptyAndWhitespaceOnlyAreRejected() {
        assertThat(TextDecoder.decodePage(new byte[0], UTF8))
                .isEqualTo(Decoding.Failure.whole("empty file (0 bytes)"));
        Decoding blank = TextDecoder.decodePage(" \n\t\r\n ".getBytes(UTF8), UTF8);
        assertThat(((Decoding.Failure) blank).reason()).contains("only whitespace");
    }

    @Test
    void utf16WithBomIsDecodedNotCalledBinary() {
        byte[] bytes = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, "Hà Lâm".getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextDecoder.decodePage(bytes, UTF8)).isEqualTo(new Decoding.Text("Hà Lâm"));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
