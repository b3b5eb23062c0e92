package io.thoisu.clean;

import io.thoisu.text.VietnameseNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of Vietnamese outlets ({@code outlets.tsv}): canonical names, the other names a page or a credit uses,
 * the dateline markers that open a lead ("TTO - ", "(Dân trí) - ", "VOV.VN - ", "Hà Nội (TTXVN) - ") and the sites.
 * Immutable once loaded.
 */
public final class Outlets {
    /** One outlet of the table. */
    public record Outlet(String name, List<String> aliases, List<String> markers, List<String> sites) {
        public Outlet {
            aliases = List.copyOf(aliases);
            markers = List.copyOf(markers);
            sites = List.copyOf(sites);
        }
    }

    /** A dateline marker found at the start of a paragraph: the marker as written, and the paragraph after it. */
    public record Marker(Outlet outlet, String marker, String rest) {
    }

    private static final String RESOURCE = "outlets.tsv";
    /** "(Dân trí) - ", "Hà Nội (TTXVN) - ", "NEW YORK (Reuters) -": an optional place, a tag in brackets, a dash. */
    private static final Pattern BRACKETED = Pattern.compile(
            // a wire's dateline may give the day after the place: "Phù Vân, 22/11 (TTXVN) - "
            "^((?:[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{L}.]+){0,3}(?:\\s*,\\s*\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)?\\s*)?"
                    + "\\(([^()]{2,30})\\)\\s*[-–—:]\\s*)(.*)$", Pattern.DOTALL);
    /** "TTO - ", "VOV.VN - ", "ANTĐ -": a tag, a dash, and the lead. */
    private static final Pattern PLAIN = Pattern.compile("^(([\\p{L}0-9.+]{2,14}(?:\\s[\\p{L}0-9.+]{2,14})?)\\s*[-–—]\\s*)(.*)$",
            Pattern.DOTALL);

    private final List<Outlet> outlets;
    private final Map<String, Outlet> byName = new HashMap<>();
    private final Map<String, Outlet> byMarker = new HashMap<>();
    private final Map<String, Outlet> bySite = new HashMap<>();

    public Outlets(List<Outlet> outlets) {
        this.outlets = List.copyOf(outlets);
        for (Outlet o : this.outlets) {
            byName.putIfAbsent(VietnameseNormalizer.key(o.name()), o);
            o.aliases().forEach(a -> byName.putIfAbsent(VietnameseNormalizer.key(a), o));
            o.markers().forEach(m -> byMarker.putIfAbsent(VietnameseNormalizer.key(m), o));
            o.sites().forEach(s -> bySite.putIfAbsent(s.toLowerCase(Locale.ROOT), o));
        }
    }

    /** The table shipped with thoisu. */
    public static Outlets standard() {
        try (InputStream in = Outlets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Outlets: resource " + RESOURCE + " is missing");
            }
            List<Outlet> list = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 4) {
                    throw new IllegalStateException("Outlets: " + RESOURCE + " line needs 4 columns: " + line);
                }
                list.add(new Outlet(cols[0].strip(), split(cols[1]), split(cols[2]), split(cols[3])));
            }
            return new Outlets(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String col) {
        return col.isBlank() ? List.of() : List.of(col.strip().split("\\s*;\\s*"));
    }

    public List<Outlet> all() {
        return outlets;
    }

    /** The outlet a name, short name or marker stands for ("TUOI TRE ONLINE", "Báo Dân trí", "TTO"). */
    public Optional<Outlet> byName(String name) {
        String k = VietnameseNormalizer.key(name.strip());
        Outlet o = byName.get(k);
        if (o == null) {
            o = byMarker.get(k);
        }
        if (o == null) {
            // Accent-free site names ("TUOI TRE ONLINE") fold to the same letters as the canonical name.
            String f = VietnameseNormalizer.fold(name.strip());
            for (Outlet candidate : outlets) {
                if (VietnameseNormalizer.fold(candidate.name()).equals(f)
                        || candidate.aliases().stream().anyMatch(a -> VietnameseNormalizer.fold(a).equals(f))) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.ofNullable(o);
    }

    /** The outlet whose site serves this URL (sub-domains included). */
    public Optional<Outlet> bySite(String url) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (RuntimeException badUrl) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        while (true) {
            Outlet o = bySite.get(host);
            if (o != null) {
                return Optional.of(o);
            }
            int dot = host.indexOf('.');
            if (dot < 0 || host.indexOf('.', dot + 1) < 0) {
                return Optional.empty();
            }
            host = host.substring(dot + 1);
        }
    }

    /** A dateline marker of a known outlet at the start of a paragraph, or empty. */
    public Optional<Marker> markerAt(String paragraph) {
        Matcher m = BRACKETED.matcher(paragraph);
        if (m.matches()) {
            Optional<Outlet> o = byName(m.group(2));
            if (o.isPresent() && !m.group(3).isBlank()) {
                return Optional.of(new Marker(o.get(), m.group(1).strip(), m.group(3)));
            }
        }
        m = PLAIN.matcher(paragraph);
        if (m.matches()) {
            Outlet o = byMarker.get(VietnameseNormalizer.key(m.group(2)));
            if (o != null && !m.group(3).isBlank()) {
                return Optional.of(new Marker(o, m.group(1).strip(), m.group(3)));
            }
        }
        return Optional.empty();
    }

    /**
     * A dateline marker of an outlet the table does not know, accepted only when the page itself names the outlet
     * it abbreviates: "PN - " opens the lead of a page signed "Thời báo Phương Nam", "(LG) - " one signed "Báo Lam
     * Giang điện tử", "SHO - " one signed "Báo Sông Hồng" (a final O stands for "Online"). The tag's letters must be
     * initials of the name's words, in order.
     */
    public Optional<Marker> confirmedMarkerAt(String paragraph, List<String> pageNames) {
        Optional<Marker> known = markerAt(paragraph);
        if (known.isPresent() || pageNames.isEmpty()) {
            return known;
        }
        Optional<Opening> opening = openingAt(paragraph);
        if (opening.isEmpty()) {
            return Optional.empty();
        }
        String tag = opening.get().tag();
        String marker = opening.get().marker();
        String rest = opening.get().rest();
        for (String name : pageNames) {
            if (abbreviates(tag, name)) {
                Outlet o = byName(name).orElse(new Outlet(name.strip(), List.of(), List.of(tag), List.of()));
                return Optional.of(new Marker(o, marker, rest));
            }
        }
        return Optional.empty();
    }

    /** A tag opening a paragraph ("(LGTV) - ", "SHO - "), whatever outlet it stands for, and the lead after it. */
    public record Opening(String tag, String marker, String rest) {
    }

    /** The tag a paragraph opens with, in the shapes of a dateline marker; a plain tag must be in capitals. */
    public static Optional<Opening> openingAt(String paragraph) {
        String tag;
        String marker;
        String rest;
        Matcher m = BRACKETED.matcher(paragraph);
        if (m.matches()) {
            tag = m.group(2);
            marker = m.group(1).strip();
            rest = m.group(3);
        } else {
            m = PLAIN.matcher(paragraph);
            if (!m.matches()) {
                return Optional.empty();
            }
            tag = m.group(2);
            marker = m.group(1).strip();
            rest = m.group(3);
            if (!tag.equals(tag.toUpperCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return rest.isBlank() ? Optional.empty() : Optional.of(new Opening(tag, marker, rest));
    }

    static boolean abbreviates(String tag, String name) {
        String letters = VietnameseNormalizer.fold(tag).replaceAll("[^a-z0-9]", "");
        if (letters.length() < 2 || letters.length() > 5) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : VietnameseNormalizer.fold(name).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                initials.append(w.charAt(0));
            }
        }
        if (initials.length() < 2) {
            return false;
        }
        if (isSubsequence(letters, initials.toString())) {
            return true;
        }
        return letters.endsWith("o") && letters.length() >= 3
                && isSubsequence(letters.substring(0, letters.length() - 1), initials.toString());
    }

    private static boolean isSubsequence(String needle, String hay) {
        int j = 0;
        for (int i = 0; i < hay.length() && j < needle.length(); i++) {
            if (hay.charAt(i) == needle.charAt(j)) {
                j++;
            }
        }
        return j == needle.length();
    }

    /**
     * A page title often ends with the site's name ("… - Tuổi Trẻ Online", "… | VnExpress"); this strips it when the
     * tail names a known outlet.
     */
    public String stripSiteSuffix(String title) {
        for (String sep : List.of(" | ", " - ", " – ", " — ")) {
            int at = title.lastIndexOf(sep);
            if (at > 0 && byName(title.substring(at + sep.length())).isPresent()) {
                return title.substring(0, at).strip();
            }
        }
        return title;
    }

    /** Longest names first, so "Người Lao Động" wins over "Lao Động" when a credit is scanned. */
    List<String> namesLongestFirst() {
        List<String> names = new ArrayList<>(byName.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        return names;
    }
}
