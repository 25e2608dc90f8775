package org.entente.ingest.intake;

import java.util.List;
import org.entente.ingest.IngestResult;

/**
 * What an intake did with a batch.
 *
 * @param mode     {@code direct} (written now) or {@code kafka} (queued: the graph is written by a consumer)
 * @param accepted articles written (direct) or acknowledged by the broker (kafka)
 * @param rejected articles refused before they went anywhere
 * @param results  per-article results: outcomes of the write (direct), or {@code queued} with the article's id
 *                 (kafka), in the order submitted
 */
public record Submission(String mode, int accepted, int rejected, List<IngestResult> results) {
}
