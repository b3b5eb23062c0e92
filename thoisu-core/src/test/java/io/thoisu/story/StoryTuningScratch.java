package io.thoisu.story;

import io.thoisu.testkit.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTuningScratch {
    @Test
    void sweep() {
        List<GoldStoryFolder.GoldArticle> gold = GoldStoryFolder.read(SharedData.require("corpora/vims/ViMs/original"));
        StoryConfig b = StoryConfig.news();
        for (double j : new double[] {0.12, 0.16, 0.20, 0.25}) {
            for (int tw : new int[] {1, 3}) {
                StoryConfig c = new StoryConfig(j, b.mergeThreshold(), b.graceDays(), b.fadeDays(), b.retainDays(),
                        b.retainArrivals(), b.undatedArrivals(), tw, b.articleTerms(), b.centroidTerms(),
                        b.indexTerms(), b.queryTerms(), b.entityWeight(), b.stopWeight());
                StoryReport r = StoryEvaluation.evaluate(gold, StoryEvaluationTest.TEXT_ONLY, StoryEvaluation.Order.DATE, 0, c);
                System.out.printf("join %.2f tw %d: B3 P %.4f R %.4f F %.4f pairF %.4f n=%d %.0f/s%n", j, tw,
                        r.bcubedPrecision(), r.bcubedRecall(), r.bcubedF1(), r.pairF1(), r.predictedStories(), r.articlesPerSecond());
            }
        }
    }
}
