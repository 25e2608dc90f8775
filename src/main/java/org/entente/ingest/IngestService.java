package org.entente.ingest;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.entente.extract.Extraction;
import org.entente.extract.ExtractionFailedException;
import org.entente.extract.Extractor;
import org.jboss.logging.Logger;
import org.entente.extract.UnsupportedLanguageException;
import org.entente.graph.ArticleNode;
import org.entente.graph.GraphWriter;
import org.entente.graph.WriteResult;

/**
 * Article intake: validate, extract, write. Every front end (REST, CLI, a queue consumer) comes through here, so
 * they all get the same checks, ids and transactional writes.
 */
@Singleton
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);

    /** Extracts ahead of the writes; daemon threads, so that they never hold the JVM open. */
    private static final ExecutorService EXTRACTION = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "entente-extract");
                t.setDaemon(true);
                return t;
            });

    private final Extractor extractor;
    private final GraphWriter writer;
    private final IngestConfig config;
    private final ArticleMapper mapper;

    IngestService(Extractor extractor, GraphWriter writer, IngestConfig config) {
        this.extractor = extractor;
        this.writer = writer;
        this.config = config;
        this.mapper = new ArticleMapper(extractor.catalog());
    }

    /** Extracts without writing anything. */
    public Extraction extract(ArticleInput input) {
        ArticleValidator.Checked a = ArticleValidator.check(input, config.maxArticleChars());
        return extract(a);
    }

    /**
     * Ingests a batch: bad articles are reported and skipped, the good ones written in transactions of
     * {@code entente.ingest.write-batch-size}. While one transaction is written, the next one's articles are
     * extracted on another thread: writing is the slower half and mostly runs in the database's own threads.
     */
    public List<IngestResult> ingest(List<ArticleInput> inputs) {
        return ingest(inputs, null);
    }

    /**
     * As {@link #ingest(List)}, telling {@code onBatch} the results of each transaction as it ends. With a
     * listener, a failed transaction does not stop the rest: its articles come back {@code failed}.
     */
    public List<IngestResult> ingest(List<ArticleInput> inputs, Consumer<List<IngestResult>> onBatch) {
        if (inputs.size() > config.maxBatchArticles()) {
            throw new InvalidArticleException(inputs.size() + " articles in one request; the limit is "
                    + config.maxBatchArticles() + " (entente.ingest.max-batch-articles): split the batch", true);
        }
        IngestResult[] results = new IngestResult[inputs.size()];
        int size = Math.max(1, config.writeBatchSize());
        CompletableFuture<List<Prepared>> next = null;
        for (int from = 0; from < inputs.size(); from += size) {
            List<Prepared> ready = next != null ? join(next) : prepareAll(inputs, from, size, results);
            int following = from + size;
            next = following < inputs.size()
                    ? CompletableFuture.supplyAsync(() -> prepareAll(inputs, following, size, results), EXTRACTION)
                    : null;
            try {
                write(ready, results);
            } catch (RuntimeException e) {
                if (onBatch == null) {
                    if (next != null) {
                        next.cancel(false);
                    }
                    throw e;
                }
                // a failed transaction loses only its own articles; the others go on
                ready.forEach(p -> results[p.index()] = IngestResult.failed(p.index(),
                        "not written (" + e.getMessage() + ")"));
            }
            if (onBatch != null) {
                onBatch.accept(List.copyOf(Arrays.asList(results).subList(from, Math.min(inputs.size(), from + size))));
            }
        }
        return List.of(results);
    }

    private void write(List<Prepared> ready, IngestResult[] results) {
        if (ready.isEmpty()) {
            return;
        }
        List<WriteResult> written = writer.writeArticles(ready.stream().map(Prepared::node).toList());
        for (Prepared p : ready) {
            WriteResult w = written.stream().filter(r -> r.articleId().equals(p.node().id())).findFirst()
                    .orElseThrow();
            results[p.index()] = new IngestResult(p.index(), w.articleId(), p.node().lang(), w.outcome(),
                    w.entities(), w.facts(), null);
        }
    }

    /** Prepares inputs[from, from + size); bad ones get their result (distinct slots of the shared array). */
    private List<Prepared> prepareAll(List<ArticleInput> inputs, int from, int size, IngestResult[] results) {
        List<Prepared> ready = new ArrayList<>();
        for (int i = from; i < Math.min(inputs.size(), from + size); i++) {
            try {
                ready.add(prepare(i, inputs.get(i)));
            } catch (InvalidArticleException e) {
                results[i] = IngestResult.rejected(i, e.getMessage());
            } catch (ExtractionFailedException e) {
                // our bug, not the article's fault: the others go on, and the log keeps the trace to fix it
                LOG.error("article " + i + " of a batch not ingested", e);
                results[i] = IngestResult.failed(i, e.getMessage());
            }
        }
        return ready;
    }

    private static List<Prepared> join(CompletableFuture<List<Prepared>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Ingests one article; a bad one throws {@link InvalidArticleException} (too large: flagged as such). */
    public IngestResult ingestOne(ArticleInput input) {
        Prepared p = prepare(0, input);
        WriteResult w = writer.writeArticles(List.of(p.node())).get(0);
        return new IngestResult(0, w.articleId(), p.node().lang(), w.outcome(), w.entities(), w.facts(), null);
    }

    /** Validates and extracts one article, ready to write. */
    public Prepared prepare(int index, ArticleInput input) {
        ArticleValidator.Checked a = ArticleValidator.check(input, config.maxArticleChars());
        Extraction x = extract(a);
        String id = ArticleIds.articleId(a.url(), a.text());
        return new Prepared(index, mapper.toNode(id, a, x));
    }

    private Extraction extract(ArticleValidator.Checked a) {
        try {
            return extractor.extract(a.text(), a.lang(), a.published());
        } catch (UnsupportedLanguageException e) {
            throw new InvalidArticleException(e.getMessage());
        }
    }

    /** An article checked and extracted, not yet written. */
    public record Prepared(int index, ArticleNode node) {
    }
}
