package org.entente.extract.text;

import org.entente.extract.UnsupportedLanguageException;

import java.util.List;
import java.util.Set;

/**
 * Arabic by script ratio; English vs French by stop words, with a few German/Spanish/Italian ones so that those
 * are refused rather than taken for English or French.
 */
public final class LanguageDetector {
    private static final Set<String> EN = Set.of("the", "of", "and", "to", "in", "is", "was", "that", "for", "on",
            "with", "said", "has", "have", "by", "from", "its", "his", "were", "are", "it", "at", "which", "after");
    private static final Set<String> FR = Set.of("le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "est",
            "que", "qui", "dans", "pour", "sur", "au", "aux", "avec", "a", "l'", "d'", "ont", "par", "ce", "son", "sa");
    private static final Set<String> OTHER = Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "el",
            "los", "las", "y", "con", "por", "una", "il", "di", "che", "della", "gli", "och", "het", "een", "van");

    private LanguageDetector() {}

    public static String detect(List<Token> tokens) {
        int arabic = 0;
        int latin = 0;
        int en = 0;
        int fr = 0;
        int other = 0;
        for (Token t : tokens) {
            if (!t.word) continue;
            if (t.arabic) {
                arabic++;
                continue;
            }
            if (!Character.isLetter(t.text.charAt(0))) continue;
            latin++;
            if (EN.contains(t.norm)) en++;
            if (FR.contains(t.norm)) fr++;
            if (OTHER.contains(t.norm)) other++;
        }
        if (arabic > 0 && arabic >= 0.3 * (arabic + latin)) return "ar";
        if (latin == 0 || Math.max(en, fr) == 0 || other > Math.max(en, fr)) {
            throw new UnsupportedLanguageException("could not detect the language: pass lang (ar, en or fr)");
        }
        return fr > en ? "fr" : "en";
    }
}
