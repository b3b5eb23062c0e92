package io.thoisu.fetch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.CharBuffer;
import java.text.Normalizer;
import io.thoisu.ingest.HtmlCharset;

/** Fictional Vietnamese news pages (invented people and places) served by {@link LoopbackSite} in fetcher tests. */
final class FixturePages {
    private FixturePages() {
    }

    static final String FLOOD_SENTENCE =
            "Nước sông Lam Giang dâng cao khiến 120 hộ dân ở xã Phước Lâm phải sơ tán trong đêm.";

    /** An article in a {@code <article>} with a byline; no publication date of its own (the feed gives it). */
    static final String FLOOD = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>Lũ về nhanh, xã Phước Lâm sơ tán 120 hộ</title></head>
            <body>
            <nav><a href="/">Trang chủ</a> | <a href="/thoi-su">Thời sự</a></nav>
            <article>
              <h1>Lũ về nhanh, xã Phước Lâm sơ tán 120 hộ</h1>
              <p class="author">Minh Khuê</p>
              <p>%s</p>
              <p>Ông Trịnh Văn Khải, Chủ tịch UBND xã Phước Lâm, cho biết lực lượng dân quân đã dựng lều tạm
              ở trường tiểu học Phước Lâm 2 để đón người dân.</p>
              <p>"Chúng tôi chuẩn bị đủ lương thực cho ba ngày", ông Khải nói.</p>
            </article>
            <footer>Báo Sông Lam Điện Tử</footer>
            </body></html>
            """.formatted(FLOOD_SENTENCE);

    static final String MARKET_SENTENCE =
            "Giá lúa tại chợ đầu mối Tân Hòa tăng 300 đồng mỗi ki-lô-gam so với tuần trước.";

    /** A flatter layout: no {@code <article>}, the story in a content div, a related-links box after it. */
    static final String MARKET = """
            <html><head><title>Giá lúa Tân Hòa tăng nhẹ</title>
            <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
            <body><div id="header">Kinh tế</div>
            <div class="content">
            <h2>Giá lúa Tân Hòa tăng nhẹ</h2>
            <div>%s</div>
            <div>Bà Lê Thị Ngọc Hân, một thương lái ở huyện Tân Hòa, nói nhu cầu thu mua đang tăng trở lại.</div>
            </div>
            <ul class="related"><li><a href="/kinh-te/1">Xuất khẩu gạo quý III</a></li></ul>
            </body></html>
            """.formatted(MARKET_SENTENCE);

    static final String LEGACY_SENTENCE = "Huyện Đông Khê khánh thành cây cầu mới bắc qua sông Ngân Thủy.";

    /** An old-style page: windows-1258 bytes, no charset in the header and no {@code <meta>} declaration. */
    static byte[] legacyPage() {
        String html = "<html><head><title>Khánh thành cầu Ngân Thủy</title></head><body>"
                + "<table><tr><td><b>Khánh thành cầu Ngân Thủy</b></td></tr>"
                + "<tr><td>" + LEGACY_SENTENCE + " Cầu dài 240 mét, do Công ty Xây dựng Hòa Phong thi công.</td></tr>"
                + "<tr><td>Ông Đặng Quốc Việt, Phó chủ tịch huyện, cắt băng khánh thành.</td></tr></table>"
                + "</body></html>";
        return cp1258(html);
    }

    /**
     * Text as a windows-1258 page holds it: letters the code page has precomposed stay whole, tone marks that it
     * lacks on a letter are written after the letter as combining characters (ệ = ê + U+0323).
     */
    static byte[] cp1258(String text) {
        CharsetEncoder encoder = HtmlCharset.WINDOWS_1258.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT).onMalformedInput(CodingErrorAction.REPORT);
        StringBuilder prepared = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (encoder.canEncode(c)) {
                prepared.append(c);
                continue;
            }
            String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder().append(parts.charAt(0));
            StringBuilder tones = new StringBuilder();
            for (int k = 1; k < parts.length(); k++) {
                char mark = parts.charAt(k);
                boolean tone = mark == '\u0300' || mark == '\u0301' || mark == '\u0303' || mark == '\u0309'
                        || mark == '\u0323';
                (tone ? tones : base).append(mark);
            }
            prepared.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        try {
            var bytes = encoder.encode(CharBuffer.wrap(prepared));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes.array(), bytes.arrayOffset(), bytes.limit());
            return out.toByteArray();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("not expressible in windows-1258: " + text, e);
        }
    }

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Sông Lam Điện Tử – Thời sự</title>
            <item><title>Lũ về nhanh, xã Phước Lâm sơ tán 120 hộ</title><link>/thoi-su/lu-phuoc-lam</link>
            <pubDate>Sat, 21 Nov 2026 06:15:00 +0700</pubDate></item>
            </channel></rss>
            """;
}
