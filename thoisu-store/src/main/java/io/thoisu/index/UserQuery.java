package io.thoisu.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query in the user's own words, turned into Lucene queries without a query syntax, so no input (quotes, colons,
 * brackets, a lone "AND") can be a syntax error. Rules: every syllable must occur, in the text or the title, with or
 * without diacritics; an exact-diacritic match and a title match score higher; adjacent syllables that also occur
 * as a bigram score higher; a stretch in double quotes («"bạo loạn"», “…”) must occur as a phrase. A blank query
 * matches everything, so filters alone can browse.
 *
 * @param query          the query for searching
 * @param highlightTerms folded syllables, for the highlighter (which re-analyses the text in folded form)
 */
public record UserQuery(Query query, Set<String> highlightTerms) {
    static final String TEXT = "text";
    static final String TEXT_FOLDED = "text_folded";
    static final String TITLE = "title";
    static final String TITLE_FOLDED = "title_folded";

    private static final float EXACT_BOOST = 2f;
    private static final float TITLE_BOOST = 1.5f;
    private static final float BIGRAM_BOOST = 2f;

    private record Analysed(List<String> syllables, List<String> bigrams) {
    }

    public static UserQuery parse(String text, Analyzer exact, Analyzer folded) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Set<String> highlight = new LinkedHashSet<>();
        boolean any = false;
        boolean quoted = false;
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '"';
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB') {
                any |= addSegment(all, segment.toString(), quoted, exact, folded, highlight);
                segment.setLength(0);
                quoted = !quoted;
            } else {
                segment.append(c);
            }
        }
        return new UserQuery(any ? all.build() : new MatchAllDocsQuery(), Set.copyOf(highlight));
    }

    private static boolean addSegment(BooleanQuery.Builder all, String segment, boolean phrase, Analyzer exact,
                                      Analyzer folded, Set<String> highlight) {
        if (segment.isBlank()) {
            return false;
        }
        Analysed e = analyse(exact, segment);
        Analysed f = analyse(folded, segment);
        if (e.syllables().isEmpty() || e.syllables().size() != f.syllables().size()) {
            // Both analyzers share the tokenizer, so sizes agree; an empty segment is only punctuation.
            return false;
        }
        highlight.addAll(f.syllables());
        if (phrase && e.syllables().size() > 1) {
            all.add(either(phrase(TEXT, e.syllables()), phrase(TEXT_FOLDED, f.syllables()),
                    phrase(TITLE, e.syllables()), phrase(TITLE_FOLDED, f.syllables())), Occur.MUST);
            return true;
        }
        for (int i = 0; i < e.syllables().size(); i++) {
            all.add(either(term(TEXT, e.syllables().get(i)), term(TEXT_FOLDED, f.syllables().get(i)),
                    term(TITLE, e.syllables().get(i)), term(TITLE_FOLDED, f.syllables().get(i))), Occur.MUST);
        }
        for (int i = 0; i < e.bigrams().size() && i < f.bigrams().size(); i++) {
            all.add(new BoostQuery(either(term(TEXT, e.bigrams().get(i)), term(TEXT_FOLDED, f.bigrams().get(i)),
                    term(TITLE, e.bigrams().get(i)), term(TITLE_FOLDED, f.bigrams().get(i))), BIGRAM_BOOST),
                    Occur.SHOULD);
        }
        return true;
    }

    /** Exact text, folded text, exact title, folded title: any one matches, the exact and title ones score more. */
    private static Query either(Query text, Query textFolded, Query title, Query titleFolded) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(text, EXACT_BOOST), Occur.SHOULD)
                .add(textFolded, Occur.SHOULD)
                .add(new BoostQuery(title, EXACT_BOOST * TITLE_BOOST), Occur.SHOULD)
                .add(new BoostQuery(titleFolded, TITLE_BOOST), Occur.SHOULD)
                .build();
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static Query phrase(String field, List<String> syllables) {
        return new PhraseQuery(field, syllables.toArray(String[]::new));
    }

    private static Analysed analyse(Analyzer analyzer, String text) {
        List<String> syllables = new ArrayList<>();
        List<String> bigrams = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                (ShingleFilter.DEFAULT_TOKEN_TYPE.equals(type.type()) ? bigrams : syllables).add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query string cannot fail", e);
        }
        return new Analysed(syllables, bigrams);
    }
}
