package io.thoisu.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.store.FetchLedger.Counters;
import io.thoisu.store.FetchLedger.Outcome;
import io.thoisu.store.FetchLedger.OutcomeKind;
import io.thoisu.store.FetchLedger.Poll;
import io.thoisu.store.FetchLedger.Role;
import io.thoisu.store.FetchLedger.Seen;
import io.thoisu.store.FetchLedger.SourceEntry;
import io.thoisu.store.FetchLedger.UrlEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchLedgerTest {
    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private static final String FEED = "http://baophusa.test/rss/thoi-su.rss";
    private static final String ARTICLE = "http://baophusa.test/thoi-su/cau-ca-mau-moi-thong-xe-20261123.html";
    private static final String OTHER = "http://baophusa.test/xa-hoi/nuoc-ngap-khu-pho-tan-an-20261122.html";

    @TempDir
    Path dir;

    @Test
    void anAddressIsNewUntilItIsFetched() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            FetchLedger ledger = store.fetchLedger();
            assertThat(ledger.isNew(ARTICLE)).isTrue();
            ledger.recordSeen(List.of(seen(ARTICLE), seen(OTHER)), "phusa-thoi-su", Role.ARTICLE, T0);
            assertThat(ledger.isNew(ARTICLE)).as("listed but not fetched").isTrue();
            UrlEntry seen = ledger.url(ARTICLE).orElseThrow();
            assertThat(seen.firstSeen()).isEqualTo(T0);
            assertThat(seen.tries()).isZero();
            assertThat(seen.lastOutcome()).isEmpty();

            ledger.record(fetched(ARTICLE, Role.ARTICLE, T0.plusSeconds(5), "\"v1\"", "abc123"));
            assertThat(ledger.isNew(ARTICLE)).isFalse();
            assertThat(ledger.isNew(OTHER)).isTrue();
            UrlEntry after = ledger.url(ARTICLE).orElseThrow();
            assertThat(after.firstSeen()).as("first seen stays").isEqualTo(T0);
            assertThat(after.lastFetched()).contains(T0.plusSeconds(5));
            assertThat(after.etag()).contains("\"v1\"");
            assertThat(after.contentHash()).contains("abc123");
            assertThat(after.published()).contains(Instant.parse("2026-11-23T00:30:00Z"));
            assertThat(after.lastOutcome()).contains(OutcomeKind.FETCHED);
            assertThat(after.tries()).isEqualTo(1);
        }
    }

    @Test
    void failuresCountUntilASuccessAndKeepTheValidators() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            FetchLedger ledger = store.fetchLedger();
            ledger.record(fetched(FEED, Role.LISTING, T0, "\"feed-1\"", "h1"));
            ledger.record(failed(FEED, T0.plusSeconds(900), 503));
            ledger.record(failed(FEED, T0.plusSeconds(1800), 0));
            UrlEntry e = ledger.url(FEED).orElseThrow();
            assertThat(e.failures()).isEqualTo(2);
            assertThat(e.tries()).isEqualTo(3);
            assertThat(e.lastStatus()).isZero();
            assertThat(e.lastAttempt()).contains(T0.plusSeconds(1800));
            assertThat(e.lastFetched()).as("last success").contains(T0);
            assertThat(e.etag()).as("a failure does not forget the validators").contains("\"feed-1\"");

            ledger.record(new Outcome(FEED, "phusa-thoi-su", Role.LISTING, OutcomeKind.NOT_MODIFIED, 304,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    T0.plusSeconds(2700)));
            UrlEntry ok = ledger.url(FEED).orElseThrow();
            assertThat(ok.failures()).isZero();
            assertThat(ok.lastFetched()).contains(T0.plusSeconds(2700));
            assertThat(ok.etag()).contains("\"feed-1\"");
            assertThat(ok.contentHash()).contains("h1");
        }
    }

    @Test
    void aSkippedAddressIsNotNewAnyMore() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            FetchLedger ledger = store.fetchLedger();
            ledger.record(new Outcome(OTHER, "phusa-thoi-su", Role.ARTICLE, OutcomeKind.SKIPPED, 0,
                    Optional.of("ROBOTS_DISALLOWED"), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), T0));
            assertThat(ledger.isNew(OTHER)).isFalse();
            assertThat(ledger.url(OTHER).orElseThrow().lastDetail()).contains("ROBOTS_DISALLOWED");
        }
    }

    @Test
    void everythingSurvivesClosingAndReopeningTheStore() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            FetchLedger ledger = store.fetchLedger();
            ledger.record(fetched(FEED, Role.LISTING, T0, "\"feed-1\"", "h1"));
            ledger.record(fetched(ARTICLE, Role.ARTICLE, T0.plusSeconds(3), "\"a\"", "h2"));
            ledger.recordSeen(List.of(seen(OTHER)), "phusa-thoi-su", Role.ARTICLE, T0);
            ledger.recordPoll(new Poll("phusa-thoi-su", FEED, T0, T0.plus(Duration.ofMinutes(15)), Optional.empty(),
                    2, 2));
            ledger.recordPoll(new Poll("phusa-kinh-te", "http://baophusa.test/kinh-te.atom", T0,
                    T0.plus(Duration.ofMinutes(30)), Optional.of("HTTP 500"), 0, 0));
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            FetchLedger ledger = store.fetchLedger();
            assertThat(ledger.isNew(ARTICLE)).isFalse();
            assertThat(ledger.isNew(OTHER)).isTrue();
            Map<String, UrlEntry> both = ledger.urls(List.of(FEED, ARTICLE, "http://baophusa.test/unknown"));
            assertThat(both.keySet()).containsExactlyInAnyOrder(FEED, ARTICLE);
            assertThat(both.get(FEED).etag()).contains("\"feed-1\"");
            SourceEntry s = ledger.source("phusa-thoi-su").orElseThrow();
            assertThat(s.nextDue()).contains(T0.plus(Duration.ofMinutes(15)));
            assertThat(s.polls()).isEqualTo(1);
            assertThat(s.itemsNew()).isEqualTo(2);
            assertThat(s.lastError()).isEmpty();
            SourceEntry failing = ledger.source("phusa-kinh-te").orElseThrow();
            assertThat(failing.failures()).isEqualTo(1);
            assertThat(failing.lastError()).contains("HTTP 500");

            Counters c = ledger.counters();
            assertThat(c.sources()).isEqualTo(2);
            assertThat(c.sourcesFailing()).isEqualTo(1);
            assertThat(c.urls()).isEqualTo(3);
            assertThat(c.articlesFetched()).isEqualTo(1);
            assertThat(c.listingsFetched()).isEqualTo(1);
            assertThat(c.failed()).isZero();
            assertThat(c.lastPoll()).contains(T0);

            // a second successful poll clears the error and the failure count
            ledger.recordPoll(new Poll("phusa-kinh-te", "http://baophusa.test/kinh-te.atom", T0.plusSeconds(60),
                    T0.plusSeconds(1860), Optional.empty(), 4, 1));
            SourceEntry healed = ledger.source("phusa-kinh-te").orElseThrow();
            assertThat(healed.failures()).isZero();
            assertThat(healed.lastError()).isEmpty();
            assertThat(healed.polls()).isEqualTo(2);
            assertThat(ledger.sources()).extracting(SourceEntry::name)
                    .containsExactly("phusa-kinh-te", "phusa-thoi-su");
        }
    }

    @Test
    void manyAddressesAreLookedUpInChunks() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            FetchLedger ledger = store.fetchLedger();
            List<String> urls = new java.util.ArrayList<>();
            for (int i = 0; i < 1234; i++) {
                urls.add("http://baophusa.test/tin/bai-viet-so-" + i + "-20261123.html");
            }
            ledger.recordSeen(urls.subList(0, 1200).stream().map(FetchLedgerTest::seen).toList(), "phusa",
                    Role.ARTICLE, T0);
            assertThat(ledger.urls(urls)).hasSize(1200);
        }
    }

    @Test
    void pendingIsTheNewestUnfetchedArticlesOfASource() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            FetchLedger ledger = store.fetchLedger();
            String a = "http://baophusa.test/a-b-c-d-1", b = "http://baophusa.test/a-b-c-d-2";
            String c = "http://baophusa.test/a-b-c-d-3", d = "http://baophusa.test/a-b-c-d-4";
            String e = "http://baophusa.test/a-b-c-d-5";
            ledger.recordSeen(List.of(new Seen(a, Optional.of(T0.minusSeconds(300))),
                    new Seen(b, Optional.of(T0.minusSeconds(60))), new Seen(c, Optional.empty()),
                    new Seen(d, Optional.of(T0.minusSeconds(30))), new Seen(e, Optional.of(T0))),
                    "phusa-thoi-su", Role.ARTICLE, T0);
            ledger.recordSeen(List.of(seen("http://baophusa.test/other-source-item-1")), "phusa-kinh-te",
                    Role.ARTICLE, T0);
            ledger.record(fetched(d, Role.ARTICLE, T0.plusSeconds(1), "\"d\"", "hd"));
            ledger.record(failed(e, T0.plusSeconds(2), 500));
            ledger.record(failed(e, T0.plusSeconds(3), 500));
            ledger.record(new Outcome(a, "phusa-thoi-su", Role.ARTICLE, OutcomeKind.FAILED, 503, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), T0.plusSeconds(4)));
            assertThat(ledger.pending("phusa-thoi-su", 2, 10)).extracting(UrlEntry::url)
                    .as("d fetched, e failed twice (the limit), c undated last").containsExactly(b, a, c);
            assertThat(ledger.pending("phusa-thoi-su", 2, 2)).extracting(UrlEntry::url).containsExactly(b, a);
            // a later listing's date fills a missing one but never replaces one
            ledger.recordSeen(List.of(new Seen(c, Optional.of(T0.minusSeconds(10))),
                    new Seen(b, Optional.of(T0.minusSeconds(5000)))), "phusa-kinh-te", Role.ARTICLE, T0);
            assertThat(ledger.pending("phusa-thoi-su", 2, 10)).extracting(UrlEntry::url).containsExactly(c, b, a);
        }
    }

    private static Seen seen(String url) {
        return new Seen(url, Optional.empty());
    }

    private static Outcome fetched(String url, Role role, Instant at, String etag, String hash) {
        return new Outcome(url, "phusa-thoi-su", role, OutcomeKind.FETCHED, 200, Optional.empty(), Optional.of(etag),
                Optional.of("Mon, 23 Nov 2026 00:40:00 GMT"), Optional.of(hash),
                Optional.of(Instant.parse("2026-11-23T00:30:00Z")), at);
    }

    private static Outcome failed(String url, Instant at, int status) {
        return new Outcome(url, "phusa-thoi-su", Role.LISTING, OutcomeKind.FAILED, status,
                Optional.of("Service Unavailable"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), at);
    }
}
