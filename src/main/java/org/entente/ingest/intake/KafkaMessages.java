package org.entente.ingest.intake;

import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** Outgoing Kafka messages whose broker acknowledgement a caller can wait for. */
final class KafkaMessages {

    private KafkaMessages() {
    }

    /**
     * A message of {@code value} with {@code metadata} (key, headers) that completes {@code sent} when the broker
     * acknowledges it, or completes it exceptionally when the send fails.
     */
    static Message<String> acknowledged(String value, Object metadata, CompletableFuture<Void> sent) {
        return Message.of(value, Metadata.of(metadata))
                .withAck(() -> {
                    sent.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(e -> {
                    sent.completeExceptionally(e);
                    return CompletableFuture.completedFuture(null);
                });
    }
}
