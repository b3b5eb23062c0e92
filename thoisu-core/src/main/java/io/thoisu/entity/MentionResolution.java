package io.thoisu.entity;

import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.text.VietnameseNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each mention its type and canonical name from the whole article: a weakly typed name that ends a
 * person's full name is that person ("Tokayev", "Anaya Quiroga"); an organisation's name without its head is
 * that organisation ("Sông Đà Bắc Lạc" after "Câu lạc bộ Sông Đà Bắc Lạc"); a name the article typed by a head
 * or a title somewhere keeps that type everywhere; an alias in parentheses takes its owner's name; a lone
 * capitalised syllable that nothing in the article supports is dropped (a name is rarely one syllable and no
 * cue); the first spelling seen of a name is its display form.
 */
final class MentionResolution {
    private final Lexicon lexicon;

    MentionResolution(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "Phía Sông Lam Nghệ An …": a club's short name that the run splitting cut at the province inside it ("Sông
     * Lam" + "Nghệ An"); two adjacent mentions, one space apart, whose joined key is an organisation's short name
     * are that organisation.
     */
    private static List<RawMention> joinShortNames(List<RawMention> raws, Map<String, String> orgTails) {
        List<RawMention> joined = null;
        for (int k = 0; k < raws.size(); k++) {
            RawMention r = raws.get(k);
            RawMention next = k + 1 < raws.size() ? raws.get(k + 1) : null;
            if (next != null && next.start == r.end + 1 && r.type != EntityType.PER && next.type != EntityType.PER
                    && r.aliasOf == null && next.aliasOf == null
                    && orgTails.containsKey(VietnameseNormalizer.key(r.text + " " + next.text))) {
                if (joined == null) {
                    joined = new ArrayList<>(raws.subList(0, k));
                }
                joined.add(new RawMention(r.text + " " + next.text, r.start, next.end, EntityType.ORG, false,
                        r.words + next.words));
                k++;
                continue;
            }
            if (joined != null) {
                joined.add(r);
            }
        }
        return joined == null ? raws : joined;
    }

    /** The mentions of one article, typed and named; {@code raws} in text order. */
    List<EntityMention> resolve(List<RawMention> raws) {
        Map<String, EntityType> strongType = new HashMap<>();
        Map<String, String> display = new HashMap<>();
        Map<String, String> aliasTarget = new HashMap<>();
        Set<String> bodies = new HashSet<>();
        Map<String, List<String>> suffixOwners = new HashMap<>();
        Map<String, List<String>> prefixOwners = new HashMap<>();
        Map<String, String> orgTails = new HashMap<>();
        for (RawMention r : raws) {
            String key = VietnameseNormalizer.key(r.text);
            if (r.strong) {
                strongType.putIfAbsent(key, r.type);
            }
            display.putIfAbsent(key, VietnameseNormalizer.nfc(r.text));
            if (r.aliasOf != null) {
                aliasTarget.putIfAbsent(key, VietnameseNormalizer.key(r.aliasOf.text));
            }
            if (r.bodyAlias) {
                bodies.add(key);
                if (r.aliasOf.type == EntityType.PER) {
                    bodies.add(VietnameseNormalizer.key(r.aliasOf.text)); // "Halvorsen Partners (HP)": a firm
                }
            }
            if (r.tradeKey != null) {
                orgTails.putIfAbsent(r.tradeKey, key);
            }
            if (r.tailKey != null) {
                orgTails.putIfAbsent(r.tailKey, key);
            }
            for (String shortKey : r.shortKeys) {
                orgTails.putIfAbsent(shortKey, key);
            }
            if (r.type == EntityType.PER && r.words >= 2) {
                int space = key.indexOf(' ');
                while (space > 0) {
                    String suffix = key.substring(space + 1);
                    List<String> owners = suffixOwners.computeIfAbsent(suffix, k -> new ArrayList<>());
                    if (!owners.contains(key)) {
                        owners.add(key);
                    }
                    space = key.indexOf(' ', space + 1);
                }
                // "ông Y Krông" after "Y Krông Niê", "ông Park" after "Park Sung-min": names whose given part
                // comes first are shortened from the end
                int last = key.lastIndexOf(' ');
                while (last > 0) {
                    String prefix = key.substring(0, last);
                    List<String> owners = prefixOwners.computeIfAbsent(prefix, k -> new ArrayList<>());
                    if (!owners.contains(key)) {
                        owners.add(key);
                    }
                    last = prefix.lastIndexOf(' ');
                }
            }
        }
        raws = joinShortNames(raws, orgTails);
        List<EntityMention> out = new ArrayList<>(raws.size());
        for (RawMention r : raws) {
            String key = VietnameseNormalizer.key(r.text);
            EntityType type = r.type;
            String canonicalKey = key;
            boolean supported = !r.doubtful && (r.strong || r.words > 1 || r.type != EntityType.LOC);
            if (aliasTarget.containsKey(key)) {
                canonicalKey = aliasTarget.get(key);
                type = strongType.getOrDefault(canonicalKey, type);
                supported = true;
            } else if (orgTails.containsKey(key)
                    && (!r.strong || (r.type == EntityType.PER && !suffixOwners.containsKey(key)))) {
                // "Hoàng Gia Phát" after "Công ty CP Địa ốc Hoàng Gia Phát": the company's short name, though it
                // has a person's shape
                canonicalKey = orgTails.get(key);
                type = EntityType.ORG;
                supported = true;
            } else if (suffixOwners.containsKey(key)
                    && (type == EntityType.PER || !r.strong || strongType.get(key) == EntityType.PER)) {
                List<String> owners = suffixOwners.get(key);
                if (owners.size() == 1) {
                    canonicalKey = owners.get(0);
                }
                type = EntityType.PER;
                supported = true;
            } else if (r.type == EntityType.PER && r.strong && prefixOwners.containsKey(key)
                    && prefixOwners.get(key).size() == 1) {
                canonicalKey = prefixOwners.get(key).get(0);
            } else if (r.words == 1 && !r.strong && r.type == EntityType.LOC && prefixOwners.containsKey(key)
                    && prefixOwners.get(key).size() == 1 && !strongType.containsKey(key)
                    && (r.speakerSlot || lexicon.surnames.contains(key))) {
                // "…”, Gustavo chia sẻ" after "Gustavo Henrique Lima": a foreign person called by the given name
                // that opens the full name; "được Trương trả" after "Trương Vĩ Cường", "Choi nói" after "Choi
                // Seung-woo": a Chinese or Korean one by the family name (a Vietnamese is called by the given name)
                canonicalKey = prefixOwners.get(key).get(0);
                type = EntityType.PER;
                supported = true;
            } else if (!r.strong && strongType.containsKey(key)) {
                type = strongType.get(key);
                supported = true;
            }
            if (bodies.contains(key) || bodies.contains(canonicalKey) && type == EntityType.PER) {
                type = EntityType.ORG;
                supported = true;
            }
            if (!supported) {
                continue;
            }
            String canonical = display.getOrDefault(canonicalKey, VietnameseNormalizer.nfc(r.text));
            out.add(new EntityMention(r.text, type, canonical, r.start, r.end));
        }
        return out;
    }
}
