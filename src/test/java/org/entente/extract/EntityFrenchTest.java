package org.entente.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extract.Snippets.*;

class EntityFrenchTest {

    @Test
    void elisionsAreSplitOff() {
        String t = "Le Premier ministre de l'Inde a rencontré des responsables d'Israël.";
        Extraction e = run(t, "fr", "2024-05-01");
        hasSpan(e, t, "IND", "Inde");
        hasSpan(e, t, "ISR", "Israël");
    }

    @Test
    void titleWithDemonymAfterIt() {
        String t = "Le président russe Vladimir Poutine est arrivé à Pékin.";
        Extraction e = run(t, "fr", "2024-05-01");
        hasSpan(e, t, "Vladimir Putin", "Vladimir Poutine");
        hasSpan(e, t, "RUS", "russe");
        hasSpan(e, t, "CHN", "Pékin");
        asserted(e, "HOLDS_OFFICE", "Vladimir Putin", "RUS");
    }

    @Test
    void titleAloneGivesTheHolderByDate() {
        String t = "Le président américain a salué l'accord.";
        assertThat(entity(run(t, "fr", "2023-03-01"), "Joe Biden")).isPresent();
        assertThat(entity(run(t, "fr", "2025-03-01"), "Donald Trump")).isPresent();
    }

    @Test
    void seatsOfPower() {
        String t = "L'Élysée et le Kremlin ont échangé des messages.";
        Extraction e = run(t, "fr", "2024-05-01");
        assertThat(entity(e, "FRA")).isPresent();
        assertThat(entity(e, "RUS")).isPresent();
    }

    @Test
    void feminineAndPluralDemonyms() {
        String t = "La diplomatie chinoise et les autorités américaines ont réagi.";
        Extraction e = run(t, "fr", "2024-05-01");
        hasSpan(e, t, "CHN", "chinoise");
        hasSpan(e, t, "USA", "américaines");
    }

    @Test
    void surnameAfterFullName() {
        String t = "Emmanuel Macron a parlé. Macron a ensuite quitté la salle.";
        Extraction e = run(t, "fr", "2024-05-01");
        assertThat(entity(e, "Emmanuel Macron").get().mentions()).isEqualTo(2);
        hasSpan(e, t, "Emmanuel Macron", "Macron", 1);
    }

    @Test
    void splitForeignMinisterTitle() {
        String t = "Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé.";
        Extraction e = run(t, "fr", "2024-05-01");
        assertThat(asserted(e, "HOLDS_OFFICE", "Sergey Lavrov", "RUS").role()).isEqualTo("foreign_minister");
    }

    @Test
    void uncataloguedPerson() {
        String t = "Le ministre kényan des Affaires étrangères Amara Wekesa a salué l'accord.";
        Extraction e = run(t, "fr", "2024-05-01");
        Entity p = entity(e, "Amara Wekesa").orElseThrow();
        assertThat(p.catalogued()).isFalse();
        asserted(e, "HOLDS_OFFICE", "Amara Wekesa", "KEN");
    }

    @Test
    void organizations() {
        String t = "L'Otan et l'Union européenne ont publié un communiqué.";
        Extraction e = run(t, "fr", "2024-05-01");
        assertThat(entity(e, "NATO")).isPresent();
        assertThat(entity(e, "EU")).isPresent();
    }

    @Test
    void counterpart() {
        String t = "Le président français Emmanuel Macron a reçu son homologue chinois à Paris.";
        Extraction e = run(t, "fr", "2024-05-01");
        asserted(e, "MEETING", "Emmanuel Macron", "Xi Jinping");
    }
}
