package org.entente.ingest.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.entente.ingest.ArticleIds;
import org.entente.ingest.ArticleInput;
import org.entente.ingest.IngestResult;

/**
 * Publishes articles to the intake topic ({@code entente.intake.topic}, channel {@value #CHANNEL}) instead of
 * writing them. Each record's key is the article's id, so versions of one article stay in order on one partition.
 * {@link #submit} returns once the broker has acknowledged every record ({@code acks=all}), so a 202 means the
 * articles are durably queued; the graph is written later by whichever instance consumes them.
 */
@Singleton
public class KafkaIntake implements ArticleIntake {

    /** The outgoing channel; disabled unless {@code entente.intake.kafka.publish} is true. */
    public static final String CHANNEL = "articles-out";

    private final boolean enabled;
    private final Duration timeout;
    private final ArticleJson articles;

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    Emitter<String> emitter;

    KafkaIntake(@ConfigProperty(name = "entente.intake.kafka.publish", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "entente.intake.kafka.send-timeout", defaultValue = "30s") Duration timeout,
            ObjectMapper json) {
        this.enabled = enabled;
        this.timeout = timeout;
        this.articles = new ArticleJson(json);
    }

    @Override
    public String mode() {
        return "kafka";
    }

    /** Whether this instance may publish (the outgoing channel is switched on). */
    public boolean enabled() {
        return enabled;
    }

    @Override
    public Submission submit(List<ArticleInput> inputs) {
        if (!enabled) {
            throw new IntakeUnavailableException("the Kafka intake is off: set entente.intake.kafka.enabled=true "
                    + "(or entente.intake.kafka.publish=true) and kafka.bootstrap.servers", null);
        }
        IngestResult[] results = new IngestResult[inputs.size()];
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ArticleInput a = inputs.get(i);
            if (a == null || a.text() == null || a.text().isBlank()) {
                results[i] = IngestResult.rejected(i, "the article has no text");
                continue;
            }
            String id = ArticleIds.articleId(a.url(), a.text());
            CompletableFuture<Void> done = new CompletableFuture<>();
            emitter.send(KafkaMessages.acknowledged(articles.write(a),
                    OutgoingKafkaRecordMetadata.<String>builder().withKey(id).build(), done));
            sent.add(done);
            results[i] = new IngestResult(i, id, a.lang(), "queued", 0, 0, null);
        }
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeUnavailableException("interrupted while publishing to Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IntakeUnavailableException("Kafka did not take the articles within " + timeout.toSeconds()
                    + " s (" + cause + "); nothing is lost by sending them again: article ids are idempotent",
                    cause);
        }
        int rejected = (int) java.util.Arrays.stream(results).filter(r -> !r.accepted()).count();
        return new Submission(mode(), results.length - rejected, rejected, List.of(results));
    }
}
