package org.entente.extract.text;

/**
 * A word or punctuation mark with its offsets in the original text and its normalised form (folded case and
 * accents, Arabic letter variants unified, diacritics and tatweel removed).
 */
public final class Token {
    public final String text;
    public final String norm;
    public final int start;
    public final int end;
    public final boolean word;
    /** First letter upper-case (names in en/fr). */
    public final boolean capitalized;
    /** Every letter upper-case (acronyms: US, UN, EU). */
    public final boolean allCaps;
    public final boolean arabic;
    /** A line break separates this token from the previous one. */
    public final boolean newlineBefore;
    public int index;

    public Token(String text, String norm, int start, int end, boolean word, boolean capitalized, boolean allCaps,
                 boolean arabic, boolean newlineBefore) {
        this.text = text;
        this.norm = norm;
        this.start = start;
        this.end = end;
        this.word = word;
        this.capitalized = capitalized;
        this.allCaps = allCaps;
        this.arabic = arabic;
        this.newlineBefore = newlineBefore;
    }

    @Override
    public String toString() {
        return text;
    }
}
