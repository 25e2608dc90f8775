package org.entente.ingest.intake;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker (KRaft, one combined controller and broker) inside the test JVM, from Kafka's own test kit,
 * with the intake's topics created; the application is pointed at it with the intake switched on and two
 * consumers ({@code partitions=2}) in its consumer group.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    static final int PARTITIONS = 4;
    static volatile String bootstrap;

    /** The broker's address, once started. */
    public static String bootstrap() {
        return bootstrap;
    }
    private KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        // the broker logs every step of its start at INFO: keep the test output readable
        java.util.logging.Logger.getLogger("kafka").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("org.apache.kafka").setLevel(java.util.logging.Level.WARNING);
        try {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            bootstrap = cluster.bootstrapServers();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic("entente.articles", PARTITIONS, (short) 1),
                        new NewTopic("entente.articles.dead-letter", 1, (short) 1))).all().get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("the in-JVM Kafka broker did not start", e);
        }
        Map<String, String> p = new HashMap<>();
        p.put("kafka.bootstrap.servers", bootstrap);
        p.put("quarkus.log.category.\"kafka\".level", "WARN");
        p.put("quarkus.log.category.\"org.apache.kafka\".level", "WARN");
        p.put("entente.intake.kafka.enabled", "true");
        p.put("mp.messaging.incoming.articles.partitions", "2");
        p.put("mp.messaging.incoming.articles.max.poll.records", "10");
        p.put("mp.messaging.incoming.articles.auto.commit.interval.ms", "300");
        return p;
    }

    @Override
    public void stop() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
