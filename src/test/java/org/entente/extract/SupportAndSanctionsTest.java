package org.entente.extract;

import org.junit.jupiter.api.Test;

import static org.entente.extract.Snippets.absent;
import static org.entente.extract.Snippets.asserted;
import static org.entente.extract.Snippets.run;

/** Fifth tuning round: military support, sanctions and threats phrased the way news reports phrase them. */
class SupportAndSanctionsTest {

    @Test
    void stateObjectPronounAfterASupplyingVerb() {
        asserted(run("Japan is Australia's closest partner and supplies it with patrol vessels and radars every year.",
                "en", "2025-05-01"), "MILITARY_SUPPORT", "JPN", "AUS");
        asserted(run("L'Ukraine manque d'obus et la Pologne lui a livré des chars.", "fr", "2025-05-01"),
                "MILITARY_SUPPORT", "POL", "UKR");
        // no state before the pronoun: nothing
        absent(run("Poland bought the rifles and supplies them with ammunition.", "en", "2025-05-01"),
                "MILITARY_SUPPORT", "POL", "POL");
    }

    @Test
    void relyingOnTroopsOfAnotherState() {
        asserted(run("Depuis 2022, l'armée centrafricaine s'appuie sur des paramilitaires russes et sur des blindés "
                + "livrés par la Chine.", "fr", "2025-05-01"), "MILITARY_SUPPORT", "RUS", "CAF");
        asserted(run("Depuis 2022, l'armée centrafricaine s'appuie sur des paramilitaires russes et sur des blindés "
                + "livrés par la Chine.", "fr", "2025-05-01"), "MILITARY_SUPPORT", "CHN", "CAF");
    }

    @Test
    void clauseAfterAColonHasItsOwnSubject() {
        asserted(run("Les deux voisins divergent : la Roumanie renforce sa défense, et a livré à la Moldavie des "
                + "véhicules blindés.", "fr", "2025-05-01"), "MILITARY_SUPPORT", "ROU", "MDA");
    }

    @Test
    void frontedPlaceIsNoSubject() {
        asserted(run("وفي بكين، توعد المتحدث باسم الخارجية الصينية لين جيان باتخاذ \"إجراءات حازمة\" ضد اليابان.",
                "ar", "2025-05-01"), "THREATEN", "CHN", "JPN");
    }

    @Test
    void retaliationIsAimedAtTheAttacker() {
        asserted(run("Israel strikes Lebanon; Beirut vows to hit back", "en", "2025-05-01"), "THREATEN", "LBN", "ISR");
        asserted(run("L'Éthiopie bombarde l'Érythrée. Asmara jure de se venger.", "fr", "2025-05-01"),
                "THREATEN", "ERI", "ETH");
        asserted(run("قصفت إسرائيل مواقع في لبنان. وتوعدت بيروت بالرد.", "ar", "2025-05-01"), "THREATEN", "LBN", "ISR");
        // a retaliation threat with no attack on the threatener names no target
        absent(run("Beirut vows to hit back.", "en", "2025-05-01"), "THREATEN", "LBN", "ISR");
    }

    @Test
    void relativeClauseAfterABracketedAcronym() {
        asserted(run("La Communauté de développement d'Afrique australe (SADC), qui a imposé des sanctions au "
                + "Zimbabwe, a menacé d'intervenir.", "fr", "2025-05-01"), "SANCTION", "SADC", "ZWE");
        asserted(run("وتوترت العلاقات مع المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)، التي فرضت عقوبات على النيجر.",
                "ar", "2025-05-01"), "SANCTION", "ECOWAS", "NER");
    }

    @Test
    void hitBySanctionsOfAnOrganization() {
        asserted(run("Bamako est frappé depuis le coup d'État par de lourdes sanctions économiques et financières de "
                + "la Cédéao.", "fr", "2025-05-01"), "SANCTION", "ECOWAS", "MLI");
        asserted(run("Iran has been hit since 2018 by sweeping sanctions from the United States.", "en", "2025-05-01"),
                "SANCTION", "USA", "IRN");
        asserted(run("وتواجه سوريا عقوبات أوروبية مشددة.", "ar", "2025-05-01"), "SANCTION", "EU", "SYR");
    }

    @Test
    void securityCouncilSanctionsAreTheUns() {
        asserted(run("Libya has been under UN Security Council sanctions since 2011.", "en", "2025-05-01"),
                "SANCTION", "UN", "LBY");
        absent(run("Libya has been under UN Security Council sanctions since 2011.", "en", "2025-05-01"),
                "SANCTION", "UNSC", "LBY");
    }

    @Test
    void arabicPortfolioBetweenTitleAndName() {
        Extraction e = run("وفرضت واشنطن عقوبات على وزير الدولة السعودي للشؤون الخارجية عادل الجبير.", "ar", "2025-05-01");
        asserted(e, "HOLDS_OFFICE", "Adel al-Jubeir", "SAU");
        asserted(e, "SANCTION", "USA", "Adel al-Jubeir");
        absent(e, "SANCTION", "USA", "SAU");
    }

    @Test
    void demonymBeforeANamedOfficialQualifiesThem() {
        Extraction e = run("وفرضت الولايات المتحدة عقوبات على قاضي المحكمة العليا البرازيلية ألكسندر دي مورايس.", "ar",
                "2025-07-30");
        asserted(e, "SANCTION", "USA", "Alexandre de Moraes");
        absent(e, "SANCTION", "USA", "BRA");
    }

    @Test
    void arabicVerbFirstRecipientAndSanctionsAsSubject() {
        Extraction e = run("وتحصل إسرائيل على مساعدات عسكرية أميركية سنوية.", "ar", "2025-05-01");
        asserted(e, "MILITARY_SUPPORT", "USA", "ISR");
        absent(e, "MILITARY_SUPPORT", "ISR", "USA");
        asserted(run("وطالت العقوبات البريطانية مصارف روسية.", "ar", "2025-05-01"), "SANCTION", "GBR", "RUS");
        asserted(run("واستهدفت العقوبات الأميركية قطاع النفط الإيراني.", "ar", "2025-05-01"), "SANCTION", "USA", "IRN");
    }

    @Test
    void arabicRelyingOnWeaponsOfAnotherState() {
        asserted(run("وتعتمد روسيا على الطائرات المسيرة الإيرانية.", "ar", "2025-05-01"), "MILITARY_SUPPORT", "IRN", "RUS");
        asserted(run("وتعتمد فنزويلا على السلاح الروسي.", "ar", "2025-05-01"), "MILITARY_SUPPORT", "RUS", "VEN");
    }
}
