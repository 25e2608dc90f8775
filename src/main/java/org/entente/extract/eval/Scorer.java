package org.entente.extract.eval;

import org.entente.extract.Extraction;
import org.entente.extract.Extractor;
import org.entente.extract.Fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores an extractor against gold cases with the rules of ONTOLOGY.md "Scoring" (the same as
 * shared/tools/score-extraction): planned predictions are dropped, optional gold facts are ignored on both sides,
 * duplicates count once, symmetric types match in either order, ids compare loosely.
 */
public final class Scorer {
    private Scorer() {}

    public static EvalReport score(Extractor x, List<GoldCase> cases) {
        Counts total = Counts.ZERO;
        Map<String, int[]> byType = new TreeMap<>();
        Map<String, Counts> byLang = new TreeMap<>();
        List<CaseResult> results = new ArrayList<>();
        for (GoldCase c : cases) {
            TreeSet<FactKey> req = new TreeSet<>();
            TreeSet<FactKey> opt = new TreeSet<>();
            for (GoldFact f : c.facts()) (f.required() ? req : opt).add(FactKey.of(f.type(), f.subject(), f.object()));
            opt.removeAll(req);
            TreeSet<FactKey> pred = new TreeSet<>();
            String error = null;
            try {
                LocalDate pub = c.published() == null ? null : LocalDate.parse(c.published().substring(0, 10));
                Extraction e = x.extract(c.text(), c.lang(), pub);
                for (Fact f : e.facts()) {
                    if ("planned".equals(f.status())) continue;
                    pred.add(FactKey.of(f.type(), f.subject().id(), f.object().id()));
                }
            } catch (RuntimeException e) {
                error = e.toString();
            }
            pred.removeAll(opt);
            List<FactKey> tp = new ArrayList<>();
            List<FactKey> fp = new ArrayList<>();
            List<FactKey> fn = new ArrayList<>();
            for (FactKey k : pred) (req.contains(k) ? tp : fp).add(k);
            for (FactKey k : req) if (!pred.contains(k)) fn.add(k);
            Counts cc = new Counts(tp.size(), fp.size(), fn.size());
            total = total.plus(cc);
            String lang = c.lang() == null ? "?" : c.lang();
            byLang.merge(lang, cc, Counts::plus);
            for (FactKey k : tp) byType.computeIfAbsent(k.type(), t -> new int[3])[0]++;
            for (FactKey k : fp) byType.computeIfAbsent(k.type(), t -> new int[3])[1]++;
            for (FactKey k : fn) byType.computeIfAbsent(k.type(), t -> new int[3])[2]++;
            results.add(new CaseResult(c.id(), lang, cc, tp, fp, fn, error));
        }
        Map<String, Counts> types = new TreeMap<>();
        byType.forEach((t, a) -> types.put(t, new Counts(a[0], a[1], a[2])));
        return new EvalReport(total, types, byLang, List.copyOf(results));
    }
}
