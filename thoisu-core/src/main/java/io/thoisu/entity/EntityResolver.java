package io.thoisu.entity;

import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.text.VietnameseNormalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Corpus stage: resolves one-word short forms across articles. An article may write only "Tokayev" or only "CSTO"
 * while another gives the full name; fed one article's mentions at a time, the resolver remembers the long forms each
 * short form was seen to stand for, and resolves a short form when the corpus gives it exactly one. Evidence comes
 * from two places: an article that already resolved a short form itself (an acronym defined in parentheses, a
 * surname after the full name), and a foreign person's full name, whose last word is how the news refers to him.
 *
 * <p>Vietnamese persons are left out on purpose: the news refers to them by their given name ("ông Hùng"), shared by
 * thousands of people, so a match across articles would join strangers; within an article the recognizer resolves
 * them already. A name is Vietnamese here when it starts with a Vietnamese family name.
 *
 * <p>Resolutions are keyed by type and short form, so an organisation's acronym never resolves a person. Not
 * thread-safe: one instance per stream, its state saved and restored through {@link Snapshot}.
 */
public final class EntityResolver {
    /** The resolver's state: "TYPE|short key" → long forms (display) seen for it, in first-seen order. */
    public record Snapshot(Map<String, List<String>> longForms) {
        public Snapshot {
            Map<String, List<String>> copy = new HashMap<>();
            longForms.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            longForms = Map.copyOf(copy);
        }
    }

    private static final Set<String> FAMILY_NAMES = familyNames();

    private final Map<String, List<String>> longForms = new HashMap<>();

    public EntityResolver() {
    }

    public EntityResolver(Snapshot snapshot) {
        restore(snapshot);
    }

    /**
     * Learns from one article's mentions (their own canonical names, as the article resolved them) and returns the
     * short forms whose resolution may have changed, as keys for {@link #resolution}.
     */
    public Set<String> learn(List<EntityMention> mentions) {
        Set<String> touched = new LinkedHashSet<>();
        for (EntityMention m : mentions) {
            learn(m, touched);
        }
        return touched;
    }

    /** Learns from one article's mentions and returns them with canonical names resolved across the corpus. */
    public List<EntityMention> accept(List<EntityMention> mentions) {
        learn(mentions);
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            out.add(new EntityMention(m.text(), m.type(), resolve(m), m.start(), m.end()));
        }
        return out;
    }

    /** The canonical name of a mention given everything seen so far: its own unless it is a resolved short form. */
    public String resolve(EntityMention m) {
        String canonicalKey = VietnameseNormalizer.key(m.canonical());
        if (canonicalKey.indexOf(' ') >= 0) {
            return m.canonical();
        }
        return unique(key(m.type(), canonicalKey)).orElse(m.canonical());
    }

    /** The current resolution of each of these keys (as returned by {@link #learn}). */
    public List<EntityAlias> resolution(Collection<String> keys) {
        List<EntityAlias> out = new ArrayList<>(keys.size());
        for (String k : keys) {
            int bar = k.indexOf('|');
            out.add(new EntityAlias(EntityType.valueOf(k.substring(0, bar)), k.substring(bar + 1), unique(k)));
        }
        return out;
    }

    /** Every short form the corpus resolves now. */
    public List<EntityAlias> resolved() {
        return resolution(longForms.keySet().stream().filter(k -> unique(k).isPresent()).sorted().toList());
    }

    private Optional<String> unique(String key) {
        List<String> forms = longForms.get(key);
        return forms != null && forms.size() == 1 ? Optional.of(forms.get(0)) : Optional.empty();
    }

    private void learn(EntityMention m, Set<String> touched) {
        String canonical = m.canonical();
        String key = VietnameseNormalizer.key(canonical);
        if (key.indexOf(' ') < 0) {
            return; // a short form itself: evidence of nothing
        }
        if (m.type() == EntityType.PER && vietnameseName(key)) {
            return;
        }
        if (m.type() == EntityType.PER) {
            remember(m.type(), key.substring(key.lastIndexOf(' ') + 1), canonical, touched);
        }
        String textKey = VietnameseNormalizer.key(m.text());
        if (!textKey.equals(key) && textKey.indexOf(' ') < 0) {
            remember(m.type(), textKey, canonical, touched); // an acronym or a surname the article resolved
        }
    }

    private void remember(EntityType type, String shortKey, String longForm, Set<String> touched) {
        if (shortKey.length() < 2) {
            return;
        }
        String k = key(type, shortKey);
        List<String> forms = longForms.computeIfAbsent(k, x -> new ArrayList<>());
        String longKey = VietnameseNormalizer.key(longForm);
        for (String f : forms) {
            if (VietnameseNormalizer.key(f).equals(longKey)) {
                return;
            }
        }
        forms.add(longForm);
        touched.add(k);
    }

    /** Whether a full name's key starts with a Vietnamese family name (such names are never joined across articles). */
    static boolean vietnameseName(String fullNameKey) {
        int space = fullNameKey.indexOf(' ');
        return space > 0 && FAMILY_NAMES.contains(fullNameKey.substring(0, space));
    }

    private static String key(EntityType type, String shortKey) {
        return type.name() + '|' + shortKey;
    }

    public Snapshot snapshot() {
        return new Snapshot(longForms);
    }

    public void restore(Snapshot snapshot) {
        longForms.clear();
        snapshot.longForms().forEach((k, v) -> longForms.put(k, new ArrayList<>(v)));
    }

    private static Set<String> familyNames() {
        Set<String> out = new HashSet<>();
        for (String s : PhraseTable.lines(EntityResolver.class, "surnames.txt")) {
            out.add(VietnameseNormalizer.key(s));
        }
        return Set.copyOf(out);
    }
}
