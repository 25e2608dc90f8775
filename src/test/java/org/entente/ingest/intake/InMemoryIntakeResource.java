package org.entente.ingest.intake;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.util.HashMap;
import java.util.Map;

/** Switches the intake on, with its three channels on SmallRye's in-memory connector instead of Kafka. */
public class InMemoryIntakeResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> p = new HashMap<>();
        p.put("entente.intake.kafka.enabled", "true");
        p.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(KafkaArticleConsumer.CHANNEL));
        p.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory(KafkaIntake.CHANNEL,
                KafkaArticleConsumer.DEAD_LETTER_CHANNEL));
        return p;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }
}
