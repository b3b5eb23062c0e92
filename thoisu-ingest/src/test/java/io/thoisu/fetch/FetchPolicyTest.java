package io.thoisu.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.thoisu.ingest.ReadLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchPolicyTest {
    @Test
    void theUserAgentNamesThoisuItsVersionAndAContact() {
        assertThat(FetchPolicy.userAgentWith("ops@bao.example")).isEqualTo("thoisu/0.1 (+mailto:ops@bao.example)");
        assertThat(FetchPolicy.userAgentWith("https://bao.example/bot")).isEqualTo("thoisu/0.1 (+https://bao.example/bot)");
        assertThatThrownBy(() -> FetchPolicy.userAgentWith(" ")).isInstanceOf(IllegalArgumentException.class);
        FetchPolicy p = FetchPolicy.defaults("ops@bao.example");
        assertThatThrownBy(() -> new FetchPolicy("curl/8", p.minDelay(), p.maxCrawlDelay(), 1, p.connectTimeout(),
                p.readTimeout(), 3, p.backoffBase(), p.maxBackoff(), p.maxRetryAfter(), p.maxPageBytes(), 5,
                p.robotsTtl(), p.robotsErrorTtl())).hasMessageContaining("thoisu");
    }

    @Test
    void defaultsAreTheProjectsPageLimitOneRequestPerHostAndADailyRobotsTxt() {
        FetchPolicy p = FetchPolicy.defaults("ops@bao.example");
        assertThat(p.maxPageBytes()).isEqualTo(ReadLimits.DEFAULT.maxDocumentBytes());
        assertThat(p.perHostConcurrency()).isEqualTo(1);
        assertThat(p.robotsTtl()).isLessThanOrEqualTo(Duration.ofHours(24));
    }

    @Test
    void backOffDoublesUpToItsCeiling() {
        FetchPolicy p = FetchPolicy.defaults("ops@bao.example").withRetries(10, Duration.ofSeconds(2), Duration.ofSeconds(20));
        assertThat(p.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.backoff(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(p.backoff(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(p.backoff(5)).isEqualTo(Duration.ofSeconds(20));
        assertThat(p.backoff(60)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void eachKindTakesItsOwnContentTypes() {
        FetchPolicy p = FetchPolicy.defaults("ops@bao.example");
        assertThat(p.accepts(ContentKind.PAGE, "Text/HTML")).isTrue();
        assertThat(p.accepts(ContentKind.PAGE, "application/xhtml+xml")).isTrue();
        assertThat(p.accepts(ContentKind.PAGE, "application/rss+xml")).isFalse();
        assertThat(p.accepts(ContentKind.FEED, "application/atom+xml")).isTrue();
        assertThat(p.accepts(ContentKind.FEED, "text/xml")).isTrue();
        assertThat(p.accepts(ContentKind.FEED, "text/html")).isFalse();
        assertThat(FetchRequest.feed(java.net.URI.create("https://bao.example/rss"), "s").kind()).isEqualTo(ContentKind.FEED);
        assertThat(FetchRequest.of(java.net.URI.create("https://bao.example/a"), "s").kind()).isEqualTo(ContentKind.PAGE);
    }
}
