package org.entente.extract.rules;

import org.entente.extract.text.Normalizer;
import org.entente.extract.text.Token;
import org.entente.extract.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of cue words from a rule file. A cue is a word ("not"), a stem ("threaten*"), an ending ("*n't") or a
 * phrase of several words ("in response to", "من قبل"); all are folded like the text. Arabic words are matched
 * through their clitic-free readings, so "ولم" finds "لم".
 */
public final class Cues {
    private final Set<String> exact = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<String> suffixes = new ArrayList<>();
    private final List<String[]> phrases = new ArrayList<>();
    /** Phrases by their first word when it is exact; phrases starting with a stem stay in {@link #stemPhrases}. */
    private final java.util.Map<String, List<String[]>> phrasesByFirst = new java.util.HashMap<>();
    private final List<String[]> stemPhrases = new ArrayList<>();

    public static Cues of(List<String> forms) {
        Cues c = new Cues();
        if (forms != null) for (String f : forms) c.add(f);
        return c;
    }

    public void add(String raw) {
        String f = raw.trim();
        if (f.isEmpty()) return;
        if (f.indexOf(' ') > 0 || foldParts(f).size() > 1) {
            List<String> parts = new ArrayList<>();
            for (String p : f.split("\\s+")) parts.addAll(foldParts(p));
            String[] ph = parts.toArray(new String[0]);
            phrases.add(ph);
            if (ph[0].endsWith("*") && ph[0].length() > 1) stemPhrases.add(ph);
            else phrasesByFirst.computeIfAbsent(ph[0], k -> new ArrayList<>()).add(ph);
            return;
        }
        String n = foldPart(f);
        if (n.length() > 1 && n.endsWith("*")) prefixes.add(n.substring(0, n.length() - 1));
        else if (n.length() > 1 && n.startsWith("*")) suffixes.add(n.substring(1));
        else exact.add(n);
    }

    /**
     * A written part as the tokenizer would cut it: "d'armes" is "d'" + "armes", "mutual-defence" is "mutual" +
     * "defence"; a star stays on the last piece ("co-found*"). Endings ("*n't") and single tokens fold as one part.
     */
    static List<String> foldParts(String p) {
        boolean star1 = p.startsWith("*");
        boolean star2 = p.endsWith("*") && p.length() > 1;
        String core = p.substring(star1 ? 1 : 0, p.length() - (star2 ? 1 : 0));
        List<Token> t = Tokenizer.tokenize(core);
        boolean words = t.size() > 1;
        for (Token x : t) words &= x.word;
        if (star1 || !words) return List.of(foldPart(p));
        List<String> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) out.add(t.get(i).norm + (star2 && i == t.size() - 1 ? "*" : ""));
        return out;
    }

    static String foldPart(String p) {
        boolean star1 = p.startsWith("*");
        boolean star2 = p.endsWith("*") && p.length() > 1;
        String core = p.substring(star1 ? 1 : 0, p.length() - (star2 ? 1 : 0));
        // fold exactly as the tokenizer would (U.S. -> us)
        List<Token> t = Tokenizer.tokenize(core);
        String n = t.size() == 1 ? t.get(0).norm : Normalizer.fold(core);
        return (star1 ? "*" : "") + n + (star2 ? "*" : "");
    }

    public boolean isEmpty() {
        return exact.isEmpty() && prefixes.isEmpty() && suffixes.isEmpty() && phrases.isEmpty();
    }

    /** Does one word form match a single-word cue? */
    public boolean matchesForm(String form) {
        if (exact.contains(form)) return true;
        for (String p : prefixes) if (form.startsWith(p)) return true;
        for (String s : suffixes) if (form.endsWith(s) && form.length() > s.length()) return true;
        return false;
    }

    /** Any reading of the token matches a single-word cue. */
    public boolean matches(String[] forms) {
        for (String f : forms) if (matchesForm(f)) return true;
        return false;
    }

    /** Length in tokens of a cue starting at token i (phrases first), 0 when none. */
    public int matchAt(List<Token> tokens, String[][] forms, int i, int limit) {
        if (!phrases.isEmpty()) {
            int best = 0;
            for (String f : forms[i]) {
                List<String[]> l = phrasesByFirst.get(f);
                if (l != null) best = Math.max(best, phraseAt(l, forms, i, limit));
            }
            if (!stemPhrases.isEmpty()) best = Math.max(best, phraseAt(stemPhrases, forms, i, limit));
            if (best > 0) return best;
        }
        return matches(forms[i]) ? 1 : 0;
    }

    private static int phraseAt(List<String[]> list, String[][] forms, int i, int limit) {
        for (String[] ph : list) {
            if (i + ph.length > limit) continue;
            boolean ok = true;
            for (int k = 0; k < ph.length && ok; k++) ok = formMatches(forms[i + k], ph[k]);
            if (ok) return ph.length;
        }
        return 0;
    }

    private static boolean formMatches(String[] forms, String cue) {
        boolean pre = cue.endsWith("*") && cue.length() > 1;
        String c = pre ? cue.substring(0, cue.length() - 1) : cue;
        for (String f : forms) if (pre ? f.startsWith(c) : f.equals(c)) return true;
        return false;
    }

    /** Is there a cue anywhere in tokens [from, to)? */
    public int find(List<Token> tokens, String[][] forms, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) if (matchAt(tokens, forms, i, to) > 0) return i;
        return -1;
    }
}
