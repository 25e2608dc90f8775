package org.entente.extract.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** A fact as the scorer compares it: type and normalised ids, sorted for symmetric types. */
public record FactKey(String type, String subject, String object) implements Comparable<FactKey> {
    public static final Set<String> SYMMETRIC = Set.of("ALLIANCE", "PARTNERSHIP", "DEFENSE_PACT", "AGREEMENT", "MEETING");

    public static FactKey of(String type, String subject, String object) {
        String s = norm(subject);
        String o = norm(object);
        if (SYMMETRIC.contains(type) && s.compareTo(o) > 0) {
            String x = s;
            s = o;
            o = x;
        }
        return new FactKey(type, s, o);
    }

    /** Ids compare without case, accents or punctuation ("Kim Jong-un" = "Kim Jong Un"), as the shared scorer does. */
    public static String norm(String id) {
        String x = Normalizer.normalize(String.valueOf(id), Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == '-' || c == '_') b.append(' ');
            else if (c != '\'') b.append(c);
        }
        return String.join(" ", b.toString().toLowerCase(Locale.ROOT).trim().split("\\s+"));
    }

    @Override
    public int compareTo(FactKey o) {
        int c = type.compareTo(o.type);
        if (c != 0) return c;
        c = subject.compareTo(o.subject);
        return c != 0 ? c : object.compareTo(o.object);
    }

    @Override
    public String toString() {
        return type + " " + subject + " " + object;
    }
}
