package io.thoisu.story;

import java.util.List;
import java.util.Locale;

/**
 * Figures of one story-clustering evaluation run. {@code clusterSeconds} is the CPU time of the clustering thread
 * alone (the analysis is done before); {@code totalSeconds} the wall time with the analysis.
 */
public record StoryReport(String order, long seed, int articles, int goldStories, int predictedStories,
                          double bcubedPrecision, double bcubedRecall, double bcubedF1, double pairPrecision,
                          double pairRecall, double pairF1, double clusterSeconds, double totalSeconds) {

    public double articlesPerSecond() {
        return clusterSeconds <= 0 ? 0 : articles / clusterSeconds;
    }

    public double millisPerArticle() {
        return articles == 0 ? 0 : clusterSeconds * 1000 / articles;
    }

    public List<String> format() {
        return List.of(
                String.format(Locale.ROOT, "stories (%s%s): %d articles, %d gold stories, %d found", order,
                        order.equals("DATE") ? "" : " seed " + seed, articles, goldStories, predictedStories),
                String.format(Locale.ROOT, "  BCubed   P %.4f  R %.4f  F1 %.4f", bcubedPrecision, bcubedRecall, bcubedF1),
                String.format(Locale.ROOT, "  pairwise P %.4f  R %.4f  F1 %.4f", pairPrecision, pairRecall, pairF1),
                String.format(Locale.ROOT, "  clustering %.3f s CPU (%.0f articles/s, %.3f ms/article; 100,000 articles "
                                + "at this rate: %.0f s), with analysis %.3f s wall", clusterSeconds,
                        articlesPerSecond(), millisPerArticle(), millisPerArticle() * 100, totalSeconds));
    }
}
