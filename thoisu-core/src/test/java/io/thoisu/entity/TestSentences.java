package io.thoisu.entity;

import io.thoisu.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Test-only sentence splitting (the real splitter lives in io.thoisu.text): after ". ", "? ", "! " and at line breaks. */
public final class TestSentences {
    private TestSentences() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean breakHere = c == '\n'
                    || ((c == '.' || c == '?' || c == '!') && i + 1 < n && text.charAt(i + 1) == ' '
                        && i + 2 < n && (Character.isUpperCase(text.charAt(i + 2)) || text.charAt(i + 2) == '“'
                        || text.charAt(i + 2) == '"'));
            if (breakHere) {
                int end = c == '\n' ? i : i + 1;
                add(text, start, end, out);
                start = i + 1;
            }
        }
        add(text, start, n, out);
        return out;
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(text.substring(start, end), start, end));
        }
    }
}
