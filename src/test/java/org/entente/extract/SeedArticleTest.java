package org.entente.extract;

import org.entente.extract.eval.CaseResult;
import org.entente.extract.eval.EvalReport;
import org.entente.extract.eval.GoldCase;
import org.entente.extract.eval.Scorer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's seed article (shared/examples/seed-ar-001): every entity and required fact, precision ≥ 0.9. */
class SeedArticleTest {
    private static final Path DIR = Path.of(System.getProperty("entente.shared.dir", "../shared"), "examples");

    @Test
    void seedArticle() throws Exception {
        Path json = DIR.resolve("seed-ar-001.json");
        Assumptions.assumeTrue(Files.exists(json) && Files.exists(DIR.resolve("seed-ar-001.txt")),
                "seed article not found under " + DIR.toAbsolutePath() + " (set -Dentente.shared.dir)");
        GoldCase seed = GoldCase.load(json);
        Extraction e = Snippets.X.extract(seed.text(), null, LocalDate.parse(seed.published()));
        assertThat(e.lang()).isEqualTo("ar");
        assertThat(e.entities()).extracting(Entity::id).contains("RUS", "CHN", "PRK", "IND", "USA", "UKR",
                "Vladimir Putin", "Xi Jinping", "Narendra Modi", "Kim Jong Un", "Dmitry Peskov", "Donald Trump", "SCO");
        for (Fact f : e.facts()) {
            assertThat(seed.text().substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().sentence());
        }
        EvalReport r = Scorer.score(Snippets.X, List.of(seed));
        System.out.print(r.format(true));
        CaseResult c = r.cases().get(0);
        assertThat(c.missed()).as("required seed facts not found").isEmpty();
        assertThat(r.overall().precision()).isGreaterThanOrEqualTo(0.9);
        Fact pact = Snippets.asserted(e, "DEFENSE_PACT", "RUS", "PRK");
        assertThat(pact.date()).isEqualTo("2024-06");
        assertThat(Snippets.asserted(e, "ATTACK", "RUS", "UKR").date()).isEqualTo("2022");
    }
}
