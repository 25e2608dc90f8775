package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.graph.GraphWriter;
import picocli.CommandLine.Command;

/** Derives every summary relationship again from the Fact nodes. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = "Drop and re-derive all summary relationships from the Fact nodes.")
public class RebuildCommand implements Callable<Integer> {

    private final GraphWriter writer;

    RebuildCommand(GraphWriter writer) {
        this.writer = writer;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        long keys = writer.rebuildSummaries();
        System.out.printf("Rebuilt %d summary relationships in %d ms%n", keys,
                (System.nanoTime() - started) / 1_000_000);
        return 0;
    }
}
