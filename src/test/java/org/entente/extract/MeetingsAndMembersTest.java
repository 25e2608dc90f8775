package org.entente.extract;

import org.junit.jupiter.api.Test;

import static org.entente.extract.Snippets.absent;
import static org.entente.extract.Snippets.asserted;
import static org.entente.extract.Snippets.run;

/** Fifth tuning round: visit hosts, verb-first gaps, clause links, and membership phrasings. */
class MeetingsAndMembersTest {

    @Test
    void theTwoLeadersAreTheVisitorAndTheHost() {
        asserted(run("Indian Prime Minister Narendra Modi arrived in Moscow on Monday. The two leaders held talks on "
                + "energy.", "en", "2024-07-09"), "MEETING", "Narendra Modi", "Vladimir Putin");
        asserted(run("Le Premier ministre indien Narendra Modi est arrivé à Moscou lundi. Les deux dirigeants se sont "
                + "entretenus de l'énergie.", "fr", "2024-07-09"), "MEETING", "Narendra Modi", "Vladimir Putin");
        asserted(run("وصل رئيس الوزراء الهندي ناريندرا مودي إلى موسكو يوم الاثنين. وبحث الزعيمان التعاون في مجال الطاقة.",
                "ar", "2024-07-09"), "MEETING", "Narendra Modi", "Vladimir Putin");
        // his own capital is no visit
        absent(run("Indian Prime Minister Narendra Modi spoke in New Delhi on Monday. The two leaders held talks.",
                "en", "2024-07-09"), "MEETING", "Narendra Modi", "Droupadi Murmu");
    }

    @Test
    void arabicVerbFirstGapTakesTheNameAfterTheVerb() {
        asserted(run("وأجرى لافروف على هامش القمة محادثات مع الرئيس التركي رجب طيب أردوغان.", "ar", "2025-05-01"),
                "MEETING", "Sergey Lavrov", "Recep Tayyip Erdoğan");
    }

    @Test
    void aClauseLinkStartsANewSubject() {
        Extraction e = run("Rubio spoke by phone with Jaishankar, while Saudi minister Adel al-Jubeir travelled to "
                + "India and met Jaishankar in New Delhi.", "en", "2025-05-10");
        asserted(e, "MEETING", "Adel al-Jubeir", "S. Jaishankar");
        absent(e, "MEETING", "Marco Rubio", "S. Jaishankar");
    }

    @Test
    void groupedWithinAnOrganization() {
        String fr = "Le Mali, le Burkina Faso et le Niger, réunis au sein de l'Alliance des États du Sahel, ont quitté "
                + "la Cédéao.";
        asserted(run(fr, "fr", "2025-01-29"), "MEMBER_OF", "MLI", "AES");
        asserted(run(fr, "fr", "2025-01-29"), "MEMBER_OF", "NER", "AES");
        asserted(run("وانسحبت مالي وبوركينا فاسو والنيجر المنضوية في تحالف دول الساحل من إيكواس.", "ar", "2025-01-29"),
                "MEMBER_OF", "BFA", "AES");
        asserted(run("Poland, Hungary, Slovakia and the Czech Republic make up the Visegrad Group.", "en", "2025-01-29"),
                "MEMBER_OF", "SVK", "V4");
    }

    @Test
    void oneOfTheStatesOfAnOrganization() {
        asserted(run("وتعد إندونيسيا أكبر دول رابطة آسيان.", "ar", "2025-01-29"), "MEMBER_OF", "IDN", "ASEAN");
        absent(run("وتوترت العلاقات بين دول الاتحاد الأوروبي وروسيا.", "ar", "2025-01-29"), "MEMBER_OF", "RUS", "EU");
    }

    @Test
    void pluralTitleWithAListOfStates() {
        Extraction e = run("The foreign ministers of Egypt, Saudi Arabia and Qatar met in Cairo.", "en", "2025-05-01");
        asserted(e, "MEETING", "Badr Abdelatty", "Faisal bin Farhan Al Saud");
        asserted(e, "MEETING", "Faisal bin Farhan Al Saud", "Mohammed bin Abdulrahman bin Jassim Al Thani");
    }

    @Test
    void arabicWasThereToReceive() {
        asserted(run("وكان الرئيس الصيني شي جين بينغ في استقبال ضيفه الروسي فلاديمير بوتين.", "ar", "2025-05-01"),
                "MEETING", "Xi Jinping", "Vladimir Putin");
    }

    @Test
    void appositionsAndCoMembers() {
        asserted(run("A NATO member since 1982, Spain hosted the summit.", "en", "2025-05-01"), "MEMBER_OF", "ESP", "NATO");
        asserted(run("Ethiopia, one of five new BRICS members, welcomed the decision.", "en", "2025-05-01"),
                "MEMBER_OF", "ETH", "BRICS");
        asserted(run("La Belgique et les Pays-Bas, pays fondateurs de l'UE, ont proposé un plan.", "fr", "2025-05-01"),
                "MEMBER_OF", "NLD", "EU");
        Extraction e = run("Australia sits in the Quad alongside the United States, Japan and India.", "en", "2025-05-01");
        asserted(e, "MEMBER_OF", "AUS", "QUAD");
        asserted(e, "MEMBER_OF", "JPN", "QUAD");
    }

    @Test
    void frontedParticipleWithItsAgent() {
        asserted(run("Reçu par Xi Jinping, Vladimir Poutine a salué le partenariat.", "fr", "2025-05-01"),
                "MEETING", "Vladimir Putin", "Xi Jinping");
        asserted(run("Welcomed by Xi Jinping, Vladimir Putin praised the partnership.", "en", "2025-05-01"),
                "MEETING", "Vladimir Putin", "Xi Jinping");
    }

    @Test
    void aDateBetweenCommasIsTransparent() {
        asserted(run("استقبل الرئيس الروسي فلاديمير بوتين، أمس الثلاثاء، رئيس الوزراء الهندي ناريندرا مودي في موسكو.", "ar",
                "2024-07-10"), "MEETING", "Vladimir Putin", "Narendra Modi");
        asserted(run("Vladimir Putin, on Tuesday, received Narendra Modi in Moscow.", "en", "2024-07-10"),
                "MEETING", "Vladimir Putin", "Narendra Modi");
    }

    @Test
    void theTwoCountriesIncludeTheVisitorsState() {
        asserted(run("وصل الرئيس الصيني شي جين بينغ إلى موسكو في زيارة دولة. ووقع البلدان خلال الزيارة اتفاقيات للتعاون.",
                "ar", "2025-05-08"), "AGREEMENT", "CHN", "RUS");
        asserted(run("Chinese President Xi Jinping arrived in Moscow on a state visit. The two countries signed trade "
                + "agreements.", "en", "2025-05-08"), "AGREEMENT", "CHN", "RUS");
    }
}
