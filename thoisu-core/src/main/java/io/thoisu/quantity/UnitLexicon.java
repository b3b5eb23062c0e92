package io.thoisu.quantity;

import io.thoisu.text.VietnameseNormalizer;
import io.thoisu.text.CaseFoldedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The counted units of {@code units.txt}, matched longest first right after a number. */
final class UnitLexicon {
    /** A unit found at a position: where it ends and the unit reported. */
    record Found(int end, String unit, boolean classifier) {
    }

    /** Lower-case patterns run on {@link CaseFoldedText}: same matches as case-insensitive ones, much faster. */
    private final Map<Character, Pattern> byFirstChar = new HashMap<>();
    private final Map<String, String> reported = new HashMap<>();
    private final Set<String> classifiers = new HashSet<>();

    UnitLexicon(String resource) {
        List<String> surfaces = new ArrayList<>();
        try (InputStream in = UnitLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("QuantityRecognizer: missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                boolean classifier = entry.startsWith("~");
                if (classifier) {
                    entry = entry.substring(1).strip();
                }
                String surface = entry;
                String unit = entry;
                int eq = entry.indexOf(" = ");
                if (eq > 0) {
                    surface = entry.substring(0, eq).strip();
                    unit = entry.substring(eq + 3).strip();
                }
                surfaces.add(surface);
                reported.put(VietnameseNormalizer.key(surface), unit);
                if (classifier) {
                    classifiers.add(VietnameseNormalizer.key(surface));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("QuantityRecognizer: cannot read " + resource, e);
        }
        surfaces.sort(Comparator.comparingInt(String::length).reversed());
        // one alternation per first (folded) char, in the longest-first order: only units starting with the
        // text's char can match there, so the result is the one the single alternation gave
        Map<Character, StringBuilder> alternations = new HashMap<>();
        for (String s : surfaces) {
            String folded = new CaseFoldedText(s).toString();
            StringBuilder alternation = alternations.computeIfAbsent(folded.charAt(0), c -> new StringBuilder());
            if (!alternation.isEmpty()) {
                alternation.append('|');
            }
            String[] parts = folded.split(" ");
            for (int i = 0; i < parts.length; i++) {
                alternation.append(i > 0 ? "[ \\u00A0]+" : "").append(Pattern.quote(parts[i]));
            }
        }
        alternations.forEach((first, alternation) -> byFirstChar.put(first,
                Pattern.compile("(?:" + alternation + ")(?![\\p{L}\\p{M}\\p{N}_])")));
    }

    /** The unit starting exactly at {@code from}, if any. */
    Optional<Found> at(String text, int from) {
        if (from >= text.length()) {
            return Optional.empty();
        }
        Pattern pattern = byFirstChar.get(CaseFoldedText.fold(text.charAt(from)));
        if (pattern == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(new CaseFoldedText(text)).region(from, text.length()).useTransparentBounds(true)
                .useAnchoringBounds(false);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String written = text.substring(m.start(), m.end());
        String key = VietnameseNormalizer.key(written.replace('\u00A0', ' ').replaceAll(" +", " "));
        String unit = reported.getOrDefault(key, written);
        return Optional.of(new Found(m.end(), unit, classifiers.contains(key)));
    }
}
