package io.thoisu.story;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Quantity;
import io.thoisu.model.TimeExpression;
import io.thoisu.model.TimePrecision;
import io.thoisu.text.VietnameseNormalizer;

/**
 * The specific figures and days an article reports: its quantities with their unit ("5.800 người", "2,5 tỷ đồng",
 * "18%") and the calendar days its time expressions resolve to ("ngày 24/5", "hôm qua"). Copies and follow-ups of
 * one event repeat them; two events on the same subject in the same days share the subject's words but mostly not
 * their figures. Each figure becomes a hashed term in the story's term space (its own salt), so its document
 * frequency says how ordinary it is: "1 năm" or the day everything happened weighs little, "6,57 tỷ USD" much.
 *
 * <p>Left out: a bare small number without a unit ("2", "có 3") says nothing of which event it counts, and years
 * or months are the background of many events.
 */
final class EventSignature {
    private static final int FIGURE_SALT = 0x27D4EB2F;
    private static final int DAY_SALT = 0x165667B1;

    private EventSignature() {
    }

    /** The distinct figure terms of an article (empty without an analysis of its quantities and times). */
    static int[] terms(AnalysedArticle a) {
        if (a.quantities().isEmpty() && a.times().isEmpty()) {
            return new int[0];
        }
        TermTable seen = new TermTable(16);
        for (Quantity q : a.quantities()) {
            if (StoryState.figureKinds == 1) {
                break;
            }
            String unit = q.unit().map(VietnameseNormalizer::key).orElse("");
            if (unit.isBlank() && Math.abs(q.value()) < 10) {
                continue;
            }
            seen.add(TermSpace.mix((unit + '|' + canonical(q.value())).hashCode() ^ FIGURE_SALT), 1);
        }
        for (TimeExpression t : a.times()) {
            if (StoryState.figureKinds != 2 && t.precision() == TimePrecision.DAY || t.precision() == TimePrecision.INSTANT) {
                seen.add(TermSpace.mix(Long.hashCode(t.date().toEpochDay()) ^ DAY_SALT), 1);
            }
        }
        int[] terms = new int[seen.size()];
        seen.export(terms, new float[terms.length]);
        return terms;
    }

    /** The value to 4 significant digits: "2,5 tỷ" and "2.500 triệu" are one figure, a rounding slip is not two. */
    private static String canonical(double value) {
        if (value == 0) {
            return "0";
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }
}
