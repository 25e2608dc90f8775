package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.ingest.AtopImporter;
import org.entente.ingest.InvalidArticleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Loads curated datasets; today ATOP v4. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import a curated dataset.",
        subcommands = {ImportCommand.Atop.class})
public class ImportCommand implements Runnable {

    @Override
    public void run() {
        System.err.println("entente import: name a dataset, for example: import atop ../shared/data/atop");
    }

    /** ATOP v4: alliances as DEFENSE_PACT / ALLIANCE facts per pair of members, with entry and exit dates. */
    @Command(name = "atop", mixinStandardHelpOptions = true,
            description = "Load the ATOP v4 CSVs (atop-alliance-level.csv, atop-member-level.csv) from DIR. "
                    + "Loading again replaces the dataset's facts; news facts are untouched.")
    public static class Atop implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DIR")
        Path dir;

        private final AtopImporter importer;

        Atop(AtopImporter importer) {
            this.importer = importer;
        }

        @Override
        public Integer call() {
            long started = System.nanoTime();
            try {
                var s = importer.importDirectory(dir);
                System.out.printf("ATOP: %d alliances, %d member rows, %d facts written (%d rows skipped) in "
                        + "%.1f s%s%n", s.alliances(), s.members(), s.facts(), s.skipped(),
                        (System.nanoTime() - started) / 1e9,
                        s.unmappedCodes().isEmpty() ? "" : "; unmapped COW codes: " + s.unmappedCodes());
                return 0;
            } catch (InvalidArticleException e) {
                System.err.println("entente import atop: " + e.getMessage());
                return 2;
            }
        }
    }
}
