package org.entente.ingest.intake;

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
    private final KafkaIntake kafka;
    private final String mode;

    ArticleIntakes(DirectIntake direct, KafkaIntake kafka,
            @ConfigProperty(name = "entente.intake", defaultValue = "direct") String mode) {
        this.direct = direct;
        this.kafka = kafka;
        this.mode = mode.strip().toLowerCase(java.util.Locale.ROOT);
        if (!this.mode.equals("direct") && !this.mode.equals("kafka")) {
            throw new IllegalArgumentException("entente.intake must be direct or kafka, not '" + mode + "'");
        }
    }

    /** The configured default. */
    public ArticleIntake preferred() {
        return mode.equals("kafka") ? kafka : direct;
    }

    /** Kafka when {@code async} is asked for, else the configured default. */
    public ArticleIntake choose(boolean async) {
        return async ? kafka : preferred();
    }

    public DirectIntake direct() {
        return direct;
    }

    public KafkaIntake kafka() {
        return kafka;
    }
}
