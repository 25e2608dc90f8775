package org.entente.ingest;

/**
 * What happened to one submitted article.
 *
 * @param index    its position in the request (0-based; NDJSON line numbers are index + 1)
 * @param outcome  {@code created}, {@code replaced}, {@code unchanged}, {@code rejected} (bad input) or
 *                 {@code failed} (its transaction failed)
 * @param error    why it was rejected or failed, or null
 */
public record IngestResult(int index, String id, String lang, String outcome, int entities, int facts,
        String error) {

    public static IngestResult rejected(int index, String error) {
        return new IngestResult(index, null, null, "rejected", 0, 0, error);
    }

    public static IngestResult failed(int index, String error) {
        return new IngestResult(index, null, null, "failed", 0, 0, error);
    }

    public boolean accepted() {
        return error == null;
    }
}
