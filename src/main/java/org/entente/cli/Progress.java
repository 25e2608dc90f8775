package org.entente.cli;

import java.io.PrintStream;

/** A one-line progress bar on a terminal; plain periodic lines when output is redirected. */
final class Progress {

    private final PrintStream out;
    private final int total;
    private final long started = System.nanoTime();
    private final boolean terminal = System.console() != null;
    private long lastPrint;
    private int lastDone = -1;

    Progress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    void update(int done, long facts, int errors, boolean last) {
        long now = System.nanoTime();
        if (done == lastDone && last && terminal) {
            out.println();
            return;
        }
        if (done == lastDone || !last && now - lastPrint < (terminal ? 200_000_000L : 5_000_000_000L)) {
            return;
        }
        lastPrint = now;
        lastDone = done;
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        String line = String.format("[%s%s] %d/%d articles  %.1f articles/s  %d facts  %d errors",
                "#".repeat(filled), " ".repeat(width - filled), done, total, done / seconds, facts, errors);
        if (terminal) {
            out.print("\r" + line + (last ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
