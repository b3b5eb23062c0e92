package io.thoisu.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CaseFoldedTextTest {
    private static final String WORD = "[\\p{L}\\p{M}\\p{N}_]";
    private static final String PATTERN = "(?<!" + WORD + ")(?:sáng|thứ[ \\u00A0]+hai|đầu|tháng|năm|usd|km)"
            + "[ \\u00A0]*\\d{1,2}(?:[/.-]\\d{1,4})?(?!" + WORD + ")";

    private static List<int[]> matches(Pattern p, CharSequence text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** Property: a lower-case pattern on the view finds what the case-insensitive one finds on the source. */
    @Test
    void lowerCasePatternOnTheViewMatchesLikeCaseInsensitiveOnTheSource() {
        Pattern insensitive = Pattern.compile(PATTERN, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Pattern lower = Pattern.compile(PATTERN);
        String[] pieces = {"sáng", "SÁNG", "Sáng", "ſáng", "thứ", "THỨ", "hai", "HAI", "Đầu", "ĐẦU", "tháng",
                "THÁNG", "năm", "NĂM", "USD", "Usd", "KM", "\u212Am", "İ", "ı", "𝐀", "ß", " ", "\u00A0", "/", "-",
                ".", "1", "12", "2022", "x", "_"};
        Random random = new Random(7);
        int found = 0;
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    sb.append(random.nextBoolean() ? " " : "\u00A0").append(1 + random.nextInt(31));
                }
            }
            String text = sb.toString();
            CaseFoldedText view = new CaseFoldedText(text);
            assertThat(view.length()).isEqualTo(text.length());
            List<int[]> expected = matches(insensitive, text);
            assertThat(matches(lower, view)).as("in %s", text).containsExactlyElementsOf(expected);
            found += expected.size();
        }
        assertThat(found).as("the samples exercise the pattern").isGreaterThan(300);
    }

    /** The boundary as java.util.regex sees it: one char behind, so a surrogate pair's low half is no letter. */
    @Test
    void wordCharBeforeReadsOneCharLikeTheRegexLookBehind() {
        Pattern boundary = Pattern.compile("(?<!" + WORD + ")x");
        for (String text : List.of("ax", " x", "𝐀x", "1x", "_x", "\u0301x", "x")) {
            int at = text.length() - 1;
            boolean regexRefuses = !boundary.matcher(text).region(at, text.length()).useTransparentBounds(true)
                    .lookingAt();
            assertThat(CaseFoldedText.wordCharBefore(text, at)).as(text).isEqualTo(regexRefuses);
        }
    }

    @Test
    void foldingKeepsWordCharactersAndIsIdempotent() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char f = CaseFoldedText.fold((char) c);
            assertThat(CaseFoldedText.isWordChar(f)).as("%04x", c).isEqualTo(CaseFoldedText.isWordChar(c));
            assertThat(CaseFoldedText.fold(f)).as("%04x", c).isEqualTo(f);
        }
    }
}
