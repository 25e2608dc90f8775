package org.entente.extract.text;

import java.text.Normalizer.Form;

/**
 * Folds a word for matching: lower case, no accents, no Arabic diacritics or tatweel, alef variants to bare alef
 * (NFD splits أ إ آ into alef + a combining mark), alef maqsura to yeh, ta marbuta to heh, typographic apostrophes
 * to ASCII. Offsets are kept by the tokenizer, which normalises token by token.
 */
public final class Normalizer {
    private Normalizer() {}

    public static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) return asciiLower(s);
        String d = java.text.Normalizer.normalize(s, Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) continue;
            switch (c) {
                case '\u0640': continue;                       // tatweel
                case '\u0649': b.append('\u064A'); continue;   // alef maqsura -> yeh
                case '\u0629': b.append('\u0647'); continue;   // ta marbuta -> heh
                case '\u0671': b.append('\u0627'); continue;   // alef wasla
                case '\u06CC': b.append('\u064A'); continue;   // Persian yeh
                case '\u06A9': b.append('\u0643'); continue;   // keheh
                case '\u2019': case '\u2018': case '\u02BC': case '`': case '\u00B4': b.append('\''); continue;
                case '\u0153': b.append("oe"); continue;
                case '\u0152': b.append("oe"); continue;
                case '\u00E6': b.append("ae"); continue;
                case '\u00DF': b.append("ss"); continue;
                case '\u0621': continue;                       // lone hamza: written or not, same word
                default: b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static String asciiLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') return s.toLowerCase(java.util.Locale.ROOT);
        }
        return s;
    }

    public static boolean isArabicLetter(char c) {
        return (c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u0750' && c <= '\u077F') || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
    }
}
