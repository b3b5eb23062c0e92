package io.thoisu.watch;

import io.thoisu.fetch.FetchOutcome;
import io.thoisu.fetch.FetchRequest;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One fetch, flattened for the ledger: the fields of the store's {@code FetchLedger.Outcome}, one for one, so the
 * watch loop copies them across without deciding anything.
 *
 * @param contentHash SHA-256 of the body, hex (fetched pages only)
 * @param published   the date the listing gave for the page (carried by the request)
 */
public record LedgerUpdate(URI url, String source, AddressRole role, LastOutcome kind, int status,
                           Optional<String> detail, Optional<String> etag, Optional<String> lastModified,
                           Optional<String> contentHash, Optional<Instant> published, Instant at) {
    public LedgerUpdate {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(at, "at");
    }

    /** {@code now} dates the outcomes that carry no time of their own (skips and failures). */
    public static LedgerUpdate of(FetchRequest request, FetchOutcome outcome, AddressRole role, Instant now) {
        URI url = request.uri();
        String source = request.source();
        Optional<Instant> listed = request.listed();
        return switch (outcome) {
            case FetchOutcome.Fetched f -> new LedgerUpdate(url, source, role, LastOutcome.FETCHED, f.status(),
                    Optional.empty(), f.etag(), f.lastModified(), Optional.of(sha256(f.body())), listed,
                    f.fetchedAt());
            case FetchOutcome.NotModified n -> new LedgerUpdate(url, source, role, LastOutcome.NOT_MODIFIED, 304,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), listed, n.fetchedAt());
            case FetchOutcome.Skipped s -> new LedgerUpdate(url, source, role, LastOutcome.SKIPPED, 0,
                    Optional.of(s.reason() + (s.detail().isBlank() ? "" : ": " + s.detail())), Optional.empty(),
                    Optional.empty(), Optional.empty(), listed, now);
            case FetchOutcome.Failed f -> new LedgerUpdate(url, source, role, LastOutcome.FAILED, f.status(),
                    Optional.of(f.message()), Optional.empty(), Optional.empty(), Optional.empty(), listed, now);
        };
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0]
                    : body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
