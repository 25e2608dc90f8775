package org.entente.extract;

import org.junit.jupiter.api.Test;

import static org.entente.extract.Snippets.absent;
import static org.entente.extract.Snippets.asserted;
import static org.entente.extract.Snippets.run;

/** Fifth tuning round: allies named by an adjective, a possessor or an apposition, and Arabic indefinite duals. */
class AlliesTest {

    @Test
    void adjectiveStateAndCopulaSubject() {
        Extraction e = run("Australia and New Zealand are British Commonwealth allies.", "en", "2025-05-01");
        asserted(run("Thailand and the Philippines are U.S. treaty allies.", "en", "2025-05-01"), "ALLIANCE", "THA", "USA");
        asserted(run("Thailand and the Philippines are U.S. treaty allies.", "en", "2025-05-01"), "ALLIANCE", "PHL", "USA");
        asserted(run("Tokyo, a longtime US ally, protested.", "en", "2025-05-01"), "ALLIANCE", "JPN", "USA");
        absent(e, "ALLIANCE", "AUS", "NZL");
        // a verb between the subject and the noun phrase: no alliance with the subject
        absent(run("Russia attacked the US ally Ukraine.", "en", "2025-05-01"), "ALLIANCE", "RUS", "USA");
    }

    @Test
    void possessorAndAListAfterTheNoun() {
        Extraction e = run("Washington's allies Japan and South Korea protested.", "en", "2025-05-01");
        asserted(e, "ALLIANCE", "USA", "JPN");
        asserted(e, "ALLIANCE", "USA", "KOR");
    }

    @Test
    void possessorInAnAppositionIsNoSubject() {
        Extraction e = run("Israel, America's closest ally in the region, struck Iran.", "en", "2025-05-01");
        asserted(e, "ATTACK", "ISR", "IRN");
        absent(e, "ATTACK", "USA", "IRN");
    }

    @Test
    void frenchDemonymAfterTheNoun() {
        Extraction e = run("Le Japon et les Philippines sont des alliés américains.", "fr", "2025-05-01");
        asserted(e, "ALLIANCE", "JPN", "USA");
        absent(e, "ALLIANCE", "JPN", "PHL");
        asserted(run("Le Japon, allié américain de longue date, a protesté.", "fr", "2025-05-01"), "ALLIANCE", "JPN", "USA");
    }

    @Test
    void arabicIndefiniteDualIsAPredicate() {
        Extraction e = run("واليابان والفلبين حليفتان للولايات المتحدة.", "ar", "2025-05-01");
        asserted(e, "ALLIANCE", "JPN", "USA");
        asserted(e, "ALLIANCE", "PHL", "USA");
    }
}
