package io.thoisu.timeline;

import io.thoisu.model.Claim;
import io.thoisu.model.Quantity;
import io.thoisu.quantity.QuantityRecognizer;
import io.thoisu.text.VietnameseNormalizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a claim into a {@link Figure}. The predicate is looked for first after the number, up to the end of its
 * clause ("2 người chết", "1.200 hộ dân với 4.000 nhân khẩu … đã phải sơ tán"), then before it, back to the
 * previous number ("thiệt hại ước tính khoảng 20 tỷ đồng", "số người bị bắt giữ lên tới 5.000"); the nearest
 * phrase wins. Immutable and thread-safe.
 */
final class FigureReader {
    /** Where a clause ends: what follows belongs to another statement. Not the marks inside "4.000", "7,8". */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:!?()\"“”]|[.,](?!\\d)|\\s[-–]\\s");
    /** Function words that end a counted noun phrase ("công nhân | đang làm ca đêm"). */
    private static final Set<String> PHRASE_END = Set.of("đang", "đã", "được", "bị", "phải", "và", "với", "tại",
            "của", "ở", "có", "cho", "là", "trong", "từ", "đến", "tới", "khi", "để", "sẽ", "vẫn", "cũng", "đều",
            "này", "đó", "vào", "ra", "về", "trên", "dưới", "hơn", "khoảng", "gần");
    /** Below this a figure in "đồng" is no sum of money: "3 đồng phạm" is three accomplices. */
    private static final double LEAST_MONEY = 1000;

    private final FigureLexicon lexicon;
    private final QuantityRecognizer quantities;

    FigureReader(FigureLexicon lexicon, QuantityRecognizer quantities) {
        this.lexicon = lexicon;
        this.quantities = quantities;
    }

    Figure read(Claim claim) {
        String sentence = claim.sentence();
        List<Quantity> found = quantities.recognize(sentence);
        int at = locate(claim, found);
        String after;
        String before;
        String qualifier = "";
        if (at >= 0) {
            Quantity q = found.get(at);
            int end = q.end();
            var m = CLAUSE_END.matcher(sentence);
            int clauseEnd = m.find(end) ? m.start() : sentence.length();
            after = sentence.substring(end, Math.max(end, clauseEnd));
            int from = at > 0 ? Math.min(found.get(at - 1).end(), q.start()) : 0;
            before = sentence.substring(from, q.start());
            qualifier = VietnameseNormalizer.key(q.text());
        } else {
            after = claim.about();
            before = "";
        }
        List<String> aboutKeys = Syllables.keys(claim.about());
        String unitKey = unitKey(claim, aboutKeys);
        QuantityKind kind = kind(claim, unitKey);
        if (kind == QuantityKind.COUNT && lexicon.kind(unitKey).orElse(null) == QuantityKind.MONEY) {
            // "3 đồng phạm": the recogniser took "đồng" for money; what is counted is the about's noun
            unitKey = String.join(" ", aboutKeys.subList(0, Math.min(2, aboutKeys.size())));
        }
        List<String> afterKeys = Syllables.keys(after);
        List<FigureLexicon.Found> afterFound = lexicon.predicates(afterKeys);
        Optional<String> predicate = Optional.empty();
        String predicateText = "";
        boolean predicateBefore = false;
        if (!afterFound.isEmpty()) {
            FigureLexicon.Found f = afterFound.get(0);
            predicate = Optional.of(f.name());
            predicateText = String.join(" ", afterKeys.subList(f.from(), f.to()));
        } else {
            List<String> beforeKeys = Syllables.keys(before);
            List<FigureLexicon.Found> beforeFound = lexicon.predicates(beforeKeys);
            if (!beforeFound.isEmpty()) {
                FigureLexicon.Found f = beforeFound.get(beforeFound.size() - 1);
                predicate = Optional.of(f.name());
                predicateText = String.join(" ", beforeKeys.subList(f.from(), f.to()));
                predicateBefore = true;
            }
        }
        StringBuilder noun = new StringBuilder(unitKey);
        int taken = 0;
        List<String> tail = at >= 0 ? afterKeys : aboutKeys.subList(Math.min(aboutKeys.size(),
                unitKey.isEmpty() ? 0 : unitKey.split(" ").length), aboutKeys.size());
        for (String s : tail) {
            if (taken == 2 || PHRASE_END.contains(s)) {
                break;
            }
            noun.append(' ').append(s);
            taken++;
        }
        return new Figure(claim, kind, lexicon.counted(unitKey), predicate, predicateText, predicateBefore,
                noun.toString().strip(), Scope.of(sentence), qualifier, claim.date(),
                claim.date().map(d -> DayMention.names(sentence, d)).orElse(false));
    }

    /** The recognised quantity this claim was made from: same value and qualifier, else same value. */
    private static int locate(Claim claim, List<Quantity> found) {
        int sameValue = -1;
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i);
            if (Math.abs(q.value() - claim.value()) <= 1e-9 * Math.max(1, Math.abs(claim.value()))) {
                if (q.approx() == claim.approx()) {
                    return i;
                }
                if (sameValue < 0) {
                    sameValue = i;
                }
            }
        }
        return sameValue;
    }

    /** The claim's unit as a key; without one, the longest known noun the about starts with, else its first word. */
    private String unitKey(Claim claim, List<String> aboutKeys) {
        if (claim.unit().isPresent()) {
            return String.join(" ", Syllables.keys(claim.unit().get()));
        }
        for (int n = Math.min(3, aboutKeys.size()); n >= 1; n--) {
            String k = String.join(" ", aboutKeys.subList(0, n));
            if (lexicon.knows(k)) {
                return k;
            }
        }
        return aboutKeys.isEmpty() ? "" : aboutKeys.get(0);
    }

    private QuantityKind kind(Claim claim, String unitKey) {
        QuantityKind kind = lexicon.kind(unitKey)
                .or(() -> lexicon.kind(unitKey.contains(" ") ? unitKey.substring(0, unitKey.indexOf(' ')) : ""))
                .orElse(QuantityKind.COUNT);
        if (kind == QuantityKind.MONEY && Math.abs(claim.value()) < LEAST_MONEY) {
            return QuantityKind.COUNT;
        }
        return kind;
    }
}
