package org.entente.ingest.intake;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the intake: {@code entente.intake=direct} (default) writes in the caller's thread, {@code kafka}
 * publishes. A caller may also ask for one explicitly ({@code POST /api/articles?async=true},
 * {@code ingest --to-kafka}).
 */
@Singleton
public class ArticleIntakes {

    private final DirectIntake direct;
    /** Resolved only when publishing is on: its emitter cannot be injected while the channel is disabled. */
    private final Instance<KafkaIntake> kafka;
    private final boolean publish;
    private final String mode;

    ArticleIntakes(DirectIntake direct, Instance<KafkaIntake> kafka,
            @ConfigProperty(name = "entente.intake.kafka.publish", defaultValue = "false") boolean publish,
            @ConfigProperty(name = "entente.intake", defaultValue = "direct") String mode) {
        this.direct = direct;
        this.kafka = kafka;
        this.publish = publish;
        this.mode = mode.strip().toLowerCase(java.util.Locale.ROOT);
        if (!this.mode.equals("direct") && !this.mode.equals("kafka")) {
            throw new IllegalArgumentException("entente.intake must be direct or kafka, not '" + mode + "'");
        }
    }

    /** The configured default. */
    public ArticleIntake preferred() {
        return mode.equals("kafka") ? kafka() : direct;
    }

    /** Kafka when {@code async} is asked for, else the configured default. */
    public ArticleIntake choose(boolean async) {
        return async ? kafka() : preferred();
    }

    public DirectIntake direct() {
        return direct;
    }

    public KafkaIntake kafka() {
        if (!publish) {
            throw new IntakeUnavailableException("the Kafka intake is off: set entente.intake.kafka.enabled=true "
                    + "(or entente.intake.kafka.publish=true) and kafka.bootstrap.servers", null);
        }
        return kafka.get();
    }
}
