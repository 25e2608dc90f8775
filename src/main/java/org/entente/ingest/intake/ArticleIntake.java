package org.entente.ingest.intake;

import java.util.List;
import org.entente.ingest.ArticleInput;

/**
 * Where submitted articles go. Two adapters: {@link DirectIntake} validates, extracts and writes in the calling
 * thread (the single-machine default); {@link KafkaIntake} publishes them to a topic that any number of Entente
 * instances consume in one consumer group ({@link KafkaArticleConsumer}), each writing through the same
 * {@code IngestService}. Pick one with {@link ArticleIntakes}.
 */
public interface ArticleIntake {

    /** {@code direct} or {@code kafka}. */
    String mode();

    /** Takes a batch of articles; what "taken" means (written, or durably queued) depends on the adapter. */
    Submission submit(List<ArticleInput> inputs);
}
