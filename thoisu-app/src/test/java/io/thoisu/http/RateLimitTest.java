package io.thoisu.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.thoisu.json.ContractJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-client token bucket: on a fake clock, and over a real socket with a tiny limit. */
class RateLimitTest {

    @Test
    void bucketAllowsABurstThenRefillsAtTheRate() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        RateLimit limit = new RateLimit(4, 3, now::get);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("a").allowed()).isTrue();
        }
        RateLimit.Decision refused = limit.take("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(limit.take("b").allowed()).as("another client has its own bucket").isTrue();
        now.addAndGet(260_000_000L); // a quarter second and a bit: one token at 4/s
        assertThat(limit.take("a").allowed()).isTrue();
        assertThat(limit.take("a").allowed()).isFalse();
        now.addAndGet(10_000_000_000L); // long idle: full again, never more than the burst
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("a").allowed()).isTrue();
        }
        assertThat(limit.take("a").allowed()).isFalse();
    }

    @Test
    void specsParse() {
        assertThat(RateLimit.parse(null)).contains(RateLimit.DEFAULT);
        assertThat(RateLimit.parse("off")).isEmpty();
        assertThat(RateLimit.parse("5/7").orElseThrow().toString()).isEqualTo("5.0/s, burst 7");
        assertThatThrownBy(() -> RateLimit.parse("fast")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.parse("0/5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void burstBeyondTheLimitGets429WithRetryAfterAndRecovers() throws Exception {
        StoreDouble store = new StoreDouble();
        HttpClient client = HttpClient.newHttpClient();
        // the bucket reads a clock the test moves, so a slow machine cannot refill it between requests
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong(1_000_000_000L);
        try (ApiServer server = ApiServer.start(store, "127.0.0.1", 0,
                Optional.of(new RateLimit(5, 3, clock::get)))) {
            URI status = URI.create("http://127.0.0.1:" + server.port() + "/api/status");
            int ok = 0;
            HttpResponse<String> refused = null;
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(status).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    refused = r;
                }
            }
            assertThat(ok).isEqualTo(3); // the burst
            assertThat(refused).isNotNull();
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("retry-after")).contains("1");
            assertThat(ContractJson.mapper().readTree(refused.body()).get("status").asInt()).isEqualTo(429);
            // the web UI's files are not limited
            assertThat(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            clock.addAndGet(450_000_000L); // two tokens back at 5/s
            assertThat(client.send(HttpRequest.newBuilder(status).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);
        }
    }
}
