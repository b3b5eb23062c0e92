package io.thoisu.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cut and corrupted listings never throw: every parser answers with items, problems, or both. */
class ListingRobustnessTest {
    private static final List<String> FIXTURES = List.of("baophusa/rss/thoi-su.rss", "baophusa/rss/nong-v2.rss",
            "baophusa/sitemap_index.xml", "baophusa/sitemap-news.xml", "baophusa/chuyen-muc/xa-hoi.html",
            "tincaonguyen/atom/kinh-te.atom", "tincaonguyen/rss/khai-bao-sai.rss", "tincaonguyen/rss/ban-tin-091.rss");

    @Test
    void seededTruncationsAndByteFlipsNeverThrow() {
        Random random = new Random(20261123L);
        for (String fixture : FIXTURES) {
            byte[] whole = LiveFixtures.bytes(fixture);
            URI address = LiveFixtures.addressOf(fixture);
            Source source = Source.of("s", address);
            for (int round = 0; round < 40; round++) {
                byte[] bytes = Arrays.copyOf(whole, random.nextInt(whole.length + 1));
                for (int flips = random.nextInt(4); flips > 0 && bytes.length > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                byte[] input = bytes;
                String text = new String(input, StandardCharsets.UTF_8);
                assertThatCode(() -> {
                    Listing l = ListingReader.read(source, address, input, text);
                    for (Discovered d : l.items()) {
                        assertThat(d.uri().getScheme()).isIn("http", "https");
                    }
                }).as(fixture + " cut at " + input.length).doesNotThrowAnyException();
            }
        }
    }
}
