package org.entente.extract;

import org.junit.jupiter.api.Test;

import static org.entente.extract.Snippets.absent;
import static org.entente.extract.Snippets.asserted;
import static org.entente.extract.Snippets.run;

/** Fifth tuning round: attacks with verb-first objects and place objects, security-guarantee treaties, levies. */
class AttacksAndPactsTest {

    @Test
    void arabicVerbFirstObjectAfterTheSubject() {
        asserted(run("قصفت القوات الروسية مدينة أوديسا الأوكرانية.", "ar", "2025-05-01"), "ATTACK", "RUS", "UKR");
    }

    @Test
    void frenchPlaceAfterAuIsTheTarget() {
        asserted(run("L'Inde a frappé neuf sites au Pakistan.", "fr", "2025-05-07"), "ATTACK", "IND", "PAK");
    }

    @Test
    void securityGuaranteesTreatyIsADefencePact() {
        asserted(run("Moscow and Minsk signed a security guarantees treaty.", "en", "2024-12-07"),
                "DEFENSE_PACT", "RUS", "BLR");
        asserted(run("Moscou et Minsk ont signé un traité sur les garanties de sécurité.", "fr", "2024-12-07"),
                "DEFENSE_PACT", "RUS", "BLR");
    }

    @Test
    void aLevyAfterAPercentIsANoun() {
        Extraction e = run("Brazil was hit with a 40% levy on its exports to the United States.", "en", "2025-08-01");
        absent(e, "TARIFF", "BRA", "USA");
        asserted(run("Brazil was hit with a 40% U.S. levy.", "en", "2025-08-01"), "TARIFF", "USA", "BRA");
    }

    @Test
    void conditionalTargetsInFrenchAndArabic() {
        asserted(run("Trump a menacé de nouveaux droits de douane si Pékin riposte.", "fr", "2025-04-05"),
                "THREATEN", "USA", "CHN");
        asserted(run("وهدد ترامب بفرض رسوم إضافية إذا ردت بكين.", "ar", "2025-04-05"), "THREATEN", "USA", "CHN");
        asserted(run("Tehran warned that any Israeli attack would bring a harsh response.", "en", "2025-04-05"),
                "THREATEN", "IRN", "ISR");
    }

    @Test
    void mediatorsAreNoParties() {
        absent(run("The agreement between Israel and Lebanon was brokered by Qatar and Egypt.", "en", "2025-04-05"),
                "AGREEMENT", "ISR", "EGY");
        asserted(run("The agreement between Israel and Lebanon was brokered by Qatar and Egypt.", "en", "2025-04-05"),
                "AGREEMENT", "ISR", "LBN");
    }

    @Test
    void arabicFailedToReach() {
        absent(run("وفشلت روسيا وأوكرانيا في التوصل إلى اتفاق.", "ar", "2025-04-05"), "AGREEMENT", "RUS", "UKR");
    }
}
