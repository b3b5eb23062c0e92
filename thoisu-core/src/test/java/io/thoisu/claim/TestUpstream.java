package io.thoisu.claim;

import io.thoisu.entity.TestSentences;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Approx;
import io.thoisu.model.Article;
import io.thoisu.model.Quantity;
import io.thoisu.model.TimeAnchor;
import io.thoisu.model.TimeExpression;
import io.thoisu.model.TimePrecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only stand-in for the sentence splitter, time recognizer and quantity recognizer that other engineers
 * build: "ngày 10/4" style dates with the publication year, and "khoảng 5.800" style figures.
 */
public final class TestUpstream {
    private static final Pattern DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Pattern FIGURE = Pattern.compile(
            "(?:(khoảng|hơn|ít nhất|lên tới|gần) )?(?<![\\d./-])(\\d{1,3}(?:\\.\\d{3})*)(?![\\d/.,-]\\d)");

    private TestUpstream() {
    }

    public static AnalysedArticle analyse(Article article) {
        String text = article.text();
        int year = article.published().map(p -> p.date().getYear()).orElse(2022);
        List<TimeExpression> times = new ArrayList<>();
        Matcher d = DATE.matcher(text);
        while (d.find()) {
            try {
                LocalDate date = LocalDate.of(year, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
                times.add(new TimeExpression(d.group(), date, Optional.empty(), TimePrecision.DAY,
                        TimeAnchor.PUBLICATION, d.start(), d.end()));
            } catch (RuntimeException notADate) {
                // not a day and month
            }
        }
        List<Quantity> quantities = new ArrayList<>();
        Matcher f = FIGURE.matcher(text);
        while (f.find()) {
            String q = f.group(1);
            Approx approx = q == null ? Approx.EXACT : switch (q) {
                case "khoảng" -> Approx.ABOUT;
                case "hơn" -> Approx.MORE_THAN;
                case "ít nhất" -> Approx.AT_LEAST;
                case "lên tới" -> Approx.UP_TO;
                default -> Approx.NEARLY;
            };
            double value = Double.parseDouble(f.group(2).replace(".", ""));
            quantities.add(new Quantity(f.group(), value, approx, Optional.empty(), f.start(), f.end()));
        }
        return new AnalysedArticle(article, TestSentences.split(text), List.of(), times, quantities, List.of(),
                List.of());
    }
}
