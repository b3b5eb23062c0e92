package io.thoisu.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Each host's robots.txt, fetched when first needed and again when it expires, read by crawler-commons for the
 * product token {@value FetchPolicy#ROBOT_NAME}. RFC 9309: the rules when the file is found (cut at 500 KiB); no
 * rules when it answers 4xx or redirects more than five times; everything disallowed, for
 * {@link FetchPolicy#robotsErrorTtl()}, when it answers 5xx or not at all. A Crawl-delay above the policy's delay
 * slows the host down, up to {@link FetchPolicy#maxCrawlDelay()}. The request goes out at the host's pace like
 * any other.
 */
final class RobotsTxt {
    private static final int MAX_REDIRECTS = 5;

    private final FetchPolicy policy;
    private final InstantSource clock;
    private final HttpClient client;
    private final BodyReader bodies;
    private final Consumer<Answer> archive;

    /** @param archive receives each robots.txt found, for the record of what the crawl obeyed */
    RobotsTxt(FetchPolicy policy, InstantSource clock, HttpClient client, BodyReader bodies, Consumer<Answer> archive) {
        this.policy = policy;
        this.clock = clock;
        this.client = client;
        this.bodies = bodies;
        this.archive = archive;
    }

    /** The host's current rules, fetching them first when there are none or they have expired. */
    RobotsVerdict verdict(Host host, URI page) throws InterruptedException {
        host.robotsLock.lockInterruptibly();
        try {
            if (host.robots == null || !host.robots.currentAt(clock.instant())) {
                host.robots = fetch(host, page);
                long crawlDelay = host.robots.rules().getCrawlDelay();
                if (crawlDelay > 0 && crawlDelay != BaseRobotRules.UNSET_CRAWL_DELAY) {
                    Duration asked = Duration.ofMillis(crawlDelay);
                    host.pace.atLeast(asked.compareTo(policy.maxCrawlDelay()) > 0 ? policy.maxCrawlDelay() : asked);
                }
            }
            return host.robots;
        } finally {
            host.robotsLock.unlock();
        }
    }

    private RobotsVerdict fetch(Host host, URI page) throws InterruptedException {
        String name = page.getScheme() + "://" + page.getRawAuthority() + "/robots.txt";
        URI uri = URI.create(name);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            host.pace.awaitTurn();
            Instant at = clock.instant();
            HttpRequest sent = policy.request(uri, "text/plain", Optional.empty(), Optional.empty());
            try {
                HttpResponse<InputStream> response = client.send(sent, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                try (InputStream in = response.body()) {
                    if (status >= 200 && status < 300) {
                        byte[] body = bodies.readPrefix(in, FetchPolicy.ROBOTS_MAX_BYTES);
                        String type = response.headers().firstValue("Content-Type").orElse("text/plain");
                        BaseRobotRules rules = new SimpleRobotRulesParser().parseContent(uri.toString(), body, type,
                                List.of(FetchPolicy.ROBOT_NAME));
                        archive.accept(new Answer(uri, status, response.headers(), body, at, sent));
                        return new RobotsVerdict(rules, at.plus(policy.robotsTtl()), "disallowed by " + name);
                    }
                    Optional<String> location = response.headers().firstValue("Location");
                    if (status >= 300 && status < 400 && location.isPresent()) {
                        URI next = uri.resolve(location.get().strip());
                        if (!PoliteFetcher.isHttp(next)) {
                            break;
                        }
                        uri = next;
                        continue;
                    }
                    if (status >= 400 && status < 500) {
                        return noRules(at, name + " answered HTTP " + status + " (no rules)");
                    }
                    return unavailable(at, name + " answered HTTP " + status);
                }
            } catch (IOException | IllegalArgumentException e) {
                return unavailable(at, name + " could not be fetched (" + PoliteFetcher.describe(e) + ")");
            }
        }
        return noRules(clock.instant(), name + " redirects too often (no rules)");
    }

    private RobotsVerdict noRules(Instant at, String why) {
        return new RobotsVerdict(new SimpleRobotRulesParser().failedFetch(404), at.plus(policy.robotsTtl()), why);
    }

    private RobotsVerdict unavailable(Instant at, String why) {
        Instant until = at.plus(policy.robotsErrorTtl());
        return new RobotsVerdict(new SimpleRobotRulesParser().failedFetch(503), until,
                why + "; the host is left alone until " + until);
    }
}
