package org.entente.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extract.Snippets.absent;
import static org.entente.extract.Snippets.asserted;
import static org.entente.extract.Snippets.run;

/** Argument finding beyond the next word: relative clauses, appositions, coordination, possessives, anaphors. */
class SyntaxTest {

    @Test
    void relativeClauseSubject() {
        asserted(run("China, which joined the World Trade Organization in 2001, has filed a complaint.", "en", "2025-04-10"),
                "MEMBER_OF", "CHN", "WTO");
        asserted(run("Israel, which has carried out hundreds of air strikes on military sites in Syria, said nothing.", "en",
                "2025-05-14"), "ATTACK", "ISR", "SYR");
    }

    @Test
    void appositionOfANominalTrigger() {
        Extraction e = run("The summit was overshadowed by tensions between Washington and Caracas, the closest ally of Havana.",
                "en", "2015-04-11");
        asserted(e, "ALLIANCE", "VEN", "CUB");
        absent(e, "ALLIANCE", "USA", "CUB");
        asserted(run("Hungary, a member of both the EU and NATO, refused to send weapons.", "en", "2024-07-05"),
                "MEMBER_OF", "HUN", "NATO");
    }

    @Test
    void subjectOfACoordinatedVerb() {
        asserted(run("Egypt, at odds with Addis Ababa over a dam on the Nile, signed a defence protocol with Mogadishu.",
                "en", "2024-12-12"), "AGREEMENT", "EGY", "SOM");
        asserted(run("Helsinki applied to join in May 2022, and has since sent Kyiv dozens of packages of weapons.", "en",
                "2023-04-04"), "MILITARY_SUPPORT", "FIN", "UKR");
    }

    @Test
    void possessorOfANominalTrigger() {
        asserted(run("Ukraine has been resisting Russia's full-scale invasion of Ukraine since 2022.", "en", "2025-01-16"),
                "ATTACK", "RUS", "UKR");
        asserted(run("The United States is Israel's closest ally.", "en", "2025-06-13"), "ALLIANCE", "USA", "ISR");
        absent(run("Finland joins NATO, doubling the alliance's land border with Russia.", "en", "2023-04-04"),
                "ALLIANCE", "FIN", "RUS");
    }

    @Test
    void partnersPairWithTheSubjectNotWithEachOther() {
        Extraction e = run("Japan signed similar agreements with Australia in 2022 and with Britain in 2023.", "en", "2024-07-08");
        asserted(e, "AGREEMENT", "JPN", "AUS");
        asserted(e, "AGREEMENT", "JPN", "GBR");
        absent(e, "AGREEMENT", "AUS", "GBR");
        Extraction t = run("Japan and the Philippines are both treaty allies of the United States.", "en", "2024-07-08");
        absent(t, "AGREEMENT", "JPN", "USA");
        absent(t, "ALLIANCE", "JPN", "PHL");
    }

    @Test
    void anaphors() {
        Extraction e = run("Mali, Burkina Faso and Niger left the bloc. All three were founding members of ECOWAS in 1975.",
                "en", "2024-01-28");
        asserted(e, "MEMBER_OF", "MLI", "ECOWAS");
        asserted(e, "MEMBER_OF", "NER", "ECOWAS");
        asserted(run("ECOWAS met in Abuja. The bloc sanctioned Mali in January 2022.", "en", "2024-01-28"),
                "SANCTION", "ECOWAS", "MLI");
    }

    @Test
    void officesThroughRanksAndNotCurrentTitles() {
        Extraction e = run("Burkina Faso's Captain Ibrahim Traore met the press.", "en", "2024-01-28");
        asserted(e, "HOLDS_OFFICE", "Ibrahim Traoré", "BFA");
        Extraction f = run("The U.S. president-elect has promised to end the war.", "en", "2025-01-16");
        absent(f, "HOLDS_OFFICE", "Joe Biden", "USA");
    }

    @Test
    void aTriggerInsideALongerOneOfAnotherTypeIsDropped() {
        Extraction e = run("Somalia and Ethiopia struck a deal in Ankara.", "en", "2024-12-12");
        absent(e, "ATTACK", "SOM", "ETH");
        assertThat(e.facts()).noneMatch(f -> f.type().equals("ATTACK"));
    }
}
