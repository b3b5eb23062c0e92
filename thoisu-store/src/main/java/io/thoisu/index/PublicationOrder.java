package io.thoisu.index;

import io.thoisu.model.Published;
import java.time.ZoneId;

/**
 * One number that orders articles by publication. A day without a time of day counts from the start of that day in
 * Vietnam, the default zone of the sources, so it sorts before the articles published later that day.
 */
public final class PublicationOrder {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private PublicationOrder() {
    }

    public static long epochSecond(Published published) {
        return published.instant()
                .map(i -> i.toEpochSecond())
                .orElseGet(() -> published.date().atStartOfDay(VIETNAM).toEpochSecond());
    }
}
