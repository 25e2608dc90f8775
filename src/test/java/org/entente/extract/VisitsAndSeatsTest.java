package org.entente.extract;

import org.junit.jupiter.api.Test;

import static org.entente.extract.Snippets.absent;
import static org.entente.extract.Snippets.asserted;
import static org.entente.extract.Snippets.run;

/** Third tuning round: passive receptions after a pronoun, visits, joint press conferences, seats as metonymy. */
class VisitsAndSeatsTest {

    @Test
    void frenchPronounBeforeACompoundPassive() {
        asserted(run("Narendra Modi est arrivé à Moscou, où il a été reçu par Vladimir Poutine.", "fr", "2024-07-09"),
                "MEETING", "Narendra Modi", "Vladimir Putin");
        asserted(run("Narendra Modi est arrivé à Moscou. Il a été accueilli par Vladimir Poutine.", "fr", "2024-07-09"),
                "MEETING", "Narendra Modi", "Vladimir Putin");
    }

    @Test
    void visitsAndHosting() {
        asserted(run("Erdogan paid a visit to Putin in Sochi.", "en", "2024-09-04"),
                "MEETING", "Recep Tayyip Erdoğan", "Vladimir Putin");
        asserted(run("Putin played host to Modi at his residence.", "en", "2024-07-09"),
                "MEETING", "Vladimir Putin", "Narendra Modi");
        asserted(run("Erdogan a rendu visite à Poutine à Sotchi.", "fr", "2024-09-04"),
                "MEETING", "Recep Tayyip Erdoğan", "Vladimir Putin");
    }

    @Test
    void jointPressConference() {
        asserted(run("Putin, speaking alongside Modi at a joint press conference, praised the deal.", "en", "2024-07-09"),
                "MEETING", "Vladimir Putin", "Narendra Modi");
        asserted(run("Lors d'une conférence de presse conjointe avec Modi, Poutine a salué l'accord.", "fr", "2024-07-09"),
                "MEETING", "Vladimir Putin", "Narendra Modi");
        asserted(run("وقال بوتين في مؤتمر صحفي مشترك مع مودي إن العلاقات قوية.", "ar", "2024-07-09"),
                "MEETING", "Vladimir Putin", "Narendra Modi");
    }

    @Test
    void aCapitalSeatingANamedOrganizationIsThatOrganization() {
        asserted(run("The European Union is weighing new measures. Brussels imposed fresh sanctions on Belarus on "
                + "Monday.", "en", "2024-06-24"), "SANCTION", "EU", "BLR");
        asserted(run("L'Union européenne durcit le ton. Bruxelles a adopté de nouvelles sanctions contre le Bélarus.",
                "fr", "2024-06-24"), "SANCTION", "EU", "BLR");
        asserted(run("يدرس الاتحاد الأوروبي خطوات جديدة. وفرضت بروكسل عقوبات جديدة على بيلاروس.", "ar", "2024-06-24"),
                "SANCTION", "EU", "BLR");
        // the article names no organization seated there: Brussels alone stays unresolved
        absent(run("Brussels imposed fresh sanctions on Belarus on Monday.", "en", "2024-06-24"), "SANCTION", "EU", "BLR");
    }

    @Test
    void frenchRejoining() {
        asserted(run("Le Maroc a réintégré l'Union africaine en 2017.", "fr", "2017-01-31"), "MEMBER_OF", "MAR", "AU");
    }
}
