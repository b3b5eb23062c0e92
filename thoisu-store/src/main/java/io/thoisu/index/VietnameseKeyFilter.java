package io.thoisu.index;

import io.thoisu.text.VietnameseNormalizer;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each syllable by its comparison key: {@link VietnameseNormalizer#key} (canonical tone marks, lower case),
 * so "hoà" and "hòa" index as one term, or {@link VietnameseNormalizer#fold} (no diacritics), so "bao loan" finds
 * "bạo loạn". Offsets are left alone: they still point at the source's spelling, which the highlighter needs.
 */
public final class VietnameseKeyFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean folded;

    public VietnameseKeyFilter(TokenStream input, boolean folded) {
        super(input);
        this.folded = folded;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String surface = term.toString();
        String key = folded ? VietnameseNormalizer.fold(surface) : VietnameseNormalizer.key(surface);
        if (!key.equals(surface)) {
            term.setEmpty().append(key);
        }
        return true;
    }
}
