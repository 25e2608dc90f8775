package org.entente.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentences from tokens: a break after . ! ? ؟ … (with closing quotes and brackets kept in the sentence), and at
 * line breaks (headlines and paragraphs carry no final stop). The Arabic comma and semicolon do not end sentences;
 * dotted acronyms are single tokens already; a stop after a known abbreviation or before a lower-case word is not
 * an end.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt",
            "capt", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
            "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "prof", "rep", "sen", "gov", "pres", "mm", "m",
            "mme", "mlle", "art", "cf", "p", "vol", "fig");
    private static final Set<String> CLOSERS = Set.of("\"", "'", "\u201D", "\u2019", "\u00BB", ")", "]", "\u201C");

    private SentenceSplitter() {}

    public static List<Sentence> split(List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int n = tokens.size();
        int from = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (i > from && t.newlineBefore) {
                add(out, tokens, from, i);
                from = i;
            }
            if (t.word) continue;
            String p = t.text;
            boolean end = p.equals("!") || p.equals("?") || p.equals("\u061F") || p.equals("\u2026") || p.equals("...");
            if (p.equals(".")) {
                end = true;
                if (i > 0) {
                    Token prev = tokens.get(i - 1);
                    if (prev.end == t.start && prev.word && (ABBREVIATIONS.contains(prev.norm)
                            || (prev.text.length() == 1 && Character.isUpperCase(prev.text.charAt(0))))) end = false;
                }
                if (i + 1 < n) {
                    Token next = tokens.get(i + 1);
                    if (next.word && !next.arabic && Character.isLowerCase(next.text.charAt(0)) && !next.newlineBefore)
                        end = false;
                }
            }
            if (!end) continue;
            int j = i + 1;
            while (j < n && !tokens.get(j).word && !tokens.get(j).newlineBefore
                    && (CLOSERS.contains(tokens.get(j).text) || tokens.get(j).text.equals("."))) j++;
            add(out, tokens, from, j);
            from = j;
            i = j - 1;
        }
        if (from < n) add(out, tokens, from, n);
        return out;
    }

    private static void add(List<Sentence> out, List<Token> tokens, int from, int to) {
        if (to <= from) return;
        out.add(new Sentence(from, to, tokens.get(from).start, tokens.get(to - 1).end));
    }
}
