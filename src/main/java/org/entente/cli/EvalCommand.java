package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.extract.Extractor;
import org.entente.extract.eval.GoldCase;
import org.entente.extract.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Scores the extractor against gold files: the tool to run after changing a rule. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold files (NAME.txt beside NAME.json, ONTOLOGY.md 'Scoring'): "
                + "precision, recall and F1 overall, per type and per language.")
public class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE.json", description = "gold directories or files")
    List<Path> paths;

    @Option(names = {"-v", "--verbose"}, description = "list every false positive and missed fact")
    boolean verbose;

    private final Extractor extractor;

    EvalCommand(Extractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Integer call() {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                System.err.println("entente eval: no such file or directory: " + p);
                return 2;
            }
        }
        var cases = GoldCase.loadAll(paths.toArray(Path[]::new));
        if (cases.isEmpty()) {
            System.err.println("entente eval: no gold cases (NAME.json beside NAME.txt) under " + paths);
            return 2;
        }
        System.out.print(Scorer.score(extractor, cases).format(verbose));
        return 0;
    }
}
