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
 * Extraction on articles the rules were never tuned on: the shared dev set (written by someone else) and our own
 * hold-out set (written before tuning, never looked at while tuning). The floors are the figures reached when they
 * were first scored, so that they can only go up.
 */
class HeldOutSetsTest {

    /**
     * Raised on 2026-11-30 after the second tuning round (names and titles, executive counterparts, plural titles,
     * salient organizations, signing and presence as meetings, organization names after "the organisation", tariff,
     * military-support, alliance, threat and defence-clause phrasing, title complements): dev P 0.920 R 0.702
     * F1 0.797; hold-out P 0.894 R 0.716 F1 0.795; rounded down.
     * Before it (list/phrasing tuning): dev P 0.915 R 0.656 F1 0.764; hold-out P 0.872 R 0.674 F1 0.760.
     * Raised again after the fifth round (tariffs that never applied, support/sanction/threat/meeting/membership
     * phrasing, allies, Security Council sanctions as the UN's, dates between commas, "the two countries" after a visit): dev P 0.925 R 0.710 F1 0.803;
     * hold-out P 0.903 R 0.723 F1 0.803; rounded down.
     */
    static final double DEV_MIN_F1 = 0.80;
    static final double DEV_MIN_PRECISION = 0.92;
    static final double HOLDOUT_MIN_F1 = 0.80;
    static final double HOLDOUT_MIN_PRECISION = 0.90;
    /**
     * The fresh batch (src/test/resources/gold-fresh, 15 articles written blind, without seeing the rules, while
     * they were being tuned, and never tuned on): P 0.868 R 0.593 F1 0.704 when first scored; P 0.906 R 0.652
     * F1 0.758 after the second tuning round; P 0.907 R 0.661 F1 0.764 after the third (visits, pronoun before a
     * compound passive, organization seats and adjectives, verb-first passives); rounded down.
     * (Third round: dev P 0.920 R 0.706 F1 0.799, hold-out unchanged: their floors stay.)
     * P 0.909 R 0.679 F1 0.777 after the fifth round; rounded down.
     */
    static final double FRESH_MIN_F1 = 0.77;
    static final double FRESH_MIN_PRECISION = 0.90;
    /**
     * The second fresh batch (src/test/resources/gold-fresh2, 15 articles written blind while the rules of the third
     * session were tuned, never tuned on): P 0.938 R 0.630 F1 0.754 with the rules as they were when it was written,
     * P 0.946 R 0.664 F1 0.780 after that session's tuning; P 0.953 R 0.685 F1 0.797 after the fifth round; rounded
     * down.
     */
    static final double FRESH2_MIN_F1 = 0.79;
    static final double FRESH2_MIN_PRECISION = 0.95;

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
