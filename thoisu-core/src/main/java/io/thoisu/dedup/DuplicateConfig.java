package io.thoisu.dedup;

/**
 * Settings of the {@link DuplicateDetector}.
 *
 * @param bands              LSH bands; with {@code rows} rows each the signature has bands × rows hashes
 * @param rows               rows per band: two articles become candidates when one band agrees on all rows
 * @param jaccard            least estimated Jaccard similarity of shingle sets for a near copy
 * @param containment        least estimated share of the shorter text's shingles found in the longer one
 * @param minShingles        texts with fewer shingles are only compared exactly (short texts look alike by chance)
 * @param retainDays         an article's MinHash fingerprint is dropped once it is this many days older than the
 *                           newest article seen (undated: judged by arrivals alone) ...
 * @param retainArrivals     ... and this many articles have arrived after it: near copies are looked for among recent
 *                           articles only, so memory and saved state do not carry a signature per article forever;
 *                           exact copies are still found at any distance (the exact hash stays)
 */
public record DuplicateConfig(int bands, int rows, double jaccard, double containment, int minShingles,
                              int retainDays, int retainArrivals) {
    public DuplicateConfig {
        if (bands < 1 || rows < 1 || jaccard <= 0 || jaccard > 1 || containment <= 0 || containment > 1
                || minShingles < 1 || retainDays < 0 || retainArrivals < 0) {
            throw new IllegalArgumentException("inconsistent duplicate config");
        }
    }

    /**
     * 40 bands of 3 rows make pairs at Jaccard 0.4 candidates with probability 0.93, at 0.5 with 0.995, and
     * unrelated pairs (Jaccard below 0.05) almost never. A wire copy with a new lead or a few replaced sentences
     * keeps a Jaccard above 0.45; a copy cut short keeps its shingles inside the original (containment). Copies
     * are republished within days; a fingerprint is kept for two months and 5,000 articles.
     */
    public static DuplicateConfig news() {
        return new DuplicateConfig(40, 3, 0.40, 0.75, 20, 60, 5000);
    }

    int signatureSize() {
        return bands * rows;
    }
}
