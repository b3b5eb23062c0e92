package io.thoisu.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.testkit.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The join model's features, fitted on the odd and on the even ViMs gold clusters separately. */
class JoinModelFitTest {
    @Test
    void bothHalvesOfTheGoldAgreeOnWhatEachFeatureMeans() {
        Path vims = SharedData.require("corpora/vims/ViMs/original");
        List<GoldStoryFolder.GoldArticle> odd = new ArrayList<>();
        List<GoldStoryFolder.GoldArticle> even = new ArrayList<>();
        for (GoldStoryFolder.GoldArticle g : GoldStoryFolder.read(vims)) {
            (Integer.parseInt(g.story().replaceAll("\\D", "")) % 2 == 1 ? odd : even).add(g);
        }
        double[] fitOdd = JoinModelFit.fit(odd, StoryEvaluationTest.TEXT_ONLY, StoryConfig.news());
        double[] fitEven = JoinModelFit.fit(even, StoryEvaluationTest.TEXT_ONLY, StoryConfig.news());
        System.out.println("join model fitted on odd clusters:  " + Arrays.toString(fitOdd));
        System.out.println("join model fitted on even clusters: " + Arrays.toString(fitEven));
        System.out.println("join model shipped (hand-set):      " + Arrays.toString(JoinModel.WEIGHTS));
        for (double[] w : List.of(fitOdd, fitEven)) {
            assertThat(w[1]).as("body cosine").isPositive();
            assertThat(w[2]).as("headline cosine").isPositive();
            assertThat(w[3]).as("time gap").isNegative();
        }
        for (int i = 0; i < JoinModel.FEATURES; i++) {
            // measured: every weight within 12% of the other half's
            assertThat(Math.abs(fitOdd[i] - fitEven[i])).as("weight " + i)
                    .isLessThan(0.25 * Math.max(Math.abs(fitOdd[i]), Math.abs(fitEven[i])) + 0.05);
        }
    }

    @Test
    void aFittedModelPrefersTheStoryWithTheCloserText() {
        JoinModel model = new JoinModel(new double[] {-2, 8, 4, -2, 0, 2, -1});
        double close = model.probability(JoinModel.features(0.4, 0.2, 0, 3, 0));
        double far = model.probability(JoinModel.features(0.05, 0.2, 0, 3, 0));
        double late = model.probability(JoinModel.features(0.4, 0.2, 21, 3, 0));
        assertThat(close).isGreaterThan(far).isGreaterThan(0).isLessThan(1);
        assertThat(late).isLessThan(close);
    }
}
