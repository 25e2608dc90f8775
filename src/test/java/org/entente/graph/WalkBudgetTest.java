package org.entente.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalkBudgetTest {

    private static final Map<String, Long> DEGREE =
            Map.of("CHN", 3000L, "RUS", 2500L, "GBR", 2400L, "MLI", 40L, "TGO", 10L);

    @Test
    void shouldTakeTheStrongestFrontierEntitiesThatFitAndSkipTheOthers() {
        // strongest first while the edges fit; one that does not fit is skipped and smaller ones after it are taken
        assertThat(new WalkBudget(7500).take(List.of("CHN", "RUS", "GBR", "MLI", "TGO"), DEGREE, false))
                .containsExactly("CHN", "RUS", "MLI", "TGO");
        assertThat(new WalkBudget(100_000).take(List.of("CHN", "RUS", "MLI"), DEGREE, false))
                .containsExactly("CHN", "RUS", "MLI");
        assertThat(new WalkBudget(100).take(List.of("CHN", "TGO"), DEGREE, false)).containsExactly("TGO");
        assertThat(new WalkBudget(100).take(List.of("CHN", "RUS"), DEGREE, false)).isEmpty();
        // an entity with no edges of the asked types costs nothing
        assertThat(new WalkBudget(5).take(List.of("ATLANTIS", "TGO"), DEGREE, false)).containsExactly("ATLANTIS");
    }

    @Test
    void shouldSpendOneBudgetAcrossTheStepsOfAWalk() {
        var budget = new WalkBudget(3000);
        // the start is expanded whatever its degree, and what it reads is spent
        assertThat(budget.take(List.of("GBR"), DEGREE, true)).containsExactly("GBR");
        assertThat(budget.left()).isEqualTo(600);
        // the next step gets what is left, not a fresh budget: RUS would fit 3000 on its own
        assertThat(budget.take(List.of("RUS", "MLI"), DEGREE, false)).containsExactly("MLI");
        assertThat(budget.left()).isEqualTo(560);
        // and the step after it what is left after both
        assertThat(budget.take(List.of("CHN", "TGO", "MLI"), DEGREE, false)).containsExactly("TGO", "MLI");
        assertThat(budget.left()).isEqualTo(510);
    }

    @Test
    void shouldLetTheStartOverdrawTheBudgetAndThenTakeNothingMore() {
        var budget = new WalkBudget(500);
        assertThat(budget.take(List.of("CHN"), DEGREE, true)).containsExactly("CHN");
        assertThat(budget.take(List.of("TGO"), DEGREE, false)).isEmpty();
    }
}
