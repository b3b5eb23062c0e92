package io.thoisu.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * Vietnamese text for the index. Vietnamese writes one syllable per space-separated unit and a word is one to
 * four syllables, so the index keeps syllables (ICU word breaks) and, optionally, syllable bigrams: a query for
 * "bạo loạn" then ranks the two-syllable word above an article that has "bạo" and "loạn" far apart, without a word
 * segmenter at index time. Two forms: {@link Form#EXACT} keys keep the diacritics (canonical tone marks, lower
 * case); {@link Form#FOLDED} keys drop them ("Đà Nẵng" → "da nang").
 *
 * <p>Bigram tokens have the type {@link ShingleFilter#DEFAULT_TOKEN_TYPE} and sit at the position of their first
 * syllable, so phrase queries over syllables are unaffected.
 */
public final class VietnameseAnalyzer extends Analyzer {
    public enum Form { EXACT, FOLDED }

    private final Form form;
    private final boolean bigrams;

    public VietnameseAnalyzer(Form form, boolean bigrams) {
        this.form = form;
        this.bigrams = bigrams;
    }

    public static VietnameseAnalyzer exact() {
        return new VietnameseAnalyzer(Form.EXACT, true);
    }

    public static VietnameseAnalyzer folded() {
        return new VietnameseAnalyzer(Form.FOLDED, true);
    }

    public Form form() {
        return form;
    }

    public boolean bigrams() {
        return bigrams;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        ICUTokenizer source = new ICUTokenizer();
        TokenStream stream = new VietnameseKeyFilter(source, form == Form.FOLDED);
        if (bigrams) {
            ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
            shingles.setOutputUnigrams(true);
            stream = shingles;
        }
        return new TokenStreamComponents(source, stream);
    }
}
