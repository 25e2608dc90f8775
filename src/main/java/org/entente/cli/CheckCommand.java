package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.graph.GraphAdmin;
import picocli.CommandLine.Command;

/** Verifies that nothing is half-written: every article has all its facts, every fact its summary edge. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the graph's integrity: exit code 0 when every article has all of its facts and "
                + "every fact its summary relationship, 1 otherwise.")
public class CheckCommand implements Callable<Integer> {

    private final GraphAdmin admin;

    CheckCommand(GraphAdmin admin) {
        this.admin = admin;
    }

    @Override
    public Integer call() {
        var problems = admin.inconsistencies();
        long articles = admin.articleCount();
        boolean ok = problems.values().stream().allMatch(java.util.List::isEmpty);
        System.out.printf("%d articles; articles missing facts: %s; facts missing a summary edge: %s%n", articles,
                problems.get("articlesWithMissingFacts"), problems.get("factsWithoutSummary"));
        System.out.println(ok ? "consistent" : "INCONSISTENT");
        return ok ? 0 : 1;
    }
}
