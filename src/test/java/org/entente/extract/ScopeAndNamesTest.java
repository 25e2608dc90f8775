package org.entente.extract;

import org.junit.jupiter.api.Test;

import static org.entente.extract.Snippets.absent;
import static org.entente.extract.Snippets.asserted;
import static org.entente.extract.Snippets.run;

/** Fourth tuning round: surnames that are common words, apposition outside a verb's negation, "like X". */
class ScopeAndNamesTest {

    @Test
    void arabicLulaOnlyAfterATitle() {
        asserted(run("التقى الرئيس الصيني شي جين بينغ الرئيس البرازيلي لولا في بكين.", "ar", "2025-05-13"),
                "MEETING", "Xi Jinping", "Luiz Inácio Lula da Silva");
        asserted(run("استقبل الرئيس لولا نظيره الصيني شي جين بينغ.", "ar", "2025-05-13"),
                "MEETING", "Luiz Inácio Lula da Silva", "Xi Jinping");
        // "لولا" is also "if not for": no title, no person
        absent(run("ولولا الدعم الصيني لما التقى شي جين بينغ لولا.", "ar", "2025-05-13"),
                "MEETING", "Xi Jinping", "Luiz Inácio Lula da Silva");
    }

    @Test
    void appositionIsOutsideTheVerbsNegation() {
        String s = "وعارضت المجر وسلوفاكيا، العضوان في الاتحاد الأوروبي، العقوبات الجديدة على روسيا.";
        asserted(run(s, "ar", "2025-05-13"), "MEMBER_OF", "HUN", "EU");
        asserted(run(s, "ar", "2025-05-13"), "MEMBER_OF", "SVK", "EU");
        absent(run("لم تنضم صربيا إلى الاتحاد الأوروبي.", "ar", "2025-05-13"), "MEMBER_OF", "SRB", "EU");
    }

    @Test
    void likeXNamesBoth() {
        asserted(run("Germany, like France, is a member of the EU.", "en", "2025-05-13"), "MEMBER_OF", "DEU", "EU");
        asserted(run("L'Allemagne, comme la France, est membre de l'UE.", "fr", "2025-05-13"), "MEMBER_OF", "DEU", "EU");
        asserted(run("ألمانيا، مثل فرنسا، عضو في الاتحاد الأوروبي.", "ar", "2025-05-13"), "MEMBER_OF", "DEU", "EU");
    }

    @Test
    void floatedTariffsAreAThreat() {
        asserted(run("Trump has floated tariffs of up to 100% on Brazil.", "en", "2025-07-10"), "THREATEN", "USA", "BRA");
        absent(run("Trump floated the idea of a summit with Russia.", "en", "2025-07-10"), "THREATEN", "USA", "RUS");
    }
}
