package org.entente.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.extract.Extractor;
import org.entente.extract.eval.EvalReport;
import org.entente.extract.eval.GoldCase;
import org.entente.extract.eval.Scorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction on articles the rules were never tuned on: the shared dev set (written by someone else), our own
 * hold-out set (written before tuning, never looked at while tuning) and three fresh batches written blind. The floors are the figures reached when they
 * were first scored, so that they can only go up.
 */
class HeldOutSetsTest {

    /**
     * Dev: P 0.915 R 0.656 F1 0.764 after the list/phrasing round; P 0.920 R 0.702 F1 0.797 after the second round
     * (names and titles, counterparts, plural titles, signing and presence as meetings, phrasing of the weak types);
     * P 0.920 R 0.706 F1 0.799 after the third; P 0.925 R 0.710 F1 0.803 after the fifth (tariffs that never
     * applied, support/sanction/threat/meeting/membership phrasing, allies, dates between commas) and P 0.931
     * R 0.718 F1 0.810 with the catalog's 713 more people. Dev precision is at 188/202: one more false positive
     * fails it. Hold-out: P 0.872 R 0.674 F1 0.760, then 0.894 / 0.716 / 0.795, then 0.903 / 0.723 / 0.803 and
     * 0.904 / 0.730 / 0.808 with the larger catalog. Floors rounded down.
     */
    static final double DEV_MIN_F1 = 0.81;
    static final double DEV_MIN_PRECISION = 0.93;
    static final double HOLDOUT_MIN_F1 = 0.80;
    static final double HOLDOUT_MIN_PRECISION = 0.90;
    /**
     * The fresh batch (src/test/resources/gold-fresh, 15 articles written blind, without seeing the rules, while
     * they were being tuned, and never tuned on): P 0.868 R 0.593 F1 0.704 when first scored; P 0.906 R 0.652
     * F1 0.758 after the second tuning round; P 0.907 R 0.661 F1 0.764 after the third (visits, pronoun before a
     * compound passive, organization seats and adjectives, verb-first passives); rounded down.
     * (Third round: dev P 0.920 R 0.706 F1 0.799, hold-out unchanged: their floors stay.)
     * P 0.909 R 0.679 F1 0.777 after the fifth round, P 0.916 R 0.692 F1 0.789 with the larger catalog; rounded down.
     */
    static final double FRESH_MIN_F1 = 0.78;
    static final double FRESH_MIN_PRECISION = 0.91;
    /**
     * The second fresh batch (src/test/resources/gold-fresh2, 15 articles written blind while the rules of the third
     * session were tuned, never tuned on): P 0.938 R 0.630 F1 0.754 with the rules as they were when it was written,
     * P 0.946 R 0.664 F1 0.780 after that session's tuning; P 0.953 R 0.685 F1 0.797 after the fifth round, P 0.954
     * R 0.697 F1 0.806 with the larger catalog; rounded down.
     */
    static final double FRESH2_MIN_F1 = 0.80;
    static final double FRESH2_MIN_PRECISION = 0.95;
    /**
     * The third fresh batch (src/test/resources/gold-fresh3, 15 articles on 2019-2023 events written blind in the
     * fourth session before its tuning round, never scored by the tuner): P 0.928 R 0.571 F1 0.707 with the rules
     * as they were when it was written, P 0.905 R 0.594 F1 0.717 with the larger catalog alone, P 0.893 R 0.594
     * F1 0.713 with the round's rules too; rounded down.
     */
    static final double FRESH3_MIN_F1 = 0.71;
    static final double FRESH3_MIN_PRECISION = 0.89;

    private static Extractor extractor;

    @BeforeAll
    static void loadExtractor() {
        extractor = Extractor.fromClasspath();
    }

    @Test
    void shouldHoldTheDevSetScoreOfArticlesWrittenBySomeoneElse() {
        Path dev = Path.of(System.getProperty("entente.shared.dir", "../shared"), "examples", "dev");
        assumeTrue(Files.isDirectory(dev), "skipped: the shared dev set is not at " + dev.toAbsolutePath()
                + " (set -Dentente.shared.dir)");
        assertScores("Dev set (shared/examples/dev)", dev, 24, DEV_MIN_F1, DEV_MIN_PRECISION);
    }

    @Test
    void shouldHoldTheScoreOfTheFreshBatchWrittenBlind() {
        assertScores("Fresh batch", Path.of("src/test/resources/gold-fresh"), 15, FRESH_MIN_F1, FRESH_MIN_PRECISION);
    }

    @Test
    void shouldHoldTheScoreOfTheSecondFreshBatchWrittenBlind() {
        assertScores("Second fresh batch", Path.of("src/test/resources/gold-fresh2"), 15, FRESH2_MIN_F1,
                FRESH2_MIN_PRECISION);
    }

    @Test
    void shouldHoldTheScoreOfTheThirdFreshBatchWrittenBlind() {
        assertScores("Third fresh batch", Path.of("src/test/resources/gold-fresh3"), 15, FRESH3_MIN_F1,
                FRESH3_MIN_PRECISION);
    }

    @Test
    void shouldHoldTheScoreOfOurOwnHoldOutArticles() {
        assertScores("Hold-out set", Path.of("src/test/resources/gold-holdout"), 12, HOLDOUT_MIN_F1,
                HOLDOUT_MIN_PRECISION);
    }

    private static void assertScores(String name, Path dir, int cases, double minF1, double minPrecision) {
        EvalReport report = Scorer.score(extractor, GoldCase.loadAll(dir));
        System.out.print(name + " (" + dir + "):\n" + report.format(false));

        assertThat(report.cases()).hasSize(cases);
        assertThat(report.overall().f1()).isGreaterThanOrEqualTo(minF1);
        assertThat(report.overall().precision()).isGreaterThanOrEqualTo(minPrecision);
    }
}
