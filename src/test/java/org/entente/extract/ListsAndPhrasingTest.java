package org.entente.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extract.Snippets.absent;
import static org.entente.extract.Snippets.asserted;
import static org.entente.extract.Snippets.fact;
import static org.entente.extract.Snippets.run;

/**
 * Long lists of participants and members, and the way journalists phrase military support, sanctions and threats
 * in the three languages.
 */
class ListsAndPhrasingTest {

    @Test
    void everyMemberOfAListAfterAMeetingVerb() {
        Extraction e = run("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan, Iranian President "
                + "Masoud Pezeshkian and Indian Prime Minister Narendra Modi on the sidelines.", "en", "2024-10-23");
        asserted(e, "MEETING", "Vladimir Putin", "Recep Tayyip Erdoğan");
        asserted(e, "MEETING", "Vladimir Putin", "Masoud Pezeshkian");
        asserted(e, "MEETING", "Vladimir Putin", "Narendra Modi");
        asserted(run("Xi Jinping s'est entretenu avec Lula, Ramaphosa et Modi.", "fr", "2024-10-23"),
                "MEETING", "Xi Jinping", "Narendra Modi");
        asserted(run("Modi s'est entretenu avec Poutine, puis avec Xi.", "fr", "2024-10-23"),
                "MEETING", "Narendra Modi", "Xi Jinping");
    }

    @Test
    void arabicCoordinatedNamesAreOneGroup() {
        Extraction e = run("التقى بوتين وأردوغان وبزشكيان في طهران.", "ar", "2024-10-23");
        asserted(e, "MEETING", "Vladimir Putin", "Masoud Pezeshkian");
        asserted(e, "MEETING", "Recep Tayyip Erdoğan", "Masoud Pezeshkian");
    }

    @Test
    void aFrontedMeetingPhraseAndTheClauseSubject() {
        asserted(run("During talks with Modi, Putin praised India.", "en", "2024-07-09"),
                "MEETING", "Vladimir Putin", "Narendra Modi");
        asserted(run("Au cours d'un entretien avec Xi Jinping, Macron a évoqué l'Ukraine.", "fr", "2024-05-06"),
                "MEETING", "Emmanuel Macron", "Xi Jinping");
        // an Arabic sentence that drops its subject continues the previous one
        Extraction e = run("وصل الرئيس الصيني شي جين بينغ إلى موسكو يوم الاثنين. والتقى الرئيس الروسي فلاديمير بوتين في "
                + "الكرملين. والتقى وزير الخارجية الصيني وانغ يي، الذي رافق شي، نظيره الروسي سيرغي لافروف.", "ar", "2023-03-21");
        asserted(e, "MEETING", "Xi Jinping", "Vladimir Putin");
        asserted(e, "MEETING", "Wang Yi", "Sergey Lavrov");
        absent(e, "MEETING", "Xi Jinping", "Wang Yi");
    }

    @Test
    void sovereignTitleInsideACataloguedName() {
        asserted(run("Le président Emmanuel Macron a reçu le roi Mohammed VI.", "fr", "2024-10-28"),
                "HOLDS_OFFICE", "Mohammed VI of Morocco", "MAR");
        Extraction e = run("Le président de la transition malienne, le général Assimi Goïta, a reçu le capitaine Ibrahim "
                + "Traoré, chef de la junte burkinabè.", "fr", "2024-06-10");
        asserted(e, "HOLDS_OFFICE", "Assimi Goïta", "MLI");
        asserted(e, "MEETING", "Assimi Goïta", "Ibrahim Traoré");
    }

    @Test
    void aPlaceIsFollowedByTheGuestNotByMoreOfThePlace() {
        asserted(run("Macron a accueilli à Paris le Premier ministre britannique Keir Starmer et le chancelier allemand "
                + "Friedrich Merz.", "fr", "2025-06-10"), "MEETING", "Emmanuel Macron", "Friedrich Merz");
        asserted(run("President Emmanuel Macron of France met Chancellor Olaf Scholz of Germany.", "en", "2023-06-10"),
                "MEETING", "Emmanuel Macron", "Olaf Scholz");
    }

    @Test
    void longerFormOfANameExtendsItsSpan() {
        Extraction e = run("استقبل بوتين الشيخ تميم بن حمد آل ثاني في موسكو.", "ar", "2024-12-02");
        Snippets.hasSpan(e, "استقبل بوتين الشيخ تميم بن حمد آل ثاني في موسكو.", "Tamim bin Hamad Al Thani",
                "الشيخ تميم بن حمد آل ثاني");
    }

    @Test
    void membershipListsAndCopulas() {
        asserted(run("Hungary is a NATO member.", "en", "2024-06-10"), "MEMBER_OF", "HUN", "NATO");
        asserted(run("Sweden became NATO's 32nd member in March 2024.", "en", "2024-06-10"), "MEMBER_OF", "SWE", "NATO");
        Extraction e = run("Turkish President Recep Tayyip Erdogan, whose country has been a NATO member since 1952, "
                + "also made the trip and met Putin late on Wednesday.", "en", "2024-10-23");
        asserted(e, "MEMBER_OF", "TUR", "NATO");
        absent(e, "MEMBER_OF", "RUS", "NATO");
        asserted(run("The EAC comprises Kenya, Uganda, Tanzania, Rwanda, Burundi and South Sudan.", "en", "2024-06-10"),
                "MEMBER_OF", "SSD", "EAC");
        asserted(run("L'OCS, qui regroupe la Chine, la Russie, l'Inde et le Pakistan, s'est réunie à Astana.", "fr",
                "2024-07-04"), "MEMBER_OF", "PAK", "SCO");
        asserted(run("The Gulf Cooperation Council - Saudi Arabia, the UAE, Qatar, Kuwait, Bahrain and Oman - met in Doha.",
                "en", "2024-12-02"), "MEMBER_OF", "OMN", "GCC");
        asserted(run("عقد قادة دول مجلس التعاون لدول الخليج العربية قمتهم في الكويت، بمشاركة الدول الأعضاء الست: السعودية "
                + "والإمارات وقطر والبحرين وسلطنة عمان والكويت.", "ar",
                "2024-12-02"), "MEMBER_OF", "KWT", "GCC");
        assertThat(fact(run("NATO - Turkey and Hungary said - was divided.", "en", "2024-06-10"), "MEMBER_OF", "TUR", "NATO"))
                .isEmpty();
    }

    @Test
    void militarySupportAsJournalistsWriteIt() {
        asserted(run("Washington sent warships to the Philippines.", "en", "2024-06-10"), "MILITARY_SUPPORT", "USA", "PHL");
        asserted(run("Turkey deployed forces to help Azerbaijan.", "en", "2024-06-10"), "MILITARY_SUPPORT", "TUR", "AZE");
        asserted(run("The United States announced a new military aid package for Ukraine.", "en", "2024-06-10"),
                "MILITARY_SUPPORT", "USA", "UKR");
        asserted(run("L'Espagne a annoncé lundi une nouvelle enveloppe d'aide militaire d'un milliard d'euros pour Kiev.",
                "fr", "2025-02-24"), "MILITARY_SUPPORT", "ESP", "UKR");
        asserted(run("L'Iran a envoyé des troupes en Syrie.", "fr", "2015-10-01"), "MILITARY_SUPPORT", "IRN", "SYR");
        asserted(run("Britain has committed 3 billion pounds ($3.7 billion) a year in military aid to Ukraine.", "en",
                "2025-01-16"), "MILITARY_SUPPORT", "GBR", "UKR");
        asserted(run("Les États-Unis ont fourni à Israël des bombes de précision.", "fr", "2024-05-10"),
                "MILITARY_SUPPORT", "USA", "ISR");
        // the object suffix of a supplying verb is the sentence's subject
        asserted(run("وتعتمد فنزويلا منذ عقدين على السلاح الروسي، إذ زودتها موسكو بمقاتلات ومنظومات دفاع جوي.", "ar",
                "2025-10-28"), "MILITARY_SUPPORT", "RUS", "VEN");
        absent(run("ولا تزال العقوبات التي فرضتها الولايات المتحدة على قطاع النفط الفنزويلي سارية.", "ar", "2025-10-28"),
                "SANCTION", "USA", "Nicolás Maduro");
        // a parallel clause shares the recipient
        asserted(run("Depuis 2022, la France a livré à l'Ukraine des canons Caesar, tandis que l'Allemagne a fourni des "
                + "systèmes de défense aérienne Patriot.", "fr", "2025-02-24"), "MILITARY_SUPPORT", "DEU", "UKR");
    }

    @Test
    void sanctionsAndThreatsAsJournalistsWriteThem() {
        asserted(run("The United States imposed export controls on China.", "en", "2024-06-10"), "SANCTION", "USA", "CHN");
        asserted(run("Les États-Unis ont imposé des contrôles à l'exportation contre la Chine.", "fr", "2024-06-10"),
                "SANCTION", "USA", "CHN");
        asserted(run("عاقبت واشنطن كوبا.", "ar", "2024-06-10"), "SANCTION", "USA", "CUB");
        // a vow is a threat, not a planned fact
        asserted(run("Iran vowed to strike Israel.", "en", "2024-04-14"), "THREATEN", "IRN", "ISR");
        asserted(run("هددت كوريا الشمالية بمهاجمة كوريا الجنوبية.", "ar", "2024-06-10"), "THREATEN", "PRK", "KOR");
        asserted(run("Moscou a menacé Chisinau de mesures de rétorsion.", "fr", "2024-06-10"), "THREATEN", "RUS", "MDA");
        asserted(run("ABUJA, 11 août (Méridien) - Les dirigeants de la CEDEAO ont ordonné jeudi l'activation de leur force "
                + "et menacé d'intervenir militairement au Niger.", "fr", "2023-08-11"), "THREATEN", "ECOWAS", "NER");
        // "threatens the security of" is an assessment, not a threat
        absent(run("وردت موسكو بأن أي شحنات أسلحة إلى كييف يهدد أمن كوريا الجنوبية.", "ar", "2024-11-04"),
                "THREATEN", "UKR", "KOR");
    }

    @Test
    void tariffObjectHangsOnTheRequiredNoun() {
        asserted(run("Washington a imposé ce mois-ci des droits de douane de 50 % sur une large part des produits indiens.",
                "fr", "2025-09-01"), "TARIFF", "USA", "IND");
    }

    @Test
    void aDealNamedFarFromItsSubjectIsNoDealBetweenThem() {
        absent(run("Erdogan and Putin met in Sochi. The two leaders discussed the grain deal.", "en", "2023-09-05"),
                "AGREEMENT", "TUR", "RUS");
        absent(run("Iran rejected a deal with the United States.", "en", "2025-06-10"), "AGREEMENT", "IRN", "USA");
        Extraction e = run("Trump praised the Abraham Accords signed by Israel, the UAE and Bahrain.", "en", "2025-06-10");
        asserted(e, "AGREEMENT", "ISR", "ARE");
        absent(e, "AGREEMENT", "USA", "ISR");
        asserted(run("بكين، 11 آذار/مارس (وكالات) – أعلنت المملكة العربية السعودية وإيران، أمس الجمعة، اتفاقهما على استئناف "
                + "العلاقات.", "ar", "2023-03-11"), "AGREEMENT", "SAU", "IRN");
    }

    @Test
    void signatoriesOfAPartnershipTreaty() {
        asserted(run("وكان بوتين وكيم جونغ أون قد وقعا في يونيو الماضي معاهدة للشراكة الاستراتيجية الشاملة.", "ar",
                "2024-11-04"), "PARTNERSHIP", "RUS", "PRK");
    }

    @Test
    void suffixedTitlesTakeTheStateFromTheCatalog() {
        asserted(run("فيما مثل سلطنة عمان وزير خارجيتها بدر البوسعيدي.", "ar", "2024-12-02"),
                "HOLDS_OFFICE", "Badr Albusaidi", "OMN");
    }

    @Test
    void uncataloguedArabicNamesUseUsualSpellings() {
        assertThat(Translit.latin("محمد عبد الله الحسن")).isEqualTo("Mohammed Abdullah al-Hassan");
    }
}
