package org.entente.extract;

import org.entente.extract.eval.EvalReport;
import org.entente.extract.eval.GoldCase;
import org.entente.extract.eval.Scorer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the extractor on src/test/resources/gold/** and prints the report (per case, type, language).
 * The floors are the project's target, F1 ≥ 0.85 and precision ≥ 0.90 (override with -Dentente.gold.minF1 and
 * -Dentente.gold.minPrecision).
 */
class GoldSetTest {
    static final double MIN_F1 = Double.parseDouble(System.getProperty("entente.gold.minF1", "0.85"));
    static final double MIN_PRECISION = Double.parseDouble(System.getProperty("entente.gold.minPrecision", "0.90"));

    @Test
    void goldSet() {
        Path dir = Path.of("src/test/resources/gold");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no gold set under " + dir.toAbsolutePath());
        List<GoldCase> cases = GoldCase.loadAll(dir);
        Assumptions.assumeTrue(!cases.isEmpty(), "the gold set is empty");
        EvalReport r = Scorer.score(Snippets.X, cases);
        System.out.print(r.format(false));
        assertThat(r.cases()).allSatisfy(c -> assertThat(c.error()).isNull());
        assertThat(r.overall().f1()).as("gold F1").isGreaterThanOrEqualTo(MIN_F1);
        assertThat(r.overall().precision()).as("gold precision").isGreaterThanOrEqualTo(MIN_PRECISION);
    }
}
