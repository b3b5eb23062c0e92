package io.thoisu.watch;

import io.thoisu.source.Discovered;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fetch history held in memory, with the same rules as the store's ledger: for tests, dry runs, and as the
 * reference the store adapter is checked against.
 */
public final class MemoryHistory implements FetchHistory {
    private final Map<URI, UrlState> urls = new HashMap<>();
    private final Map<URI, Listed> listed = new HashMap<>();
    private final Map<String, SourceState> sources = new HashMap<>();
    private long seenOrder;

    private record Listed(String source, AddressRole role, Optional<Instant> published, long order) {
    }

    /** A listing named these items: the first listing to name an address owns it; a date fills a missing one. */
    public synchronized void seen(List<Discovered> items, AddressRole role) {
        for (Discovered d : items) {
            Listed old = listed.get(d.uri());
            if (old == null) {
                listed.put(d.uri(), new Listed(d.sourceName(), role, d.published(), seenOrder++));
            } else if (old.published().isEmpty() && d.published().isPresent()) {
                listed.put(d.uri(), new Listed(old.source(), old.role(), d.published(), old.order()));
            }
        }
    }

    public synchronized void record(LedgerUpdate u) {
        UrlState old = urls.getOrDefault(u.url(), UrlState.UNSEEN);
        boolean success = u.kind() == LastOutcome.FETCHED || u.kind() == LastOutcome.NOT_MODIFIED;
        listed.putIfAbsent(u.url(), new Listed(u.source(), u.role(), u.published(), seenOrder++));
        urls.put(u.url(), new UrlState(Optional.of(u.at()), success ? Optional.of(u.at()) : old.lastFetched(),
                Optional.of(u.kind()), u.etag().or(old::etag), u.lastModified().or(old::lastModified),
                u.kind() == LastOutcome.FAILED ? old.failures() + 1 : 0));
    }

    public synchronized void record(SourcePoll p) {
        int failures = p.error().isPresent() ? sources.getOrDefault(p.source(), new SourceState(Optional.empty(),
                Optional.empty(), 0)).failures() + 1 : 0;
        sources.put(p.source(), new SourceState(Optional.of(p.at()), Optional.of(p.nextDue()), failures));
    }

    @Override
    public synchronized Optional<UrlState> url(URI uri) {
        return Optional.ofNullable(urls.get(uri)).or(() -> listed.containsKey(uri) ? Optional.of(UrlState.UNSEEN)
                : Optional.empty());
    }

    @Override
    public synchronized Optional<SourceState> source(String name) {
        return Optional.ofNullable(sources.get(name));
    }

    @Override
    public synchronized List<Discovered> pending(String source, int maxFailures, int limit) {
        List<Map.Entry<URI, Listed>> rows = new ArrayList<>();
        for (Map.Entry<URI, Listed> e : listed.entrySet()) {
            Listed l = e.getValue();
            UrlState s = urls.getOrDefault(e.getKey(), UrlState.UNSEEN);
            boolean open = !s.everFetched() && s.last().map(k -> k == LastOutcome.FAILED).orElse(true)
                    && s.failures() < maxFailures;
            if (l.source().equals(source) && l.role() == AddressRole.ARTICLE && open) {
                rows.add(e);
            }
        }
        rows.sort(Comparator.comparing((Map.Entry<URI, Listed> e) -> e.getValue().published().isEmpty())
                .thenComparing(e -> e.getValue().published().orElse(Instant.EPOCH), Comparator.reverseOrder())
                .thenComparing(e -> e.getValue().order(), Comparator.reverseOrder()));
        return rows.stream().limit(limit).map(e -> new Discovered(e.getKey(), e.getValue().published(),
                Optional.empty(), source)).toList();
    }
}
