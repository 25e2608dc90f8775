package org.entente.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into word and punctuation tokens in one linear pass, each with its original offsets.
 * French elisions (l', d', qu' …) become tokens of their own so that "l'Inde" matches "Inde"; the English
 * possessive becomes a "'s" token; dotted acronyms (U.S., U.K.) stay one token; hyphens and spaces separate words.
 */
public final class Tokenizer {
    private static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu",
            "puisqu", "jusqu", "quoiqu");

    private Tokenizer() {}

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        boolean newline = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u200F' || c == '\u200E' || c == '\u200B' || c == '\uFEFF'
                    || c == '\u00A0' || c == '\u202F') {
                if (c == '\n' || c == '\r' || c == '\u2029') newline = true;
                i++;
                continue;
            }
            if (isWordChar(c)) {
                int s = i;
                int j = i;
                while (j < n) {
                    char d = text.charAt(j);
                    if (isWordChar(d)) {
                        j++;
                        continue;
                    }
                    // 2.5, 1,000: digits around a dot or comma stay one number
                    if ((d == '.' || d == ',') && j + 1 < n && Character.isDigit(text.charAt(j + 1)) && j > s
                            && Character.isDigit(text.charAt(j - 1))) {
                        j++;
                        continue;
                    }
                    if (isApostrophe(d) && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
                        String before = text.substring(s, j).toLowerCase(java.util.Locale.ROOT);
                        if (ELISIONS.contains(before)) break;          // l'Inde: split after the apostrophe
                        boolean possessive = (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                                && (j + 2 >= n || !Character.isLetterOrDigit(text.charAt(j + 2)));
                        if (possessive) break;
                        j++;                                            // aujourd'hui, O'Brien
                        continue;
                    }
                    break;
                }
                // U.S., U.K., E.U.: single letters joined by dots
                if (j - s <= 2 && j < n && text.charAt(j) == '.' && Character.isUpperCase(c)) {
                    int k = j;
                    int letters = 0;
                    while (k + 1 < n && text.charAt(k) == '.' && Character.isLetter(text.charAt(k + 1))
                            && Character.isUpperCase(text.charAt(k + 1))
                            && (k + 2 >= n || !Character.isLetter(text.charAt(k + 2)) || text.charAt(k + 2) == '.')) {
                        k += 2;
                        letters++;
                    }
                    if (letters > 0) {
                        j = (k < n && text.charAt(k) == '.') ? k + 1 : k;
                    }
                }
                if (j < n && isApostrophe(text.charAt(j)) && ELISIONS.contains(text.substring(s, j).toLowerCase(java.util.Locale.ROOT))
                        && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
                    out.add(make(text, s, j + 1, newline));
                    newline = false;
                    i = j + 1;
                    continue;
                }
                out.add(make(text, s, j, newline));
                newline = false;
                if (j < n && isApostrophe(text.charAt(j)) && j + 1 < n
                        && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                        && (j + 2 >= n || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
                    out.add(new Token(text.substring(j, j + 2), "'s", j, j + 2, false, false, false, false, false));
                    i = j + 2;
                    continue;
                }
                i = j;
                continue;
            }
            if (c == '-' || c == '\u2010' || c == '\u2011') {
                i++;                                                     // Jong-un = Jong Un
                continue;
            }
            int len = Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
            // "..." is one token
            if (c == '.' && i + 2 < n && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') len = 3;
            String p = text.substring(i, i + len);
            out.add(new Token(p, Normalizer.fold(p), i, i + len, false, false, false, false, newline));
            newline = false;
            i += len;
        }
        for (int k = 0; k < out.size(); k++) out.get(k).index = k;
        return out;
    }

    private static Token make(String text, int s, int e, boolean newline) {
        String raw = text.substring(s, e);
        String norm = Normalizer.fold(raw);
        if (norm.indexOf('.') >= 0 && !Character.isDigit(norm.charAt(0))) norm = norm.replace(".", "");
        boolean arabic = Normalizer.isArabicLetter(raw.charAt(0));
        boolean cap = Character.isUpperCase(raw.charAt(0));
        boolean allCaps = true;
        int letters = 0;
        for (int k = 0; k < raw.length(); k++) {
            char ch = raw.charAt(k);
            if (Character.isLetter(ch)) {
                letters++;
                if (!Character.isUpperCase(ch)) {
                    allCaps = false;
                    break;
                }
            }
        }
        return new Token(raw, norm, s, e, true, cap, allCaps && letters > 0, arabic, newline);
    }

    static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) return true;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || c == '\u0640';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
