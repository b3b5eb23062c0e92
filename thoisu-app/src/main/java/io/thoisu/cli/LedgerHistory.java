package io.thoisu.cli;

import io.thoisu.source.Discovered;
import io.thoisu.store.FetchLedger;
import io.thoisu.watch.FetchHistory;
import io.thoisu.watch.LastOutcome;
import io.thoisu.watch.LedgerUpdate;
import io.thoisu.watch.SourcePoll;
import io.thoisu.watch.SourceState;
import io.thoisu.watch.UrlState;
import io.thoisu.watch.AddressRole;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The store's fetch ledger seen through the planner's {@link FetchHistory}, and the planner's records written into
 * it. The ingest module does not know the store, so the two sides meet here; nothing is decided in this class.
 */
final class LedgerHistory implements FetchHistory {
    private final FetchLedger ledger;

    LedgerHistory(FetchLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Optional<UrlState> url(URI uri) {
        return ledger.url(uri.toString()).map(e -> new UrlState(e.lastAttempt(), e.lastFetched(),
                e.lastOutcome().map(k -> LastOutcome.valueOf(k.name())), e.etag(), e.lastModified(), e.failures()));
    }

    @Override
    public Optional<SourceState> source(String name) {
        return ledger.source(name).map(s -> new SourceState(s.lastPolled(), s.nextDue(), s.failures()));
    }

    @Override
    public List<Discovered> pending(String source, int maxFailures, int limit) {
        return ledger.pending(source, maxFailures, limit).stream()
                .map(e -> new Discovered(URI.create(e.url()), e.published(), Optional.empty(), source))
                .toList();
    }

    void seen(List<Discovered> items, String source, java.time.Instant at) {
        ledger.recordSeen(items.stream().map(d -> new FetchLedger.Seen(d.uri().toString(), d.published())).toList(),
                source, FetchLedger.Role.ARTICLE, at);
    }

    void record(LedgerUpdate u) {
        ledger.record(new FetchLedger.Outcome(u.url().toString(), u.source(), role(u.role()),
                FetchLedger.OutcomeKind.valueOf(u.kind().name()), u.status(), u.detail(), u.etag(), u.lastModified(),
                u.contentHash(), u.published(), u.at()));
    }

    void record(SourcePoll p) {
        ledger.recordPoll(new FetchLedger.Poll(p.source(), p.url().toString(), p.at(), p.nextDue(), p.error(),
                p.found(), p.fresh()));
    }

    private static FetchLedger.Role role(AddressRole role) {
        return role == AddressRole.LISTING ? FetchLedger.Role.LISTING : FetchLedger.Role.ARTICLE;
    }
}
