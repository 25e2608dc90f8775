package org.entente.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extract.Snippets.*;

class EntityEnglishTest {

    @Test
    void stateNamesAndAcronymsButNotThePronounUs() {
        String t = "The U.S. and Russia traded accusations. Neither side told us more.";
        Extraction e = run(t, "en", "2024-05-01");
        hasSpan(e, t, "USA", "The U.S.");
        hasSpan(e, t, "RUS", "Russia");
        assertThat(entity(e, "USA").get().mentions()).isEqualTo(1);
    }

    @Test
    void capitalsAndSeatsStandForTheirState() {
        String t = "The Kremlin rejected the proposal, while Washington and Beijing kept silent.";
        Extraction e = run(t, "en", "2024-05-01");
        hasSpan(e, t, "RUS", "The Kremlin");
        hasSpan(e, t, "USA", "Washington");
        hasSpan(e, t, "CHN", "Beijing");
    }

    @Test
    void demonymAndTitleGiveTheOfficeHolderOnTheDate() {
        String t = "The American president spoke to reporters.";
        assertThat(entity(run(t, "en", "2023-06-01"), "Joe Biden")).isPresent();
        assertThat(entity(run(t, "en", "2025-06-01"), "Donald Trump")).isPresent();
        assertThat(entity(run(t, "en", "2025-06-01"), "Joe Biden")).isEmpty();
    }

    @Test
    void titledNameGivesHoldsOffice() {
        String t = "Russian President Vladimir Putin arrived in Ankara on Monday.";
        Extraction e = run(t, "en", "2024-05-01");
        hasSpan(e, t, "Vladimir Putin", "Vladimir Putin");
        hasSpan(e, t, "RUS", "Russian");
        Fact f = asserted(e, "HOLDS_OFFICE", "Vladimir Putin", "RUS");
        assertThat(f.role()).isEqualTo("head_of_state");
        assertThat(t.substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().sentence());
    }

    @Test
    void surnameAfterFirstMention() {
        String t = "Sergei Lavrov flew to Delhi. Lavrov later met reporters.";
        Extraction e = run(t, "en", "2024-05-01");
        hasSpan(e, t, "Sergey Lavrov", "Sergei Lavrov");
        hasSpan(e, t, "Sergey Lavrov", "Lavrov", 1);
        assertThat(entity(e, "Sergey Lavrov").get().mentions()).isEqualTo(2);
    }

    @Test
    void possessiveIsNotPartOfTheName() {
        String t = "India's prime minister Narendra Modi spoke.";
        Extraction e = run(t, "en", "2024-05-01");
        hasSpan(e, t, "IND", "India");
        asserted(e, "HOLDS_OFFICE", "Narendra Modi", "IND");
    }

    @Test
    void uncataloguedTitledPersonBecomesAPerson() {
        String t = "Kenyan foreign minister Amara Wekesa said the talks went well.";
        Extraction e = run(t, "en", "2024-05-01");
        Entity p = entity(e, "Amara Wekesa").orElseThrow();
        assertThat(p.catalogued()).isFalse();
        assertThat(p.kind()).isEqualTo("Person");
        hasSpan(e, t, "Amara Wekesa", "Amara Wekesa");
        assertThat(asserted(e, "HOLDS_OFFICE", "Amara Wekesa", "KEN").role()).isEqualTo("foreign_minister");
    }

    @Test
    void counterpartTakesTheTitleOfThePersonBefore() {
        String t = "Russian President Vladimir Putin hosted his Chinese counterpart in Moscow.";
        Extraction e = run(t, "en", "2024-05-01");
        assertThat(entity(e, "Xi Jinping")).isPresent();
        asserted(e, "MEETING", "Vladimir Putin", "Xi Jinping");
    }

    @Test
    void organizationsAreFound() {
        String t = "NATO and the European Union issued statements.";
        Extraction e = run(t, "en", "2024-05-01");
        hasSpan(e, t, "NATO", "NATO");
        assertThat(entity(e, "EU")).isPresent();
    }

    @Test
    void appositiveTitleAfterName() {
        String t = "Narendra Modi, the Indian prime minister, arrived.";
        Extraction e = run(t, "en", "2024-05-01");
        asserted(e, "HOLDS_OFFICE", "Narendra Modi", "IND");
    }

    @Test
    void titleOfAnOrganization() {
        String t = "NATO Secretary General Mark Rutte visited Kyiv.";
        Extraction e = run(t, "en", "2025-05-01");
        asserted(e, "HOLDS_OFFICE", "Mark Rutte", "NATO");
        hasSpan(e, t, "UKR", "Kyiv");
    }
}
