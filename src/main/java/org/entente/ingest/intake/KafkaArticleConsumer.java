package org.entente.ingest.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.entente.ingest.IngestService;
import org.jboss.logging.Logger;

/**
 * The Kafka side of the intake: consumes the articles topic in batches ({@code batch=true}) as one member of the
 * consumer group {@code entente.intake.kafka.group}, writes each batch through {@link IntakeProcessor}, sends the
 * records that can never be written to the dead-letter topic (header {@value #REASON}), and only then
 * acknowledges the batch. With {@code commit-strategy=throttled} the connector commits an offset only once every
 * record before it is acknowledged, so offsets never run ahead of the graph: a crash re-delivers the uncommitted
 * records, and writing them again is harmless (article ids are idempotent; an unchanged article is skipped).
 *
 * <p>When the database fails (driver errors that survive the driver's own retries of managed transactions) the
 * batch is nacked; with {@code failure-strategy=fail} the channel stops, readiness goes down and nothing past the
 * last committed offset is lost. The channel is disabled unless {@code entente.intake.kafka.consume} is true.
 */
@ApplicationScoped
public class KafkaArticleConsumer {

    public static final String CHANNEL = "articles";
    public static final String DEAD_LETTER_CHANNEL = "articles-dead-letter";
    /** Header of a dead letter: why the record can't be written. */
    public static final String REASON = "entente-dead-letter-reason";
    private static final Logger LOG = Logger.getLogger(KafkaArticleConsumer.class);

    private final IntakeProcessor processor;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();

    @Inject
    @Channel(DEAD_LETTER_CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    Emitter<String> deadLetters;

    KafkaArticleConsumer(IngestService ingest, ObjectMapper json,
            @ConfigProperty(name = "entente.ingest.write-batch-size", defaultValue = "50") int chunk) {
        this.processor = new IntakeProcessor(ingest, new ArticleJson(json), chunk);
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = false)
    public CompletionStage<Void> consume(Message<List<String>> batch) {
        List<String> values = batch.getPayload();
        IntakeProcessor.Outcome outcome;
        try {
            outcome = processor.process(values);
        } catch (RuntimeException e) {
            LOG.errorf("intake: %d articles not written, the batch will be delivered again: %s", values.size(),
                    e.toString());
            return batch.nack(e);
        }
        List<KafkaRecord<?, ?>> records = records(batch);
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (IntakeProcessor.DeadLetter d : outcome.deadLetters()) {
            KafkaRecord<?, ?> r = d.index() < records.size() ? records.get(d.index()) : null;
            sent.add(sendDeadLetter(d, r));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                .thenCompose(x -> {
                    written.addAndGet(outcome.written().size());
                    deadLettered.addAndGet(outcome.deadLetters().size());
                    return batch.ack();
                })
                .exceptionallyCompose(e -> batch.nack(e));
    }

    private CompletableFuture<Void> sendDeadLetter(IntakeProcessor.DeadLetter d, KafkaRecord<?, ?> from) {
        LOG.warnf("intake: record %s goes to the dead-letter topic: %s", from == null ? "#" + d.index()
                : from.getTopic() + "/" + from.getPartition() + " key " + from.getKey(), d.reason());
        List<RecordHeader> headers = new ArrayList<>();
        headers.add(new RecordHeader(REASON, d.reason().getBytes(StandardCharsets.UTF_8)));
        Object key = null;
        if (from != null) {
            key = from.getKey();
            headers.add(header("entente-dead-letter-topic", from.getTopic()));
            headers.add(header("entente-dead-letter-partition", Integer.toString(from.getPartition())));
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        deadLetters.send(KafkaMessages.acknowledged(d.value() == null ? "" : d.value(),
                OutgoingKafkaRecordMetadata.builder().withKey(key).withHeaders(headers).build(), done));
        return done;
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<KafkaRecord<?, ?>> records(Message<List<String>> batch) {
        if (batch instanceof KafkaRecordBatch<?, ?> kafka) {
            return (List) kafka.getRecords();
        }
        return List.of();
    }

    /** Articles written by this instance since it started. */
    public long written() {
        return written.get();
    }

    /** Records sent to the dead-letter topic by this instance since it started. */
    public long deadLettered() {
        return deadLettered.get();
    }
}
