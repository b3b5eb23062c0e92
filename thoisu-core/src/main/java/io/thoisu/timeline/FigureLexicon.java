package io.thoisu.timeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of {@code figures.txt}: what happened to what a figure counts (its predicate) and whether that is a
 * running count, the quantity kind of a unit, which count nouns count the same things, and the words that make a
 * figure a limit, plan or demand, an update of earlier reports, or a count of a subgroup. Loaded once; immutable
 * afterwards.
 */
final class FigureLexicon {
    /** A phrase found in a run of syllables: its name, the syllables it covers [from, to). */
    record Found(String name, int from, int to) {
    }

    private static final String NONE = "none";

    private final Map<String, String> predicates = new HashMap<>();
    private final Map<String, String> modalities = new HashMap<>();
    private final Map<String, String> revisionsBefore = new HashMap<>();
    private final Map<String, String> revisionsAfter = new HashMap<>();
    private final Map<String, String> subgroups = new HashMap<>();
    private final Set<String> running = new HashSet<>();
    private final Set<String> byActor = new HashSet<>();
    private final Set<String> byItem = new HashSet<>();
    private final Map<String, String> measured = new HashMap<>();
    private final Map<String, QuantityKind> kinds = new HashMap<>();
    private final Map<String, String> counted = new HashMap<>();
    private int longest = 1;
    /**
     * For each syllable that opens a predicate, modality or revision phrase, the length of the longest such phrase:
     * a scan skips at once the many positions where no phrase can start instead of joining and looking up every
     * span there (the scan was most of the conflict finder's time).
     */
    private final Map<String, Integer> phraseStarts = new HashMap<>();

    FigureLexicon() {
        try (InputStream in = FigureLexicon.class.getResourceAsStream("figures.txt")) {
            if (in == null) {
                throw new IllegalStateException("timeline: missing resource figures.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            String name = "";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    String[] parts = entry.substring(1, entry.length() - 1).strip().split("\\s+", 2);
                    section = parts[0];
                    name = parts.length > 1 ? parts[1] : "";
                    continue;
                }
                String key = String.join(" ", Syllables.keys(entry));
                longest = Math.max(longest, key.split(" ").length);
                switch (section) {
                    case "predicate" -> predicates.put(key, name);
                    case "modality" -> modalities.put(key, name);
                    case "revision" -> (name.equals("after") ? revisionsAfter : revisionsBefore).put(key, name);
                    case "subgroup" -> subgroups.put(key, name);
                    case "running" -> running.add(entry);
                    case "by-actor" -> byActor.add(entry);
                    case "by-item" -> byItem.add(entry);
                    case "measured" -> measured.put(entry, name);
                    case "kind" -> kinds.put(key, QuantityKind.valueOf(name.toUpperCase(Locale.ROOT)));
                    case "counted" -> counted.put(key, name);
                    default -> throw new IllegalStateException("timeline: figures.txt line outside a section: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map<String, String> table : List.of(predicates, modalities, revisionsBefore, revisionsAfter)) {
            for (String phrase : table.keySet()) {
                String[] words = phrase.split(" ");
                phraseStarts.merge(words[0], words.length, Math::max);
            }
        }
    }

    /** Every predicate in these keyed syllables, left to right; at each position the longest phrase wins. */
    List<Found> predicates(List<String> syllables) {
        return scan(predicates, syllables);
    }

    /** Every limit, plan or demand word in these keyed syllables. */
    List<Found> modalities(List<String> syllables) {
        return scan(modalities, syllables);
    }

    /** Every word of an update before a figure ("nâng", "tăng lên", "vẫn còn") in these keyed syllables. */
    List<Found> revisionsBefore(List<String> syllables) {
        return scan(revisionsBefore, syllables);
    }

    /** Every word of an update after a figure's count noun ("còn", "vẫn") in these keyed syllables. */
    List<Found> revisionsAfter(List<String> syllables) {
        return scan(revisionsAfter, syllables);
    }

    /** The subgroup these syllables open with ("việt nam …" → vietnamese), else empty. */
    Optional<String> subgroupAtStart(List<String> syllables) {
        for (int n = Math.min(longest, syllables.size()); n >= 1; n--) {
            String k = String.join(" ", syllables.subList(0, n));
            if (subgroups.containsKey(k)) {
                return Optional.of(subgroups.get(k));
            }
        }
        return Optional.empty();
    }

    /** Whether a figure of this predicate is a running count, compared within one day only. */
    boolean running(String predicate) {
        return running.contains(predicate);
    }

    /** Whether figures of this predicate add up across actors ("trao 20 tấn gạo"), compared per actor only. */
    boolean byActor(String predicate) {
        return byActor.contains(predicate);
    }

    /** Whether figures of this predicate are properties of an item (a price, an area), compared per item only. */
    boolean byItem(String predicate) {
        return byItem.contains(predicate);
    }

    /** What this predicate means for a measure of matter ("khí thoát ra 2 tấn" is released, not escaped). */
    String measured(String predicate) {
        return measured.getOrDefault(predicate, predicate);
    }

    private List<Found> scan(Map<String, String> table, List<String> syllables) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < syllables.size()) {
            Integer most = phraseStarts.get(syllables.get(i));
            if (most == null) {
                i++;
                continue;
            }
            int matched = 0;
            String name = null;
            for (int n = Math.min(most, syllables.size() - i); n >= 1; n--) {
                String phrase = String.join(" ", syllables.subList(i, i + n));
                // a compound listed as no predicate ("điều tra") hides the shorter phrases inside it everywhere
                String p = predicates.get(phrase);
                if (NONE.equals(p)) {
                    matched = n;
                    name = NONE;
                    break;
                }
                p = table.get(phrase);
                if (p != null) {
                    matched = n;
                    name = p;
                    break;
                }
            }
            if (name == null) {
                i++;
                continue;
            }
            if (!name.equals(NONE)) {
                out.add(new Found(name, i, i + matched));
            }
            i += matched;
        }
        return out;
    }

    Optional<QuantityKind> kind(String unitKey) {
        return Optional.ofNullable(kinds.get(unitKey));
    }

    /** The class of things a count noun counts ("đối tượng" → people), else the noun itself. */
    String counted(String unitKey) {
        return counted.getOrDefault(unitKey, unitKey);
    }

    boolean knows(String key) {
        return kinds.containsKey(key) || counted.containsKey(key);
    }
}
