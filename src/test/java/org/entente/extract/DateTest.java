package org.entente.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extract.Snippets.*;

/** Absolute dates at the text's precision, and relative ones against the publication date. */
class DateTest {

    @Test
    void english() {
        assertThat(asserted(run("Russia and North Korea signed a mutual defence treaty on 19 June 2024.", "en", "2025-01-01"),
                "DEFENSE_PACT", "RUS", "PRK").date()).isEqualTo("2024-06-19");
        assertThat(asserted(run("Russia and North Korea signed a mutual defense treaty on June 19, 2024.", "en", "2025-01-01"),
                "DEFENSE_PACT", "RUS", "PRK").date()).isEqualTo("2024-06-19");
        assertThat(asserted(run("Vladimir Putin met Narendra Modi yesterday.", "en", "2025-09-02"),
                "MEETING", "Vladimir Putin", "Narendra Modi").date()).isEqualTo("2025-09-01");
        assertThat(asserted(run("Vladimir Putin met Narendra Modi on Tuesday.", "en", "2025-09-04"),
                "MEETING", "Vladimir Putin", "Narendra Modi").date()).isEqualTo("2025-09-02");
        assertThat(asserted(run("Vladimir Putin met Narendra Modi last week.", "en", "2025-09-04"),
                "MEETING", "Vladimir Putin", "Narendra Modi").date()).isEqualTo("2025-08");
        assertThat(asserted(run("Vladimir Putin met Narendra Modi yesterday.", "en", null),
                "MEETING", "Vladimir Putin", "Narendra Modi").date()).isNull();
    }

    @Test
    void french() {
        assertThat(asserted(run("La Russie et la Corée du Nord ont signé un traité de défense mutuelle le 19 juin 2024.", "fr", "2025-01-01"),
                "DEFENSE_PACT", "RUS", "PRK").date()).isEqualTo("2024-06-19");
        assertThat(asserted(run("Vladimir Poutine a rencontré Narendra Modi hier.", "fr", "2025-09-02"),
                "MEETING", "Vladimir Putin", "Narendra Modi").date()).isEqualTo("2025-09-01");
        assertThat(asserted(run("Vladimir Poutine a rencontré Narendra Modi mardi.", "fr", "2025-09-04"),
                "MEETING", "Vladimir Putin", "Narendra Modi").date()).isEqualTo("2025-09-02");
    }

    @Test
    void arabic() {
        assertThat(asserted(run("وقعت روسيا وكوريا الشمالية اتفاقية الدفاع المشترك في يونيو/ حزيران 2024.", "ar", "2025-01-01"),
                "DEFENSE_PACT", "RUS", "PRK").date()).isEqualTo("2024-06");
        assertThat(asserted(run("التقى فلاديمير بوتين ناريندرا مودي أمس.", "ar", "2025-09-02"),
                "MEETING", "Vladimir Putin", "Narendra Modi").date()).isEqualTo("2025-09-01");
        assertThat(asserted(run("التقى فلاديمير بوتين ناريندرا مودي يوم الثلاثاء.", "ar", "2025-09-04"),
                "MEETING", "Vladimir Putin", "Narendra Modi").date()).isEqualTo("2025-09-02");
    }
}
