package org.entente.extract;

import org.entente.extract.eval.FactKey;
import org.entente.extract.eval.GoldCase;
import org.entente.extract.eval.GoldFact;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Developer tool: java ... org.entente.extract.Explain [TYPE] DIR... — for every missed gold fact, the sentences
 * that mention both of its entities; for every false positive, its evidence sentence and trigger.
 */
public final class Explain {
    public static void main(String[] a) throws Exception {
        Extractor x = Extractor.fromClasspath();
        String only = null;
        int start = 0;
        if (a.length > 0 && a[0].equals(a[0].toUpperCase()) && !a[0].contains("/")) {
            only = a[0];
            start = 1;
        }
        Path[] ps = new Path[a.length - start];
        for (int i = start; i < a.length; i++) ps[i - start] = Path.of(a[i]);
        for (GoldCase c : GoldCase.loadAll(ps)) {
            LocalDate pub = c.published() == null ? null : LocalDate.parse(c.published().substring(0, 10));
            Extraction e = x.extract(c.text(), c.lang(), pub);
            Set<FactKey> req = new TreeSet<>();
            Set<FactKey> opt = new HashSet<>();
            for (GoldFact f : c.facts()) (f.required() ? req : opt).add(FactKey.of(f.type(), f.subject(), f.object()));
            Map<FactKey, Fact> pred = new HashMap<>();
            for (Fact f : e.facts()) {
                if ("planned".equals(f.status())) continue;
                pred.putIfAbsent(FactKey.of(f.type(), f.subject().id(), f.object().id()), f);
            }
            Map<String, List<Span>> spans = new HashMap<>();
            for (Entity en : e.entities()) spans.put(FactKey.norm(en.id()), en.spans());
            for (FactKey k : req) {
                if (pred.containsKey(k) || (only != null && !k.type().equals(only))) continue;
                System.out.println(c.id() + " MISSED " + k);
                Set<String> shown = new HashSet<>();
                List<Span> sa = spans.getOrDefault(k.subject(), List.of());
                List<Span> sb = spans.getOrDefault(k.object(), List.of());
                if (sa.isEmpty()) System.out.println("    (no mention of " + k.subject() + ")");
                if (sb.isEmpty()) System.out.println("    (no mention of " + k.object() + ")");
                for (Span s1 : sa) {
                    for (Span s2 : sb) {
                        int[] b1 = sentence(c.text(), s1.start());
                        int[] b2 = sentence(c.text(), s2.start());
                        if (b1[0] != b2[0]) continue;
                        String sent = c.text().substring(b1[0], b1[1]).strip();
                        if (shown.add(sent)) System.out.println("    | " + sent);
                    }
                }
            }
            for (Map.Entry<FactKey, Fact> p : pred.entrySet()) {
                FactKey k = p.getKey();
                if (req.contains(k) || opt.contains(k) || (only != null && !k.type().equals(only))) continue;
                Fact f = p.getValue();
                System.out.println(c.id() + " FALSE+ " + k + "  [" + f.evidence().trigger() + "]");
                System.out.println("    | " + f.evidence().sentence().strip());
            }
        }
    }

    private static int[] sentence(String t, int at) {
        int s = at;
        while (s > 0 && !end(t, s - 1)) s--;
        int e = at;
        while (e < t.length() && !end(t, e)) e++;
        return new int[] {s, Math.min(t.length(), e + 1)};
    }

    private static boolean end(String t, int i) {
        char c = t.charAt(i);
        if (c == '\n' || c == '?' || c == '!' || c == '؟') return true;
        if (c == '.' && i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1))) return true;
        return false;
    }
}
