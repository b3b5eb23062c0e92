package io.thoisu.entity;

import io.thoisu.model.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * The word lists the name rules use, loaded once. Country and region names come from the JDK's CLDR data in
 * Vietnamese; {@code known-names.txt} adds the few the locale data lacks (Liên Xô, Trung Đông, Mỹ) and names whose
 * form gives no cue to their type (news agencies); {@code vietnam-places.txt} is a gazetteer of Vietnam's provinces
 * and main cities.
 */
public final class Lexicon {
    final PhraseTable titles = new PhraseTable();
    final PhraseTable portfolios = new PhraseTable();
    final PhraseTable orgHeads = new PhraseTable();
    final PhraseTable placeHeads = new PhraseTable();
    final PhraseTable starters = new PhraseTable();
    final PhraseTable known = new PhraseTable(true);
    final PhraseTable predicates = new PhraseTable();
    final PhraseTable miscHeads = new PhraseTable(true);
    /** Lowercase words before an organisation's name that are not part of it ("hãng tin", "đội"). */
    final PhraseTable orgCues = new PhraseTable();
    /** Lowercase words before a storm's, a film's or a prize's name that are not part of it ("bão", "phim"). */
    final PhraseTable miscCues = new PhraseTable();
    final java.util.Set<String> surnames = new java.util.HashSet<>();
    final java.util.Set<String> notNames = new java.util.HashSet<>();
    final java.util.Map<String, EntityType> nameTails = new java.util.HashMap<>();

    public Lexicon() {
        titles.addAll(PhraseTable.lines(Lexicon.class, "titles.txt"), "");
        portfolios.addAll(PhraseTable.lines(Lexicon.class, "portfolios.txt"), "");
        orgHeads.addAll(PhraseTable.lines(Lexicon.class, "org-heads.txt"), "");
        placeHeads.addAll(PhraseTable.lines(Lexicon.class, "place-heads.txt"), "");
        starters.addAll(PhraseTable.lines(Lexicon.class, "sentence-starters.txt"), "");
        predicates.addAll(PhraseTable.lines(Lexicon.class, "predicates.txt"), "");
        miscHeads.addAll(PhraseTable.lines(Lexicon.class, "misc-heads.txt"), "");
        orgCues.addAll(PhraseTable.lines(Lexicon.class, "org-cues.txt"), "");
        miscCues.addAll(PhraseTable.lines(Lexicon.class, "misc-cues.txt"), "");
        for (String s : PhraseTable.lines(Lexicon.class, "surnames.txt")) {
            surnames.add(io.thoisu.text.VietnameseNormalizer.key(s));
        }
        for (String s : PhraseTable.lines(Lexicon.class, "not-names.txt")) {
            notNames.add(io.thoisu.text.VietnameseNormalizer.key(s));
        }
        for (String line : PhraseTable.lines(Lexicon.class, "name-tails.txt")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                nameTails.put(io.thoisu.text.VietnameseNormalizer.key(line.substring(tab + 1).strip()),
                        EntityType.valueOf(line.substring(0, tab).strip()));
            }
        }
        Locale vi = Locale.forLanguageTag("vi");
        for (String code : Locale.getISOCountries()) {
            String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(vi);
            if (!name.isBlank() && !name.equals(code)) {
                known.add(name, EntityType.LOC.name());
                // "Myanmar (Miến Điện)": the news writes one of the two names, never both
                int paren = name.indexOf(" (");
                if (paren > 0 && name.endsWith(")")) {
                    known.add(name.substring(0, paren), EntityType.LOC.name());
                    known.add(name.substring(paren + 2, name.length() - 1), EntityType.LOC.name());
                }
            }
        }
        for (String code : Locale.getISOCountries()) {
            // "Saudi Arabia", "Sri Lanka", "New Zealand": the news also writes a country by its English name; only
            // names of two words or more, since one English word is often a given name ("Jordan", "Chad")
            String english = new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
            if (english.matches("\\p{Lu}\\p{L}+( \\p{Lu}\\p{L}+)+")) {
                known.add(english, EntityType.LOC.name());
            }
        }
        known.addAll(PhraseTable.lines(Lexicon.class, "vietnam-places.txt"), EntityType.LOC.name());
        for (String line : PhraseTable.lines(Lexicon.class, "known-names.txt")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                known.add(line.substring(tab + 1).strip(), line.substring(0, tab).strip());
            }
        }
    }

    /** Length of a title phrase at {@code i}, with a minister's portfolio when one follows; 0 when none. */
    public int titleAt(List<Word> words, int i) {
        var t = titles.match(words, i);
        if (t.isEmpty()) {
            return 0;
        }
        int n = t.get().length();
        var p = portfolios.match(words, i + n);
        return p.map(m -> n + m.length()).orElse(n);
    }

    /** Whether the title at {@code i} is a lowercase form of address ("ông", "bà") rather than an office. */
    public boolean isAddress(List<Word> words, int i, int length) {
        return length == 1 && words.get(i).key().length() <= 3 && !words.get(i).acronym();
    }

    public int knownAt(List<Word> words, int i) {
        return known.match(words, i).map(PhraseTable.Match::length).orElse(0);
    }

    public EntityType knownType(List<Word> words, int i) {
        return known.match(words, i).map(m -> EntityType.valueOf(m.value())).orElse(EntityType.MISC);
    }
}
