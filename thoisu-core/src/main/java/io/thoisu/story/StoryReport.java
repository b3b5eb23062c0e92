package io.thoisu.story;

import java.util.List;
import java.util.Locale;

/** Figures of one story-clustering evaluation run. */
public record StoryReport(String order, long seed, int articles, int goldStories, int predictedStories,
                          double bcubedPrecision, double bcubedRecall, double bcubedF1, double pairPrecision,
                          double pairRecall, double pairF1, double clusterSeconds, double totalSeconds) {

    public double articlesPerSecond() {
        return clusterSeconds <= 0 ? 0 : articles / clusterSeconds;
    }

    public List<String> format() {
        return List.of(
                String.format(Locale.ROOT, "stories (%s%s): %d articles, %d gold stories, %d found", order,
                        order.equals("DATE") ? "" : " seed " + seed, articles, goldStories, predictedStories),
                String.format(Locale.ROOT, "  BCubed   P %.4f  R %.4f  F1 %.4f", bcubedPrecision, bcubedRecall, bcubedF1),
                String.format(Locale.ROOT, "  pairwise P %.4f  R %.4f  F1 %.4f", pairPrecision, pairRecall, pairF1),
                String.format(Locale.ROOT, "  clustering %.3f s (%.0f articles/s), with analysis %.3f s",
                        clusterSeconds, articlesPerSecond(), totalSeconds));
    }
}
