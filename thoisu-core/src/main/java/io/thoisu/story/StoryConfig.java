package io.thoisu.story;

/**
 * Settings of the {@link StoryClusterer}. One preset, {@link #news()}; the values are chosen for daily news in
 * general (days-long stories, a few hundred words an article), not for one corpus.
 *
 * @param joinThreshold     least probability, by the {@link JoinModel}, that an article belongs to a story to join it
 * @param mergeThreshold    least probability, by the same {@link JoinModel} applied to two whole stories (mean
 *                          cosine between their members, between their headlines, the gap between their spans),
 *                          that they are one story, to merge them when one of them has just grown
 * @param graceDays         a gap of up to this many days between an article and a story costs nothing
 * @param fadeDays          beyond the grace, the time factor falls linearly to zero over this many days
 * @param retainDays        a story quiet for this many days behind the newest date seen leaves the active set
 * @param retainArrivals    ... and only once this many articles have arrived since it was last joined, so late or
 *                          shuffled input does not lose stories that are still being written about
 * @param undatedArrivals   an article without a date may join stories joined within this many arrivals
 * @param titleWeight       how many times the headline's terms count
 * @param articleTerms      terms kept per article vector (the heaviest)
 * @param centroidTerms     terms kept per story centroid
 * @param indexTerms        the heaviest centroid terms that are put in the inverted index
 * @param queryTerms        the heaviest article terms that are looked up in the inverted index
 * @param entityWeight      how much an entity's canonical name weighs against a word of the text
 * @param stopWeight        weight factor of stop syllables (and of bigrams made only of them)
 */
public record StoryConfig(double joinThreshold, double mergeThreshold, int graceDays, int fadeDays, int retainDays,
                          int retainArrivals, int undatedArrivals, int titleWeight, int articleTerms,
                          int centroidTerms, int indexTerms, int queryTerms, double entityWeight, double stopWeight) {
    public StoryConfig {
        if (joinThreshold <= 0 || joinThreshold >= 1 || mergeThreshold <= 0 || mergeThreshold >= 1) {
            throw new IllegalArgumentException("story thresholds must be in (0, 1)");
        }
        if (graceDays < 0 || fadeDays < 1 || retainDays < graceDays + fadeDays || retainArrivals < 0
                || undatedArrivals < 0 || titleWeight < 1 || articleTerms < 1 || centroidTerms < articleTerms
                || indexTerms < 1 || queryTerms < 1 || entityWeight < 0 || stopWeight < 0 || stopWeight > 1) {
            throw new IllegalArgumentException("inconsistent story config");
        }
    }

    public static StoryConfig news() {
        return new StoryConfig(0.50, 0.50, 1, 7, 30, 2000, 500, 3, 150, 500, 80, 40, 1.0, 0.2);
    }
}
