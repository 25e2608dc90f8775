package org.entente.ingest;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name for search so that "Russie", "RUSSIE", "روسيا" with or without diacritics, and "Élysée"/"elysee"
 * meet: case, Latin accents, Arabic diacritics, tatweel and the alef / yeh / ta marbuta spelling variants.
 * Entity names are stored folded and queries are folded the same way.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640') {
                continue; // accents, harakat, tatweel
            }
            switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671' -> b.append('\u0627'); // alef variants → ا
                case '\u0649' -> b.append('\u064A'); // alef maqsura → yeh
                case '\u0629' -> b.append('\u0647'); // ta marbuta → heh
                case '\u2019', '\u2018', '`' -> b.append('\'');
                default -> b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}&&[^']]", " ").replaceAll("\\s+", " ")
                .strip();
    }
}
