package io.thoisu.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.time.Instant;

/**
 * A host's robots.txt as the fetcher last found it, until {@code expires}. {@code reason} says how the rules came
 * about (parsed, missing, unavailable) for the detail of a {@link FetchOutcome.SkipReason#ROBOTS_DISALLOWED}.
 */
record RobotsVerdict(BaseRobotRules rules, Instant expires, String reason) {
    boolean allows(String url) {
        return rules.isAllowed(url);
    }

    boolean currentAt(Instant now) {
        return now.isBefore(expires);
    }
}
