package io.thoisu.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.story.TestArticles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded-random property: a copy with up to 30 % of its sentences replaced, removed or added is still found, and
 * two independent articles on the same topic (same names, same vocabulary) are not merged.
 */
class DuplicateEditPropertyTest {
    private static final String[] COMMON = ("người dân chính quyền địa phương cho biết hôm nay đã đang sẽ tiếp tục "
            + "triển khai kế hoạch hỗ trợ khẩn cấp lực lượng chức năng khu vực tình hình an ninh kinh tế xã hội "
            + "báo cáo cuộc họp bộ trưởng đề nghị phương án thiệt hại công trình nhà ở tuyến đường giao thông "
            + "tạm thời ổn định nguy cơ cảnh báo quyết định sau khi trước đó trong tuần qua theo thống kê ban đầu "
            + "nhiều nơi vẫn chưa hoàn toàn đồng thời yêu cầu các đơn vị kiểm tra xử lý nghiêm vi phạm dự kiến "
            + "hoàn thành năm nay ngân sách nguồn vốn đầu tư doanh nghiệp thị trường giá cả tăng mạnh giảm nhẹ")
            .split(" ");
    private static final String[] TOPIC = ("Bình Lạc sông Lam Giang mưa lũ sạt lở Tân Phong sơ tán cứu hộ ngập úng "
            + "Trịnh Văn Khải huyện Sơn Hà lũ quét xuồng máy mất tích").split(" ");

    private static String sentence(Random r) {
        int n = 12 + r.nextInt(12);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = r.nextInt(4) == 0 ? TOPIC[r.nextInt(TOPIC.length)] : COMMON[r.nextInt(COMMON.length)];
            if (sb.isEmpty()) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            sb.append(sb.isEmpty() ? "" : " ").append(w);
        }
        return sb.append('.').toString();
    }

    private static List<String> article(Random r) {
        List<String> s = new ArrayList<>();
        int n = 10 + r.nextInt(15);
        for (int i = 0; i < n; i++) {
            s.add(sentence(r));
        }
        return s;
    }

    /** Edits {@code share} of the sentences, each edit a replacement, a removal or an addition at random. */
    private static List<String> edit(List<String> original, double share, Random r) {
        List<String> copy = new ArrayList<>(original);
        int edits = (int) Math.round(original.size() * share);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(copy.size());
            switch (r.nextInt(3)) {
                case 0 -> copy.set(at, sentence(r));
                case 1 -> {
                    if (copy.size() > 3) {
                        copy.remove(at);
                    }
                }
                default -> copy.add(at, sentence(r));
            }
        }
        return copy;
    }

    private static AnalysedArticle of(String id, List<String> sentences) {
        return TestArticles.of(id, null, String.join(" ", sentences), LocalDate.of(2023, 10, 14), "x");
    }

    @Test
    void copiesWithUpToThirtyPercentEditedAreFoundAndSameTopicArticlesAreNot() {
        Random r = new Random(20231014L);
        int trials = 0;
        int found = 0;
        int falseMerges = 0;
        for (int t = 0; t < 60; t++) {
            DuplicateDetector d = new DuplicateDetector();
            List<String> original = article(r);
            d.accept(of("o" + t, original));
            assertThat(d.accept(of("u" + t, article(r))).kind()).as("unrelated same-topic article %d", t)
                    .isEqualTo(DuplicateKind.NONE);
            for (int k = 0; k <= 30; k += 10) {
                trials++;
                DuplicateVerdict v = d.accept(of("c" + t + "-" + k, edit(original, k / 100.0, r)));
                if (v.kind() != DuplicateKind.NONE && v.groupId().equals("o" + t)) {
                    found++;
                }
            }
            String unrelated = "u" + t;
            falseMerges += d.groups().stream().filter(g -> g.contains(unrelated)).count();
        }
        System.out.printf("edited copies found: %d of %d; unrelated merged: %d%n", found, trials, falseMerges);
        assertThat(found).isEqualTo(trials);
        assertThat(falseMerges).isZero();
    }
}
