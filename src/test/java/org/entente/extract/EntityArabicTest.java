package org.entente.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extract.Snippets.*;

class EntityArabicTest {

    @Test
    void procliticsAreNotPartOfTheSpan() {
        String t = "التقى شي وبوتين في بكين، وقال المتحدث إن الرسالة وصلت للكرملين.";
        Extraction e = run(t, "ar", "2024-05-01");
        hasSpan(e, t, "Vladimir Putin", "بوتين");
        hasSpan(e, t, "RUS", "كرملين");
        hasSpan(e, t, "CHN", "بكين");
    }

    @Test
    void nameStartingWithAProcliticLetterIsKept() {
        String t = "وصل فلاديمير بوتين أمس. وقال بوتين إن المحادثات مثمرة.";
        Extraction e = run(t, "ar", "2024-05-01");
        hasSpan(e, t, "Vladimir Putin", "بوتين", 1);
        assertThat(entity(e, "Vladimir Putin").get().mentions()).isEqualTo(2);
    }

    @Test
    void titleAndDemonymGiveTheHolderByDate() {
        String t = "وصل الرئيس الأمريكي إلى الرياض.";
        assertThat(entity(run(t, "ar", "2023-06-01"), "Joe Biden")).isPresent();
        assertThat(entity(run(t, "ar", "2025-06-01"), "Donald Trump")).isPresent();
        hasSpan(run(t, "ar", "2025-06-01"), t, "SAU", "الرياض");
    }

    @Test
    void spellingVariantsOfDemonyms() {
        String t = "انتقد المسؤولون الأميركيون القرار الأمريكي.";
        Extraction e = run(t, "ar", "2024-05-01");
        hasSpan(e, t, "USA", "الأميركيون");
        hasSpan(e, t, "USA", "الأمريكي");
    }

    @Test
    void titledNameGivesHoldsOffice() {
        String t = "قال رئيس الوزراء الهندي ناريندرا مودي إن العلاقات قوية.";
        Extraction e = run(t, "ar", "2024-05-01");
        assertThat(asserted(e, "HOLDS_OFFICE", "Narendra Modi", "IND").role()).isEqualTo("head_of_government");
        hasSpan(e, t, "IND", "الهندي");
    }

    @Test
    void constructStateTitle() {
        String t = "وصل رئيس وزراء الهند ناريندرا مودي.";
        Extraction e = run(t, "ar", "2024-05-01");
        asserted(e, "HOLDS_OFFICE", "Narendra Modi", "IND");
    }

    @Test
    void spokespersonOfASeat() {
        String t = "أوضح المتحدث باسم الكرملين ديمتري بيسكوف أن الزيارة ناجحة.";
        Extraction e = run(t, "ar", "2024-05-01");
        assertThat(asserted(e, "HOLDS_OFFICE", "Dmitry Peskov", "RUS").role()).isEqualTo("spokesperson");
    }

    @Test
    void uncataloguedTitledPersonIsTransliterated() {
        String t = "قال وزير الخارجية الكيني أمارا ويكيسا إن الاجتماع مثمر.";
        Extraction e = run(t, "ar", "2024-05-01");
        Entity p = e.entities().stream().filter(x -> x.kind().equals("Person") && !x.catalogued()).findFirst().orElseThrow();
        assertThat(p.id()).matches("[A-Z][a-z]+ [A-Z][a-z]+");
        hasSpan(e, t, p.id(), "أمارا ويكيسا");
        asserted(e, "HOLDS_OFFICE", p.id(), "KEN");
    }

    @Test
    void counterpartOfThePresident() {
        String t = "قال الرئيس الروسي فلاديمير بوتين لنظيره الصيني شي جين بينغ خلال لقاء قمة جمعهما إن العلاقات ممتازة.";
        Extraction e = run(t, "ar", "2024-05-01");
        asserted(e, "HOLDS_OFFICE", "Xi Jinping", "CHN");
        asserted(e, "MEETING", "Vladimir Putin", "Xi Jinping");
    }

    @Test
    void articleIsNotASurname() {
        String t = "هذه المرة الأولى التي يزور فيها الوفد القاهرة.";
        Extraction e = run(t, "ar", "2024-05-01");
        assertThat(e.entities()).extracting(Entity::kind).doesNotContain("Person");
        hasSpan(e, t, "EGY", "القاهرة");
    }

    @Test
    void organizationsWithClitics() {
        String t = "انضمت فنلندا إلى حلف شمال الأطلسي وللأمم المتحدة دور.";
        Extraction e = run(t, "ar", "2024-05-01");
        assertThat(entity(e, "NATO")).isPresent();
        asserted(e, "MEMBER_OF", "FIN", "NATO");
    }
}
