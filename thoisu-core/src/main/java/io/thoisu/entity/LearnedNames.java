package io.thoisu.entity;

import static io.thoisu.entity.CapitalRun.nextCapital;

import io.thoisu.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Công ty CP Nông sản An Vĩnh" … "Nông sản An Vĩnh khẳng định", "Công ty Bảo hiểm nhân thọ Sao Việt" … "Đại
 * diện Bảo hiểm nhân thọ Sao Việt": a body's name without its head, once the article has written it with the
 * head, is that body wherever it stands, though its lowercase syllables cut it into pieces the rules read
 * apart. Each occurrence of such a learned name (two words or more) replaces the mentions found inside it;
 * mentions that reach outside it are kept.
 */
final class LearnedNames {
    private final Lexicon lexicon;

    LearnedNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The mentions with every occurrence of a learned name made one organisation, in text order. */
    List<RawMention> apply(String text, ArticleWords article, List<RawMention> raws) {
        Map<String, List<String[]>> learned = new HashMap<>();
        for (RawMention r : raws) {
            if (r.type != EntityType.ORG || !r.strong) {
                continue;
            }
            for (String key : r.tailKey == null ? List.<String>of() : List.of(r.tailKey)) {
                String[] keys = key.split(" ");
                if (keys.length >= 2) {
                    learned.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(keys);
                }
            }
        }
        if (learned.isEmpty()) {
            return raws;
        }
        List<RawMention> out = new ArrayList<>(raws);
        boolean changed = false;
        for (List<Word> words : article.sentences()) {
            for (int i = 0; i < words.size(); i++) {
                List<String[]> candidates = learned.get(words.get(i).key());
                if (candidates == null || !words.get(i).capitalised() || inTitle(words, i)) {
                    continue;
                }
                for (String[] keys : candidates) {
                    if (!matches(words, i, keys)) {
                        continue;
                    }
                    int start = words.get(i).start();
                    int end = words.get(i + keys.length - 1).end();
                    if (replaceInside(text, out, start, end, keys.length)) {
                        changed = true;
                        i += keys.length - 1;
                        break;
                    }
                }
            }
        }
        if (changed) {
            out.sort(Comparator.comparingInt(r -> r.start));
        }
        return out;
    }

    private static boolean matches(List<Word> words, int i, String[] keys) {
        if (i + keys.length > words.size()) {
            return false;
        }
        for (int k = 0; k < keys.length; k++) {
            if (!words.get(i + k).key().equals(keys[k])) {
                return false;
            }
        }
        // not the start of a longer capitalised name
        return !nextCapital(words, i + keys.length) && !(i > 0 && words.get(i - 1).capitalised());
    }

    /** Whether a title's portfolio covers word {@code i} ("Thứ trưởng Quốc phòng"). */
    private boolean inTitle(List<Word> words, int i) {
        for (int from = Math.max(0, i - 4); from < i; from++) {
            if (lexicon.titleAt(words, from) > i - from) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces the mentions inside {@code [start, end)} by one organisation; false when one reaches outside or a head,
     * title or list typed one otherwise ("Nga" in "Quốc phòng Nga").
     */
    private static boolean replaceInside(String text, List<RawMention> raws, int start, int end, int wordCount) {
        List<RawMention> inside = new ArrayList<>();
        for (RawMention r : raws) {
            if (r.end <= start || r.start >= end) {
                continue;
            }
            if (r.start < start || r.end > end || r.start == start && r.end == end
                    || r.strong && r.type != EntityType.ORG) {
                return false;
            }
            inside.add(r);
        }
        raws.removeAll(inside);
        raws.add(new RawMention(text.substring(start, end), start, end, EntityType.ORG, false, wordCount));
        return true;
    }
}
