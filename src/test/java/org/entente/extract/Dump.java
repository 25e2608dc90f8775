package org.entente.extract;

import org.entente.extract.eval.GoldCase;
import org.entente.extract.eval.Scorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Developer tool: java ... org.entente.extract.Dump FILE.txt [lang] [published] | --score DIR... */
public final class Dump {
    public static void main(String[] a) throws Exception {
        Extractor x = Extractor.fromClasspath();
        if (a[0].equals("--score")) {
            Path[] ps = new Path[a.length - 1];
            for (int i = 1; i < a.length; i++) ps[i - 1] = Path.of(a[i]);
            System.out.print(Scorer.score(x, GoldCase.loadAll(ps)).format(true));
            return;
        }
        String text = Files.readString(Path.of(a[0]));
        Extraction e = x.extract(text, a.length > 1 ? a[1] : null, a.length > 2 ? LocalDate.parse(a[2]) : null);
        System.out.println("lang=" + e.lang());
        for (Entity en : e.entities()) {
            StringBuilder b = new StringBuilder();
            for (Span s : en.spans()) b.append(" [").append(s.start()).append(',').append(s.end()).append(' ').append(s.text()).append(']');
            System.out.println("E " + en.kind() + " " + en.id() + " x" + en.mentions() + (en.catalogued() ? "" : " (new)") + b);
        }
        for (Fact f : e.facts()) {
            System.out.println("F " + f.type() + " " + f.subject().id() + " -> " + f.object().id() + " " + f.status()
                    + " date=" + f.date() + " conf=" + f.confidence() + (f.role() != null ? " role=" + f.role() : "")
                    + (f.rate() != null ? " rate=" + f.rate() : "") + (f.goods() != null ? " goods=" + f.goods() : "")
                    + (f.reason() != null ? " reason=" + f.reason() : "") + " trig=" + f.evidence().trigger());
        }
    }
}
