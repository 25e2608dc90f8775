package org.entente.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The readings of an Arabic word with its proclitics removed: وبالعقوبات → بالعقوبات, العقوبات, عقوبات …
 * Each reading keeps the clitic string it removed, so that a caller can use ل or ب as a preposition.
 * A reading is only a candidate: callers accept it when it matches a known form.
 */
public final class Arabic {
    private static final String[] CONJ = {"", "و", "ف"};
    private static final String[] PREP = {"", "ب", "ل", "ك"};

    private Arabic() {}

    public record Reading(String stem, String clitic) {}

    public static List<Reading> readings(String w) {
        List<Reading> out = new ArrayList<>(6);
        out.add(new Reading(w, ""));
        if (w.length() < 3) return out;
        for (String c : CONJ) {
            if (!w.startsWith(c)) continue;
            for (String p : PREP) {
                String cp = c + p;
                if (!w.startsWith(cp)) continue;
                // "كان", "كانت" are verbs, not ك + "ان": the rare clitic ك only before a longer word
                if (p.equals("ك") && w.length() - cp.length() < 4) continue;
                if (!cp.isEmpty() && w.length() - cp.length() >= 2) out.add(new Reading(w.substring(cp.length()), cp));
                String art = p.equals("ل") ? c + "لل" : cp + "ال";
                if (w.startsWith(art) && w.length() - art.length() >= 2) {
                    out.add(new Reading(w.substring(art.length()), art));
                    out.add(new Reading("ال" + w.substring(art.length()), art.substring(0, art.length() - (p.equals("ل") ? 1 : 2))));
                }
            }
        }
        // future prefix on a verb: سيوقع, وستفرض
        for (int k = 0, n = out.size(); k < n; k++) {
            String s = out.get(k).stem();
            if (s.length() >= 4 && s.charAt(0) == 'س' && "يتنا".indexOf(s.charAt(1)) >= 0) {
                out.add(new Reading(s.substring(1), out.get(k).clitic() + "س"));
            }
        }
        return out;
    }

    /** The preposition carried by a clitic string: ل for "لل"/"ول", ب for "بال"/"فب", "" otherwise. */
    public static String preposition(String clitic) {
        if (clitic == null || clitic.isEmpty()) return "";
        String c = clitic;
        if (c.startsWith("و") || c.startsWith("ف")) c = c.substring(1);
        if (c.startsWith("ب")) return "ب";
        if (c.startsWith("ل")) return "ل";
        if (c.startsWith("ك")) return "ك";
        return "";
    }
}
