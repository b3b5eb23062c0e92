package io.thoisu.entity;

import io.thoisu.text.VietnameseNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Multi-word phrases looked up by word keys, longest match first. A phrase written with a lowercase first letter
 * ("châu Âu", "ông") matches only lowercase; a capitalised one matches either case unless {@code caseStrict}.
 */
public final class PhraseTable {
    /** A matched phrase: how many words it covers and what the table attached to it. */
    public record Match(int length, String value) {
    }

    private record Entry(String[] keys, boolean lowerFirst, String value) {
    }

    private final Map<String, List<Entry>> byFirstKey = new HashMap<>();
    private final boolean caseStrict;

    public PhraseTable() {
        this(false);
    }

    /** A case-strict table matches a capitalised phrase only where the text capitalises it ("Pháp" ≠ "hiến pháp"). */
    public PhraseTable(boolean caseStrict) {
        this.caseStrict = caseStrict;
    }

    public void add(String phrase, String value) {
        List<Word> words = Word.scan(phrase, 0, phrase.length());
        if (words.isEmpty()) {
            return;
        }
        String[] keys = words.stream().map(Word::key).toArray(String[]::new);
        Entry e = new Entry(keys, !words.get(0).capitalised() && words.get(0).letter(), value);
        List<Entry> list = byFirstKey.computeIfAbsent(keys[0], k -> new ArrayList<>());
        list.add(e);
        list.sort((a, b) -> b.keys.length - a.keys.length);
    }

    public void addAll(Collection<String> phrases, String value) {
        for (String p : phrases) {
            add(p, value);
        }
    }

    /** Words covered by the longest phrase starting at {@code words[i]}, 0 when none (no allocation). */
    public int length(List<Word> words, int i) {
        if (i >= words.size()) {
            return 0;
        }
        Word first = words.get(i);
        List<Entry> entries = byFirstKey.get(first.key());
        if (entries == null) {
            return 0;
        }
        for (Entry e : entries) {
            if ((caseStrict && e.lowerFirst == first.capitalised()) || i + e.keys.length > words.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < e.keys.length && ok; k++) {
                ok = words.get(i + k).key().equals(e.keys[k]);
            }
            if (ok) {
                return e.keys.length;
            }
        }
        return 0;
    }

    /** The longest phrase starting at {@code words[i]}. */
    public Optional<Match> match(List<Word> words, int i) {
        if (i >= words.size()) {
            return Optional.empty();
        }
        Word first = words.get(i);
        List<Entry> entries = byFirstKey.get(first.key());
        if (entries == null) {
            return Optional.empty();
        }
        for (Entry e : entries) {
            if (caseStrict && e.lowerFirst == first.capitalised()) {
                continue;
            }
            if (i + e.keys.length > words.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < e.keys.length && ok; k++) {
                ok = words.get(i + k).key().equals(e.keys[k]);
            }
            if (ok) {
                return Optional.of(new Match(e.keys.length, e.value));
            }
        }
        return Optional.empty();
    }

    public boolean contains(String phrase) {
        List<Word> words = Word.scan(phrase, 0, phrase.length());
        return match(words, 0).filter(m -> m.length() == words.size()).isPresent();
    }

    /** Lines of a classpath resource, without comments and blank lines. */
    public static List<String> lines(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + owner.getName());
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String s = VietnameseNormalizer.nfc(line.strip());
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
