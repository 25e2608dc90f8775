package org.entente.extract.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The scores of a run: overall, per fact type, per language, per case. */
public record EvalReport(Counts overall, Map<String, Counts> byType, Map<String, Counts> byLang,
                         List<CaseResult> cases) {

    /** Per-case lines, then per type and per language, then the TOTAL line of the shared scorer. */
    public String format(boolean verbose) {
        StringBuilder b = new StringBuilder();
        for (CaseResult c : cases) {
            b.append(String.format(Locale.ROOT, "%s [%s]: tp=%d fp=%d fn=%d%s%n", c.id(), c.lang(), c.counts().tp(),
                    c.counts().fp(), c.counts().fn(), c.error() == null ? "" : " error: " + c.error()));
            if (verbose) {
                for (FactKey k : c.falsePositives()) b.append("   false+ ").append(k).append('\n');
                for (FactKey k : c.missed()) b.append("   missed ").append(k).append('\n');
            }
        }
        byType.forEach((t, x) -> b.append(String.format(Locale.ROOT, "  %-17s p=%.2f r=%.2f f1=%.2f (tp=%d fp=%d fn=%d)%n",
                t, x.precision(), x.recall(), x.f1(), x.tp(), x.fp(), x.fn())));
        byLang.forEach((l, x) -> b.append(String.format(Locale.ROOT, "  lang=%s p=%.2f r=%.2f f1=%.2f%n", l,
                x.precision(), x.recall(), x.f1())));
        b.append(String.format(Locale.ROOT, "TOTAL precision=%.3f recall=%.3f f1=%.3f (tp=%d fp=%d fn=%d)%n",
                overall.precision(), overall.recall(), overall.f1(), overall.tp(), overall.fp(), overall.fn()));
        return b.toString();
    }
}
