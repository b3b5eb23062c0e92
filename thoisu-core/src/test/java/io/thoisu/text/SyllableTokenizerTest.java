package io.thoisu.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.SpanStageContract;
import io.thoisu.model.Token;
import io.thoisu.model.TokenType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyllableTokenizerTest extends SpanStageContract<Token> {
    private final SyllableTokenizer tokenizer = new SyllableTokenizer();

    @Override
    protected List<Token> process(String text) {
        return tokenizer.tokenize(text);
    }

    @Override
    protected List<String> samples() {
        return List.of("Tổng thống Kazakhstan Kassym-Jomart Tokayev ngày 10/1 tuyên bố.",
                "khoảng 5.800 đối tượng, tăng 7,5%", "“Nhờ sự có mặt của các bạn (CSTO)”, ông nói.");
    }

    @Test
    void keepsNamesAndNumbersWhole() {
        List<String> texts = process("Kassym-Jomart Tokayev nói 5.800 người, 7,5%.").stream().map(Token::text).toList();
        assertThat(texts).containsExactly("Kassym-Jomart", "Tokayev", "nói", "5.800", "người", ",", "7,5", "%", ".");
    }

    @Test
    void typesTokens() {
        List<Token> tokens = process("Ngày 13-1");
        assertThat(tokens).extracting(Token::type)
                .containsExactly(TokenType.SYLLABLE, TokenType.NUMBER, TokenType.PUNCTUATION, TokenType.NUMBER);
    }
}
