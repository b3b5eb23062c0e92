package io.thoisu.source;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.thoisu.text.VietnameseNormalizer;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The items of an RSS (0.9x, 1.0, 2.0) or Atom feed, read with Rome. An item's address is its link, else its
 * alternate link, else a guid that is itself an http(s) address; its date is the published date, else the updated
 * date (time zone offsets such as {@code +0700} are applied, so the instant is exact).
 */
public final class FeedItems {
    private FeedItems() {
    }

    public static Listing parse(byte[] body, URI feedUri, String sourceName) {
        String xml = XmlText.withoutDoctype(XmlText.decode(body));
        if (xml.isBlank()) {
            return Listing.failed("empty feed at " + feedUri);
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput(false, Locale.US);
            input.setXmlHealerOn(true);
            feed = input.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            return Listing.failed("malformed feed at " + feedUri + ": " + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            // Rome's parsers throw unchecked exceptions on some broken inputs; a broken feed is data, not a crash
            return Listing.failed("malformed feed at " + feedUri + ": " + e.getClass().getSimpleName() + " "
                    + firstLine(e.getMessage()));
        }
        List<Discovered> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int position = 0;
        for (SyndEntry entry : feed.getEntries()) {
            position++;
            Optional<URI> uri = addressOf(entry, feedUri);
            if (uri.isEmpty()) {
                problems.add("feed " + feedUri + ": item " + position + " has no usable link");
                continue;
            }
            Optional<Instant> published = Optional.ofNullable(entry.getPublishedDate())
                    .or(() -> Optional.ofNullable(entry.getUpdatedDate())).map(Date::toInstant);
            Optional<String> title = Optional.ofNullable(entry.getTitle()).map(String::strip)
                    .filter(t -> !t.isEmpty()).map(VietnameseNormalizer::nfc);
            items.add(new Discovered(uri.get(), published, title, sourceName));
        }
        return new Listing(items, List.of(), problems);
    }

    private static Optional<URI> addressOf(SyndEntry entry, URI feedUri) {
        Optional<URI> link = Addresses.resolve(feedUri, entry.getLink());
        if (link.isPresent()) {
            return link;
        }
        for (SyndLink l : entry.getLinks()) {
            if (l.getRel() == null || l.getRel().equals("alternate")) {
                Optional<URI> alt = Addresses.resolve(feedUri, l.getHref());
                if (alt.isPresent()) {
                    return alt;
                }
            }
        }
        String guid = entry.getUri();
        return guid != null && guid.regionMatches(true, 0, "http", 0, 4) ? Addresses.resolve(feedUri, guid)
                : Optional.empty();
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
