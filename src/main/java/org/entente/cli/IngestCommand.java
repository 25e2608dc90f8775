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
        int done = 0;
        long facts = 0;
        int created = 0;
        int replaced = 0;
        int unchanged = 0;
        List<String> errors = new ArrayList<>();
        int batch = Math.max(1, config.writeBatchSize());
        for (int from = 0; from < items.size(); from += batch) {
            List<ArticleFiles.Item> chunk = items.subList(from, Math.min(items.size(), from + batch));
            List<ArticleFiles.Item> readable = new ArrayList<>();
            for (ArticleFiles.Item item : chunk) {
                if (item.error() != null) {
                    errors.add(item.origin() + ": " + item.error());
                } else {
                    readable.add(item);
                }
            }
            List<ArticleInput> inputs = readable.stream().map(ArticleFiles.Item::article).toList();
            try {
                List<IngestResult> results = submit(inputs);
                for (int i = 0; i < results.size(); i++) {
                    IngestResult r = results.get(i);
                    switch (r.outcome()) {
                        case "created", "queued" -> created++;
                        case "replaced" -> replaced++;
                        case "unchanged" -> unchanged++;
                        default -> errors.add(readable.get(i).origin() + ": " + r.error());
                    }
                    facts += r.facts();
                }
            } catch (IntakeUnavailableException e) {
                System.err.println("entente ingest: " + e.getMessage());
                return 2;
            } catch (RuntimeException e) {
                // a failed transaction loses only its own batch; the others go on
                readable.forEach(item -> errors.add(item.origin() + ": not written (" + e.getMessage() + ")"));
            }
            done += chunk.size();
            progress.update(done, facts, errors.size(), false);
        }
        progress.update(done, facts, errors.size(), true);
        errors.forEach(e -> System.err.println("  error: " + e));
        System.out.printf("Ingested %d files, %d articles in %.1f s: %d " + (toKafka ? "queued" : "created")
                + ", %d replaced, %d unchanged, "
                + "%d errors; %d facts.%n", files.size(), items.size(), progress.seconds(), created, replaced,
                unchanged, errors.size(), facts);
        return errors.isEmpty() ? 0 : 1;
    }
}
