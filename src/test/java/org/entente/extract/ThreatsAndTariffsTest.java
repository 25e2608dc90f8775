package org.entente.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extract.Snippets.absent;
import static org.entente.extract.Snippets.asserted;
import static org.entente.extract.Snippets.fact;
import static org.entente.extract.Snippets.run;

/** Tariffs announced and then paused, postponed or never applied are threats (rules: modality.neverApplied/paused). */
class ThreatsAndTariffsTest {

    @Test
    void announcedThenPausedIsAThreat() {
        Extraction en = run("Washington announced 25% tariffs on Canada, but paused them a day later.", "en", "2025-02-05");
        asserted(en, "THREATEN", "USA", "CAN");
        absent(en, "TARIFF", "USA", "CAN");
        Extraction fr = run("Trump a annoncé des droits de douane de 25 % sur le Canada avant de les suspendre.", "fr",
                "2025-02-05");
        asserted(fr, "THREATEN", "USA", "CAN");
        absent(fr, "TARIFF", "USA", "CAN");
        Extraction ar = run("أعلن ترامب فرض رسوم جمركية بنسبة 25% على كندا قبل أن يعلّقها.", "ar", "2025-02-05");
        asserted(ar, "THREATEN", "USA", "CAN");
        absent(ar, "TARIFF", "USA", "CAN");
    }

    @Test
    void aPauseInTheNextSentenceWithAPronoun() {
        asserted(run("Washington announced tariffs on Mexico on Saturday. Two days later it paused them for a month.",
                "en", "2025-02-05"), "THREATEN", "USA", "MEX");
        asserted(run("Washington a annoncé samedi des droits de douane sur le Mexique. Deux jours plus tard, la Maison "
                + "Blanche les a suspendus.", "fr", "2025-02-05"), "THREATEN", "USA", "MEX");
        asserted(run("أعلنت واشنطن فرض رسوم جمركية على المكسيك يوم السبت. وبعد يومين علقتها لمدة شهر.", "ar",
                "2025-02-05"), "THREATEN", "USA", "MEX");
        // no pronoun pointing back: the announced tariff stays
        absent(run("Washington announced tariffs on Mexico on Saturday. Two days later it paused talks with Cuba.",
                "en", "2025-02-05"), "THREATEN", "USA", "MEX");
    }

    @Test
    void postponedTariffsAreThreats() {
        asserted(run("Trump postponed the tariffs on Mexico by a month.", "en", "2025-03-06"), "THREATEN", "USA", "MEX");
        asserted(run("Washington a reporté d'un mois les droits de douane sur le Mexique.", "fr", "2025-03-06"),
                "THREATEN", "USA", "MEX");
        asserted(run("وأرجأت واشنطن الرسوم الجمركية على المكسيك شهرا.", "ar", "2025-03-06"), "THREATEN", "USA", "MEX");
        asserted(run("Washington unveiled duties on Brazil, but they never took effect.", "en", "2025-03-06"),
                "THREATEN", "USA", "BRA");
    }

    @Test
    void appliedTariffsThatArePausedStayTariffs() {
        // imposed, then paused: the tariff was applied (lifted, not a threat)
        Extraction e = run("The United States paused the tariffs it imposed on Canada in March.", "en", "2025-06-01");
        Fact f = fact(e, "TARIFF", "USA", "CAN").orElseThrow();
        assertThat(f.status()).isEqualTo("lifted");
        absent(e, "THREATEN", "USA", "CAN");
        asserted(run("Washington imposed tariffs on Canada in March, which delayed shipments.", "en", "2025-06-01"),
                "TARIFF", "USA", "CAN");
        absent(run("Washington imposed 25% tariffs on Canada, but paused talks with Mexico.", "en", "2025-06-01"),
                "THREATEN", "USA", "CAN");
        // sanctions that are suspended are lifted sanctions, never threats
        absent(run("Washington announced sanctions on Iran, but suspended them a week later.", "en", "2025-06-01"),
                "THREATEN", "USA", "IRN");
    }
}
