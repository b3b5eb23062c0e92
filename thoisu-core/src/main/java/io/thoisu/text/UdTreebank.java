package io.thoisu.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word-segmentation gold of a Universal Dependencies CoNLL-U file: each sentence's raw text (the
 * {@code # text =} line, with or without a space after "=") and its words (the FORM column; a Vietnamese word's
 * FORM holds the spaces between its syllables). Used by the trainer and the evaluation, never by a stage.
 */
final class UdTreebank {
    record GoldSentence(String text, List<String> words, List<String> tags) {
    }

    private UdTreebank() {
    }

    static List<GoldSentence> read(Path conllu) {
        List<String> lines;
        try {
            lines = Files.readAllLines(conllu, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + conllu, e);
        }
        List<GoldSentence> out = new ArrayList<>();
        String text = null;
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (text != null && !words.isEmpty()) {
                    out.add(new GoldSentence(text, List.copyOf(words), List.copyOf(tags)));
                }
                text = null;
                words.clear();
                tags.clear();
            } else if (line.startsWith("# text =")) {
                text = line.substring("# text =".length()).strip();
            } else if (!line.startsWith("#")) {
                String[] cols = line.split("\t", -1);
                if (cols.length >= 2 && cols[0].indexOf('-') < 0 && cols[0].indexOf('.') < 0) {
                    words.add(cols[1]);
                    tags.add(cols.length >= 4 ? cols[3] : "_");
                }
            }
        }
        if (text != null && !words.isEmpty()) {
            out.add(new GoldSentence(text, List.copyOf(words), List.copyOf(tags)));
        }
        return out;
    }

    /**
     * Word boundaries as offsets counted in non-space characters, so gold and predicted words compare even where
     * the two tokenise punctuation differently: each entry is {@code start << 32 | end}.
     */
    static long[] spansOfWords(List<String> words) {
        long[] spans = new long[words.size()];
        int pos = 0;
        for (int w = 0; w < words.size(); w++) {
            int len = nonSpaceLength(words.get(w), 0, words.get(w).length());
            spans[w] = ((long) pos << 32) | (pos + len);
            pos += len;
        }
        return spans;
    }

    static int nonSpaceLength(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!SyllableLexer.isSpace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
