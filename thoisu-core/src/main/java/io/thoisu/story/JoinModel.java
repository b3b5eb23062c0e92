package io.thoisu.story;

/**
 * Whether an article belongs to a candidate story, as a probability from a logistic model over a few similarities:
 * the body's words, the headline's words, the time gap and the story's size.
 *
 * <p>The shipped weights are set by hand, not fitted: logit = 30 x body cosine + 3 x headline cosine - 3 x gap in
 * weeks - 4, which joins at a mean body cosine of about 0.13 on the same day, a little less when the headlines
 * agree, more as the gap grows. {@link JoinModelFit} fits the same features by logistic regression on half of the
 * ViMs gold clusters; the two halves agree with each other, but the fitted weights cluster worse than these (they
 * are fitted on true stories grown without mistakes, and a wrong join online costs more than the regression knows),
 * so they are kept as a check, not shipped.
 */
final class JoinModel {
    /** Number of features, bias included. */
    static final int FEATURES = 5;

    /** bias, mean body cosine, mean headline cosine, gap in weeks beyond the same day, log of the story's size. */
    static final double[] WEIGHTS = {-4.0, 30.0, 3.0, -3.0, 0.0};

    private final double[] weights;

    JoinModel(double[] weights) {
        if (weights.length != FEATURES) {
            throw new IllegalArgumentException("join model needs " + FEATURES + " weights");
        }
        this.weights = weights.clone();
    }

    static JoinModel standard() {
        return new JoinModel(WEIGHTS);
    }

    /**
     * @param body   mean cosine between the article and the story's members
     * @param title  mean cosine between the article's headline and the members' headlines
     * @param gap    days between the article and the story's span (0 inside it)
     * @param size   members of the story
     */
    static double[] features(double body, double title, double gap, int size) {
        return new double[] {1, body, title, Math.min(gap, 28) / 7.0, Math.log(size)};
    }

    double probability(double[] x) {
        return sigmoid(dot(weights, x));
    }

    static double dot(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
