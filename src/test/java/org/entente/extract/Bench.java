package org.entente.extract;

import org.entente.extract.eval.GoldCase;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Developer tool: single-thread extraction throughput over the gold articles (the real benchmark is JMH). */
public final class Bench {
    private static final java.lang.management.ThreadMXBean MX = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] a) throws Exception {
        Extractor x = Extractor.fromClasspath();
        List<GoldCase> cases = GoldCase.loadAll(Path.of(a.length > 0 ? a[0] : "src/test/resources/gold"));
        long words = 0;
        for (GoldCase c : cases) words += c.text().split("\\s+").length;
        double avg = (double) words / cases.size();
        int rounds = a.length > 1 ? Integer.parseInt(a[1]) : 60;
        for (int r = 0; r < rounds; r++) {
            // thread CPU time, not wall time: the machine may be shared
            long t0 = MX.getCurrentThreadCpuTime();
            for (GoldCase c : cases) x.extract(c.text(), c.lang(), LocalDate.of(2025, 1, 1));
            double s = (MX.getCurrentThreadCpuTime() - t0) / 1e9;
            if (r % 10 == 9 || r == rounds - 1) {
                System.out.printf("round %d: %.0f articles/cpu-s (avg %.0f words), %.0f x250-word articles/s%n", r,
                        cases.size() / s, avg, cases.size() / s * avg / 250);
            }
        }
    }
}
