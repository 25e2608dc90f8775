package org.entente.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.extract.Snippets.X;

/** Any text gives an extraction, every offset lies inside the text, and language errors say what to do. */
class RobustnessTest {

    private static void check(String text, String lang) {
        Extraction e = X.extract(text, lang, LocalDate.of(2025, 1, 1));
        for (Entity en : e.entities())
            for (Span s : en.spans()) assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        for (Fact f : e.facts()) {
            assertThat(f.evidence().start()).isBetween(0, text.length());
            assertThat(text.substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().sentence());
        }
    }

    @Test
    void oddTexts() {
        for (String lang : Extractor.LANGUAGES) {
            check("", lang);
            check("   \n\n ", lang);
            check("....!!!???،،،", lang);
            check("U.S.", lang);
            check("l'", lang);
            check("ـــ ً ٌ وال لل", lang);
            check("Russia روسيا Russie 2024 ؟ l'Inde's \u200f\u200e\uFEFF", lang);
        }
        assertThat(X.extract("", null, null).facts()).isEmpty();
    }

    @Test
    void randomJunkAndHugeText() {
        Random r = new Random(7);
        String alphabet = "abc XYZ.,'’-؟،ابتثجحخدذرزسشصضطظعغفقكلمنهوي ًُ éèàç0123456789\n\"«»()";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200_000; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        for (String lang : Extractor.LANGUAGES) check(b.toString(), lang);
        String article = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday. ";
        check(article.repeat(3000), "en");
    }

    @Test
    void languages() {
        assertThat(X.extract("روسيا والصين وقعتا اتفاقية تعاون في موسكو.", null, null).lang()).isEqualTo("ar");
        assertThat(X.extract("The president said that the talks with China were useful.", null, null).lang()).isEqualTo("en");
        assertThat(X.extract("Le président a dit que les discussions avec la Chine étaient utiles.", null, null).lang()).isEqualTo("fr");
        assertThatThrownBy(() -> X.extract("text", "de", null)).isInstanceOf(UnsupportedLanguageException.class)
                .hasMessage("lang 'de' is not supported: use ar, en or fr");
        assertThatThrownBy(() -> X.extract("Der Präsident sagte, dass die Gespräche mit China nützlich waren und das ist gut.", null, null))
                .isInstanceOf(UnsupportedLanguageException.class)
                .hasMessage("could not detect the language: pass lang (ar, en or fr)");
        assertThatThrownBy(() -> X.extract("12345 ---", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
