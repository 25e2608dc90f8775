package org.entente.ingest.intake;

import java.util.ArrayList;
import java.util.List;
import org.entente.graph.GraphUnavailableException;
import org.entente.ingest.ArticleInput;
import org.entente.ingest.IngestResult;
import org.entente.ingest.IngestService;

/**
 * What a consumer does with one polled batch of record values: read them as articles, ingest the good ones
 * through {@link IngestService} (the same validation, extraction and transactional, idempotent writes as the REST
 * API), and list the ones that can never be written with the reason. Plain Java, so every consumer (the SmallRye
 * channel, a test's own consumer) runs exactly this.
 *
 * <p>Database trouble is not the article's fault: it is thrown, so the batch is not acknowledged and is
 * delivered again. Anything else an article causes (bad JSON, invalid article, an extractor failure) makes a dead
 * letter and the rest of the batch goes on.
 */
public final class IntakeProcessor {

    /** A record that can never be written, and why. */
    public record DeadLetter(int index, String value, String reason) {
    }

    /** Results of the written articles and the dead letters, each with the index of its record in the batch. */
    public record Outcome(List<IngestResult> written, List<DeadLetter> deadLetters) {
    }

    private final IngestService ingest;
    private final ArticleJson json;
    private final int chunk;

    public IntakeProcessor(IngestService ingest, ArticleJson json, int chunk) {
        this.ingest = ingest;
        this.json = json;
        this.chunk = Math.max(1, chunk);
    }

    public Outcome process(List<String> values) {
        List<DeadLetter> dead = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        List<ArticleInput> inputs = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            try {
                inputs.add(json.read(values.get(i)));
                indexes.add(i);
            } catch (ArticleJson.BadRecordException e) {
                dead.add(new DeadLetter(i, values.get(i), e.getMessage()));
            }
        }
        List<IngestResult> written = new ArrayList<>();
        for (int from = 0; from < inputs.size(); from += chunk) {
            int to = Math.min(inputs.size(), from + chunk);
            List<ArticleInput> part = inputs.subList(from, to);
            List<IngestResult> results;
            try {
                results = ingest.ingest(part);
            } catch (RuntimeException e) {
                if (infrastructure(e)) {
                    throw e;
                }
                results = oneByOne(part);
            }
            for (int k = 0; k < results.size(); k++) {
                IngestResult r = results.get(k);
                int index = indexes.get(from + k);
                if (r.accepted()) {
                    written.add(new IngestResult(index, r.id(), r.lang(), r.outcome(), r.entities(), r.facts(),
                            null));
                } else {
                    dead.add(new DeadLetter(index, values.get(index), r.error()));
                }
            }
        }
        dead.sort(java.util.Comparator.comparingInt(DeadLetter::index));
        return new Outcome(written, dead);
    }

    /** Finds the article that broke a batch: each is tried alone, the one that fails is rejected. */
    private List<IngestResult> oneByOne(List<ArticleInput> part) {
        List<IngestResult> results = new ArrayList<>();
        for (int i = 0; i < part.size(); i++) {
            try {
                results.add(ingest.ingest(List.of(part.get(i))).get(0));
            } catch (RuntimeException e) {
                if (infrastructure(e)) {
                    throw e;
                }
                results.add(IngestResult.rejected(i, "could not be extracted: " + e));
            }
        }
        return results;
    }

    /** The database is unavailable: retrying later can succeed, so the batch must not be committed. */
    static boolean infrastructure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GraphUnavailableException || t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }
}
