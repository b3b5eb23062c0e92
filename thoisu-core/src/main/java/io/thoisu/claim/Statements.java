package io.thoisu.claim;

import io.thoisu.entity.Word;
import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Quantity;
import io.thoisu.model.Quote;
import io.thoisu.model.Sentence;
import io.thoisu.text.VietnameseNormalizer;
import java.util.List;
import java.util.Optional;

/**
 * A statement whose verb of saying comes late in its sentence: "BMKG đã ghi nhận 37 dư chấn, mạnh nhất 5,1 độ, và
 * khuyến cáo người dân …". The figures the subject's own predicate gives before that verb are the subject's, as
 * are those of what it says after it. Figures in an apposition about the speaker ("Anh A, kỹ sư … cách Palu 90
 * km, kể …", "Bà B (62 tuổi) cho biết …") are the outlet's: there a comma or a parenthesis follows the name.
 */
final class Statements {
    private Statements() {
    }

    static Optional<String> subjectSpeaking(List<Word> words, Quantity q, Sentence s, List<EntityMention> entities,
                                            List<Quote> quotes) {
        Quote later = null;
        for (Quote quote : quotes) {
            if (!quote.direct() && quote.speaker().isPresent() && quote.start() >= q.end() && quote.start() < s.end()) {
                later = quote;
                break;
            }
        }
        if (later == null) {
            return Optional.empty();
        }
        EntityMention subject = null;
        for (EntityMention m : entities) {
            if ((m.type() == EntityType.ORG || m.type() == EntityType.PER) && opens(words, m)) {
                subject = m;
                break;
            }
        }
        if (subject == null || subject.end() > q.start()
                || !VietnameseNormalizer.key(subject.canonical()).equals(VietnameseNormalizer.key(later.speaker().get()))) {
            return Optional.empty();
        }
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).start() >= subject.end()) {
                Word next = words.get(k);
                return next.letter() && !next.capitalised() ? later.speaker() : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the mention opens the sentence, after at most a form of address ("Ông", "Bà"). */
    private static boolean opens(List<Word> words, EntityMention m) {
        if (words.isEmpty()) {
            return false;
        }
        if (words.get(0).start() == m.start()) {
            return true;
        }
        return words.size() > 1 && words.get(1).start() == m.start()
                && ADDRESS.contains(words.get(0).key());
    }

    private static final java.util.Set<String> ADDRESS = java.util.Set.of("ông", "bà", "anh", "chị", "cô");
}
