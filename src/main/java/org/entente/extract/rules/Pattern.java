package org.entente.extract.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A trigger phrase: words, stems ("impos*") and gaps ("~", up to {@link #GAP} words), matched over the readings of
 * tokens, so Arabic clitics and French elisions need not be spelled out.
 */
public final class Pattern {
    public static final int GAP = 4;
    final String[] elems;   // "~" gap, "x*" stem, else exact
    final String source;

    Pattern(String source) {
        this.source = source;
        List<String> e = new ArrayList<>();
        for (String p : source.trim().split("\\s+")) {
            if (p.isEmpty()) continue;
            if (p.equals("~") || p.equals("…")) e.add("~");
            else e.addAll(Cues.foldParts(p));
        }
        this.elems = e.toArray(new String[0]);
    }

    String first() {
        return elems.length == 0 ? "" : elems[0];
    }

    /** End (exclusive) of a match starting at token i, or -1; {@code parts} receives the matched token indexes. */
    int match(String[][] forms, int i, int limit, List<Integer> parts) {
        parts.clear();
        return match(forms, 0, i, limit, parts);
    }

    private int match(String[][] forms, int e, int i, int limit, List<Integer> parts) {
        if (e == elems.length) return i;
        String el = elems[e];
        if (el.equals("~")) {
            for (int g = 0; g <= GAP && i + g <= limit; g++) {
                int mark = parts.size();
                int r = match(forms, e + 1, i + g, limit, parts);
                if (r >= 0) return r;
                while (parts.size() > mark) parts.remove(parts.size() - 1);
            }
            return -1;
        }
        if (i >= limit || !elemMatches(forms[i], el)) return -1;
        parts.add(i);
        int r = match(forms, e + 1, i + 1, limit, parts);
        if (r < 0) parts.remove(parts.size() - 1);
        return r;
    }

    static boolean elemMatches(String[] forms, String el) {
        boolean pre = el.length() > 1 && el.endsWith("*");
        String c = pre ? el.substring(0, el.length() - 1) : el;
        for (String f : forms) if (pre ? f.startsWith(c) : f.equals(c)) return true;
        return false;
    }
}
