package io.thoisu.quantity;

import io.thoisu.text.VietnameseNormalizer;
import io.thoisu.text.CaseFoldedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The counted units of {@code units.txt}, matched longest first right after a number. A trie over the case-folded
 * surfaces (a space in a surface matches any run of spaces and no-break spaces): one walk per lookup however many
 * units the lexicon holds, where an alternation regex slowed down with every unit added.
 */
final class UnitLexicon {
    /** A unit found at a position: where it ends and the unit reported. */
    record Found(int end, String unit, boolean classifier) {
    }

    /** One trie node; {@code unit} is set where a surface ends. */
    private static final class Node {
        private final Map<Character, Node> next = new HashMap<>();
        private String unit;
        private boolean classifier;
    }

    private final Node root = new Node();

    UnitLexicon(String resource) {
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
                add(surface, unit, classifier);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("QuantityRecognizer: cannot read " + resource, e);
        }
    }

    /**
     * Adds a surface under its NFC form and its canonical-tone form ("toà" and "tòa" both), so either spelling in
     * the text finds it; a later line does not replace an earlier unit of the same surface, but a "~" line makes
     * an earlier surface a classifier.
     */
    private void add(String surface, String unit, boolean classifier) {
        for (String form : new String[] {VietnameseNormalizer.nfc(surface), VietnameseNormalizer.key(surface)}) {
            Node node = root;
            String folded = new CaseFoldedText(form.replaceAll("\\s+", " ")).toString();
            for (int i = 0; i < folded.length(); i++) {
                node = node.next.computeIfAbsent(folded.charAt(i), c -> new Node());
            }
            if (node.unit == null) {
                node.unit = unit;
                node.classifier = classifier;
            } else if (classifier) {
                // "con" listed as a noun and again as "~con": the classifier reading must win, or "12 con gà"
                // would count "con" and never reach the noun after it
                node.classifier = true;
            }
        }
    }

    /** The unit starting exactly at {@code from}, if any: the longest surface that ends at a word boundary. */
    Optional<Found> at(String text, int from) {
        Node node = root;
        int p = from;
        int n = text.length();
        Found best = null;
        while (p < n) {
            char c = text.charAt(p);
            if (c == ' ' || c == '\u00A0') {
                node = node.next.get(' ');
                if (node == null) {
                    break;
                }
                while (p < n && (text.charAt(p) == ' ' || text.charAt(p) == '\u00A0')) {
                    p++;
                }
                continue;
            }
            node = node.next.get(CaseFoldedText.fold(c));
            if (node == null) {
                break;
            }
            p++;
            if (node.unit != null && !CaseFoldedText.wordCharAt(text, p)) {
                best = new Found(p, node.unit, node.classifier);
            }
        }
        return Optional.ofNullable(best);
    }
}
