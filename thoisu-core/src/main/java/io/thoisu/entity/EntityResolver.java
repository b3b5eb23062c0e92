package io.thoisu.entity;

import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.text.VietnameseNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus stage: resolves aliases across articles. An article may write only "Tokayev" or only "CSTO" while another
 * gives the full name; fed one article's mentions at a time, the resolver remembers every full name (a person's
 * multi-word name, an organisation's long form defined for an acronym) and maps a short form to the long form
 * seen elsewhere. A surname shared by several full names stays unresolved. Not thread-safe: one instance per
 * stream, its state saved and restored through {@link Snapshot}.
 */
public final class EntityResolver {
    /** The resolver's state: short-form key → long forms (display) seen for it, in first-seen order. */
    public record Snapshot(Map<String, List<String>> longForms) {
        public Snapshot {
            Map<String, List<String>> copy = new HashMap<>();
            longForms.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            longForms = Map.copyOf(copy);
        }
    }

    private final Map<String, List<String>> longForms = new HashMap<>();

    public EntityResolver() {
    }

    public EntityResolver(Snapshot snapshot) {
        restore(snapshot);
    }

    /** Learns from one article's mentions and returns them with canonical names resolved across the corpus. */
    public List<EntityMention> accept(List<EntityMention> mentions) {
        for (EntityMention m : mentions) {
            learn(m);
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            out.add(new EntityMention(m.text(), m.type(), resolve(m), m.start(), m.end()));
        }
        return out;
    }

    /** The canonical name of a mention given everything seen so far. */
    public String resolve(EntityMention m) {
        String canonicalKey = VietnameseNormalizer.key(m.canonical());
        if (canonicalKey.indexOf(' ') >= 0) {
            return m.canonical();
        }
        List<String> forms = longForms.get(canonicalKey);
        return forms != null && forms.size() == 1 ? forms.get(0) : m.canonical();
    }

    private void learn(EntityMention m) {
        String canonical = m.canonical();
        String key = VietnameseNormalizer.key(canonical);
        if (m.type() == EntityType.PER && key.indexOf(' ') > 0) {
            String surname = key.substring(key.lastIndexOf(' ') + 1);
            remember(surname, canonical);
        }
        String textKey = VietnameseNormalizer.key(m.text());
        if (!textKey.equals(key) && textKey.indexOf(' ') < 0) {
            remember(textKey, canonical); // an acronym or a surname this article already resolved
        }
    }

    private void remember(String shortKey, String longForm) {
        List<String> forms = longForms.computeIfAbsent(shortKey, k -> new ArrayList<>());
        String longKey = VietnameseNormalizer.key(longForm);
        for (String f : forms) {
            if (VietnameseNormalizer.key(f).equals(longKey)) {
                return;
            }
        }
        forms.add(longForm);
    }

    public Snapshot snapshot() {
        return new Snapshot(longForms);
    }

    public void restore(Snapshot snapshot) {
        longForms.clear();
        snapshot.longForms().forEach((k, v) -> longForms.put(k, new ArrayList<>(v)));
    }
}
