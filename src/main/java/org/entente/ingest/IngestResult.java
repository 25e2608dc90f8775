package org.entente.ingest;

/**
 * What happened to one submitted article.
 *
 * @param index    its position in the request (0-based; NDJSON line numbers are index + 1)
 * @param outcome  {@code created}, {@code replaced}, {@code unchanged} or {@code rejected}
 * @param error    why it was rejected, or null
 */
public record IngestResult(int index, String id, String lang, String outcome, int entities, int facts,
        String error) {

    public static IngestResult rejected(int index, String error) {
        return new IngestResult(index, null, null, "rejected", 0, 0, error);
    }

    public boolean accepted() {
        return error == null;
    }
}
