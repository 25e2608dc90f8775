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

    @Test
    void arabicVerbFirstPassiveNamesThePatientInsideTheGap() {
        asserted(run("تخضع إيران لعقوبات أميركية صارمة.", "ar", "2024-06-10"), "SANCTION", "USA", "IRN");
        absent(run("تخضع إيران لعقوبات أميركية صارمة.", "ar", "2024-06-10"), "SANCTION", "IRN", "USA");
        asserted(run("تعرضت كييف لهجوم روسي.", "ar", "2024-06-10"), "ATTACK", "RUS", "UKR");
    }

    @Test
    void missilesFiredAtAndHittingATarget() {
        asserted(run("Iran fired ballistic missiles at Israel.", "en", "2024-10-01"), "ATTACK", "IRN", "ISR");
        asserted(run("Russian missiles hit Kyiv overnight.", "en", "2024-07-08"), "ATTACK", "RUS", "UKR");
        asserted(run("Kyiv came under Russian attack.", "en", "2024-07-08"), "ATTACK", "RUS", "UKR");
        // "hit" for tariffs stays a tariff, sanctions hitting an economy are no attack
        absent(run("Sanctions hit Russia hard.", "en", "2024-07-08"), "ATTACK", "RUS", "RUS");
    }

    @Test
    void arabicPluralAppositionDescribesTheWholeGroup() {
        Extraction e = run("أعلنت المجر وبولندا، العضوان في الاتحاد الأوروبي، رفضهما.", "ar", "2024-06-10");
        asserted(e, "MEMBER_OF", "HUN", "EU");
        asserted(e, "MEMBER_OF", "POL", "EU");
    }

    @Test
    void anOrganizationAdjectiveNextToASanctionNounIsItsAgent() {
        asserted(run("Les sanctions européennes contre la Russie pèsent sur l'économie.", "fr", "2024-06-10"),
                "SANCTION", "EU", "RUS");
        asserted(run("European sanctions on Russia have hurt its economy.", "en", "2024-06-10"), "SANCTION", "EU", "RUS");
        asserted(run("ويخضع النظام البيلاروسي لعقوبات أوروبية منذ عام 2020.", "ar", "2024-06-10"), "SANCTION", "EU", "BLR");
        absent(run("ويخضع النظام البيلاروسي لعقوبات أوروبية منذ عام 2020.", "ar", "2024-06-10"), "SANCTION", "BLR", "EU");
        // "European countries" are not the Union
        absent(run("فرضت الدول الأوروبية عقوبات على روسيا.", "ar", "2024-06-10"), "SANCTION", "EU", "RUS");
        absent(run("European leaders met in Paris to discuss Russia.", "en", "2024-06-10"), "SANCTION", "EU", "RUS");
    }

    @Test
    void audiencesAndSupplyingInfinitives() {
        asserted(run("Vladimir Poutine a reçu en audience Narendra Modi.", "fr", "2024-07-09"),
                "MEETING", "Vladimir Putin", "Narendra Modi");
        asserted(run("L'Allemagne s'est engagée à fournir des systèmes de défense aérienne à l'Ukraine.", "fr",
                "2024-06-10"), "MILITARY_SUPPORT", "DEU", "UKR");
    }

    @Test
    void anEnvoysComplementNamesTheHostState() {
        Extraction e = run("China's ambassador to Washington, Xie Feng, said talks were possible.", "en", "2024-06-10");
        asserted(e, "HOLDS_OFFICE", "Xie Feng", "CHN");
        absent(e, "HOLDS_OFFICE", "Xie Feng", "USA");
        asserted(run("L'ambassadeur de Chine aux États-Unis, Xie Feng, a dit non.", "fr", "2024-06-10"),
                "HOLDS_OFFICE", "Xie Feng", "CHN");
    }
}
