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
        String fast = arabicFold(s);
        if (fast != null) return fast;
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

    /**
     * The same folding without NFD for words made of ASCII and Arabic letters only (the common case): hamza seats
     * and madda map to their bare letter as NFD would; null when another character needs the general path.
     */
    private static String arabicFold(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char out;
            if (c < 0x80) {
                out = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else if (c >= '\u0600' && c <= '\u06FF') {
                if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640' || c == '\u0621') {
                    out = 0;
                } else {
                    switch (c) {
                        case '\u0622', '\u0623', '\u0625', '\u0671' -> out = '\u0627';
                        case '\u0624' -> out = '\u0648';
                        case '\u0626', '\u0649', '\u06CC' -> out = '\u064A';
                        case '\u0629' -> out = '\u0647';
                        case '\u06A9' -> out = '\u0643';
                        default -> {
                            // other letters are their own fold; anything with a decomposition takes the general path
                            if (c >= '\u06C0' || c == '\u0674' || c >= '\u0675' && c <= '\u0678') return null;
                            out = c;
                        }
                    }
                }
            } else {
                return null;
            }
            if (b == null) {
                if (out == c) continue;
                b = new StringBuilder(s.length());
                b.append(s, 0, i);
            }
            if (out != 0) b.append(out);
        }
        return b == null ? s : b.toString();
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
