package io.thoisu.entity;

import io.thoisu.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * One article's sentences scanned into words once, so entities, quotes and claims share the scan instead of each
 * tokenising and key-folding the text again. Immutable; built per article.
 */
public record ArticleWords(List<Sentence> sentenceSpans, List<List<Word>> sentences) {
    public ArticleWords {
        sentenceSpans = List.copyOf(sentenceSpans);
        sentences = List.copyOf(sentences);
    }

    public static ArticleWords scan(String text, List<Sentence> sentences) {
        List<List<Word>> words = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            words.add(Word.scan(text, s.start(), s.end()));
        }
        return new ArticleWords(sentences, words);
    }

    /** The words of the sentence at index {@code i}. */
    public List<Word> words(int i) {
        return sentences.get(i);
    }

    /** The words of {@code [from, to)} within the sentence at index {@code i}, as a view of the shared scan. */
    public List<Word> words(int i, int from, int to) {
        List<Word> all = sentences.get(i);
        int a = 0;
        while (a < all.size() && all.get(a).start() < from) {
            a++;
        }
        int b = a;
        while (b < all.size() && all.get(b).end() <= to) {
            b++;
        }
        return all.subList(a, b);
    }
}
