package org.entente.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extract.Snippets.*;

/** Denials, negations, hypotheticals, threats, plans and lifted measures, in the three languages. */
class ModalityTest {

    @Test
    void english() {
        Extraction e = run("Washington imposed 25% tariffs on Indian steel over purchases of Russian oil.", "en", "2025-08-01");
        Fact f = asserted(e, "TARIFF", "USA", "IND");
        assertThat(f.rate()).isEqualTo("25%");
        assertThat(f.goods()).isEqualTo("steel");
        assertThat(f.reason()).startsWith("purchases");
        absent(run("Moscow denied that it had signed any agreement with Pyongyang.", "en", "2025-08-01"), "AGREEMENT", "RUS", "PRK");
        absent(run("Russia did not sign an agreement with China.", "en", "2025-08-01"), "AGREEMENT", "RUS", "CHN");
        absent(run("Analysts say Russia could form an alliance with North Korea.", "en", "2025-08-01"), "ALLIANCE", "RUS", "PRK");
        Extraction threat = run("Trump threatened to impose tariffs on Canada.", "en", "2025-08-01");
        asserted(threat, "THREATEN", "USA", "CAN");
        absent(threat, "TARIFF", "USA", "CAN");
        Extraction planned = run("Putin will meet Modi in Delhi next month.", "en", "2025-08-01");
        assertThat(fact(planned, "MEETING", "Vladimir Putin", "Narendra Modi").orElseThrow().status()).isEqualTo("planned");
        Fact lifted = asserted(run("Washington lifted sanctions on Syria in June 2025.", "en", "2025-08-01"), "SANCTION", "USA", "SYR");
        assertThat(lifted.status()).isEqualTo("lifted");
        assertThat(lifted.date()).isEqualTo("2025-06");
    }

    @Test
    void french() {
        asserted(run("Les États-Unis ont imposé des droits de douane sur la Chine.", "fr", "2025-04-10"), "TARIFF", "USA", "CHN");
        absent(run("Moscou a démenti tout accord avec Pyongyang.", "fr", "2025-04-10"), "AGREEMENT", "RUS", "PRK");
        absent(run("La Russie n'a pas signé d'accord avec la Chine.", "fr", "2025-04-10"), "AGREEMENT", "RUS", "CHN");
        absent(run("La Russie pourrait conclure une alliance avec la Corée du Nord.", "fr", "2025-04-10"), "ALLIANCE", "RUS", "PRK");
        Extraction threat = run("Donald Trump a menacé d'imposer des droits de douane sur le Mexique.", "fr", "2025-04-10");
        asserted(threat, "THREATEN", "USA", "MEX");
        absent(threat, "TARIFF", "USA", "MEX");
        Extraction planned = run("Emmanuel Macron rencontrera Narendra Modi la semaine prochaine.", "fr", "2025-04-10");
        assertThat(fact(planned, "MEETING", "Emmanuel Macron", "Narendra Modi").orElseThrow().status()).isEqualTo("planned");
        assertThat(asserted(run("Washington a levé les sanctions contre la Syrie.", "fr", "2025-07-01"), "SANCTION", "USA", "SYR")
                .status()).isEqualTo("lifted");
    }

    @Test
    void arabic() {
        asserted(run("فرضت الولايات المتحدة رسوماً جمركية على الهند.", "ar", "2025-09-02"), "TARIFF", "USA", "IND");
        absent(run("نفت موسكو توقيع أي اتفاق مع بيونغ يانغ.", "ar", "2025-09-02"), "AGREEMENT", "RUS", "PRK");
        absent(run("لم توقع روسيا اتفاقاً مع الصين.", "ar", "2025-09-02"), "AGREEMENT", "RUS", "CHN");
        absent(run("يثير الاجتماع احتمال ظهور تحالف بين روسيا وكوريا الشمالية.", "ar", "2025-09-02"), "ALLIANCE", "RUS", "PRK");
        Extraction threat = run("هدد ترامب بفرض رسوم جمركية على المكسيك.", "ar", "2025-09-02");
        asserted(threat, "THREATEN", "USA", "MEX");
        absent(threat, "TARIFF", "USA", "MEX");
        Extraction planned = run("سيلتقي بوتين مودي في نيودلهي الشهر المقبل.", "ar", "2025-09-02");
        assertThat(fact(planned, "MEETING", "Vladimir Putin", "Narendra Modi").orElseThrow().status()).isEqualTo("planned");
        assertThat(asserted(run("رفعت الولايات المتحدة العقوبات عن سوريا.", "ar", "2025-09-02"), "SANCTION", "USA", "SYR")
                .status()).isEqualTo("lifted");
    }
}
