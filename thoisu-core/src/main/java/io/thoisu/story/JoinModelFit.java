package io.thoisu.story;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.Published;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Fits the {@link JoinModel}'s weights on gold stories: the articles are fed in date order to a clusterer that is
 * told which story each one belongs to, every candidate story the index offers is an example (joined or not), and a
 * logistic regression is fitted to them by Newton's method with a little ridge. Training code: the shipped weights
 * are constants in {@link JoinModel}, never fitted at run time.
 */
final class JoinModelFit {
    private static final double RIDGE = 1e-3;

    private JoinModelFit() {
    }

    static double[] fit(List<GoldStoryFolder.GoldArticle> gold, Function<Article, AnalysedArticle> analyzer,
                        StoryConfig config) {
        List<StoryClusterer.Observation> examples = observe(gold, analyzer, config);
        return fit(examples);
    }

    static List<StoryClusterer.Observation> observe(List<GoldStoryFolder.GoldArticle> gold,
                                                   Function<Article, AnalysedArticle> analyzer, StoryConfig config) {
        List<GoldStoryFolder.GoldArticle> feed = new ArrayList<>(gold);
        feed.sort(Comparator.comparing((GoldStoryFolder.GoldArticle g) -> g.article().published()
                .map(Published::date).orElse(LocalDate.MAX)).thenComparing(g -> g.article().id()));
        StoryClusterer clusterer = new StoryClusterer(config);
        List<StoryClusterer.Observation> out = new ArrayList<>();
        for (GoldStoryFolder.GoldArticle g : feed) {
            out.addAll(clusterer.acceptInto(analyzer.apply(g.article()), g.story()));
        }
        return out;
    }

    /** Logistic regression by Newton's method (the problem is small: a handful of features). */
    static double[] fit(List<StoryClusterer.Observation> examples) {
        int k = JoinModel.FEATURES;
        double[] w = new double[k];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (StoryClusterer.Observation o : examples) {
                double p = JoinModel.sigmoid(JoinModel.dot(w, o.features()));
                double y = o.joined() ? 1 : 0;
                for (int i = 0; i < k; i++) {
                    gradient[i] += (p - y) * o.features()[i];
                    for (int j = 0; j < k; j++) {
                        hessian[i][j] += p * (1 - p) * o.features()[i] * o.features()[j];
                    }
                }
            }
            for (int i = 0; i < k; i++) {
                gradient[i] += RIDGE * w[i] * examples.size();
                hessian[i][i] += RIDGE * examples.size();
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < k; i++) {
                w[i] -= step[i];
                change += Math.abs(step[i]);
            }
            if (change < 1e-8) {
                break;
            }
        }
        return w;
    }

    /** Gaussian elimination with partial pivoting; the Hessian plus ridge is positive definite. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != c && m[c][c] != 0) {
                    double f = m[r][c] / m[c][c];
                    for (int j = c; j <= n; j++) {
                        m[r][j] -= f * m[c][j];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }
}
