package org.entente.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.ingest.ArticleFiles;
import org.entente.ingest.ArticleInput;
import org.entente.ingest.IngestConfig;
import org.entente.ingest.IngestResult;
import org.entente.ingest.IngestService;
import org.entente.ingest.intake.ArticleIntakes;
import org.entente.ingest.intake.IntakeUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Ingests files and directories of articles into the graph, batch by batch, reporting bad files as it goes. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest articles from files and directories: .txt (front matter: url, published, lang, "
                + "source), .json, .jsonl/.ndjson, .html. Bad files are reported; the rest is ingested.")
public class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories")
    List<Path> paths;

    @Option(names = "--to-kafka", description = "publish to the Kafka intake topic (entente.intake.kafka.topic) "
            + "instead of writing to the graph; consumers extract and write")
    boolean toKafka;

    private final IngestService ingest;
    private final IngestConfig config;
    private final ArticleIntakes intakes;

    IngestCommand(IngestService ingest, IngestConfig config, ArticleIntakes intakes) {
        this.ingest = ingest;
        this.config = config;
        this.intakes = intakes;
    }

    /** Writes to the graph, or with --to-kafka only validates and publishes. */
    private List<IngestResult> submit(List<ArticleInput> inputs) {
        return toKafka ? intakes.kafka().submit(inputs).results() : ingest.ingest(inputs);
    }

    @Override
    public Integer call() {
        List<Path> files;
        try {
            files = ArticleFiles.files(paths);
        } catch (IOException e) {
            System.err.println("entente ingest: " + e.getMessage());
            return 2;
        }
        List<ArticleFiles.Item> items = new ArrayList<>();
        files.forEach(f -> items.addAll(ArticleFiles.read(f)));
        Progress progress = new Progress(System.err, items.size());
        Tally tally = new Tally(progress);
        // the direct path gets many transactions per call, so that it can extract one while writing another
        int batch = Math.max(1, config.writeBatchSize());
        int group = toKafka ? batch : Math.max(batch, Math.min(config.maxBatchArticles(), 20 * batch) / batch * batch);
        for (int from = 0; from < items.size(); from += group) {
            List<ArticleFiles.Item> chunk = items.subList(from, Math.min(items.size(), from + group));
            List<ArticleFiles.Item> readable = new ArrayList<>();
            for (ArticleFiles.Item item : chunk) {
                if (item.error() != null) {
                    tally.errors.add(item.origin() + ": " + item.error());
                } else {
                    readable.add(item);
                }
            }
            tally.unreadable(chunk.size() - readable.size());
            List<ArticleInput> inputs = readable.stream().map(ArticleFiles.Item::article).toList();
            try {
                if (toKafka) {
                    tally.add(readable, intakes.kafka().submit(inputs).results());
                } else {
                    ingest.ingest(inputs, results -> tally.add(readable, results));
                }
            } catch (IntakeUnavailableException e) {
                System.err.println("entente ingest: " + e.getMessage());
                return 2;
            } catch (RuntimeException e) {
                // a failed publication loses only its own batch; the others go on
                readable.forEach(item -> tally.errors.add(item.origin() + ": not written (" + e.getMessage() + ")"));
                tally.unreadable(readable.size());
            }
        }
        tally.progress.update(tally.done, tally.facts, tally.errors.size(), true);
        tally.errors.forEach(e -> System.err.println("  error: " + e));
        System.out.printf("Ingested %d files, %d articles in %.1f s: %d " + (toKafka ? "queued" : "created")
                + ", %d replaced, %d unchanged, "
                + "%d errors; %d facts.%n", files.size(), items.size(), progress.seconds(), tally.created,
                tally.replaced, tally.unchanged, tally.errors.size(), tally.facts);
        return tally.errors.isEmpty() ? 0 : 1;
    }

    /** Counts outcomes as transactions end, and moves the progress bar. */
    private static final class Tally {
        final Progress progress;
        final List<String> errors = new ArrayList<>();
        int done;
        long facts;
        int created;
        int replaced;
        int unchanged;

        Tally(Progress progress) {
            this.progress = progress;
        }

        /** Articles that never reached a transaction (their errors are already listed). */
        void unreadable(int count) {
            done += count;
            progress.update(done, facts, errors.size(), false);
        }

        void add(List<ArticleFiles.Item> items, List<IngestResult> results) {
            for (IngestResult r : results) {
                switch (r.outcome()) {
                    case "created", "queued" -> created++;
                    case "replaced" -> replaced++;
                    case "unchanged" -> unchanged++;
                    default -> errors.add(items.get(r.index()).origin() + ": " + r.error());
                }
                facts += r.facts();
            }
            done += results.size();
            progress.update(done, facts, errors.size(), false);
        }
    }
}
