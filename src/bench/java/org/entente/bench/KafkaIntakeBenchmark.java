package org.entente.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.entente.graph.EmbeddedGraphResource;
import org.entente.ingest.ArticleInput;
import org.entente.ingest.IngestService;
import org.entente.ingest.intake.ArticleJson;
import org.entente.ingest.intake.ArticleIntakes;
import org.entente.ingest.intake.IntakeProcessor;
import org.entente.ingest.intake.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

/**
 * Intake throughput, direct versus through Kafka with 1, 2 and 4 consumers of one group, on one machine: an in-JVM
 * KRaft broker and the embedded Neo4j. Every consumer runs what the Kafka adapter runs for a polled batch
 * ({@link IntakeProcessor}: parse, validate, extract, one write transaction per chunk) and commits after the write.
 * Run with: {@code ./mvnw -o -Pbench -Dentente.build.dir=target-kafka test -Dtest=KafkaIntakeBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.articles=600]}
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedGraphResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = true)
class KafkaIntakeBenchmark {

    private static final String[] PAIRS = {"France and Germany", "Japan and Australia", "Egypt and Jordan",
        "Brazil and Argentina", "India and Indonesia", "Canada and Mexico", "Kenya and Ethiopia",
        "Poland and Ukraine"};
    private static final String[] VERBS = {"signed a defence agreement", "held talks", "agreed a trade deal",
        "announced a strategic partnership"};

    @Inject
    ArticleIntakes intakes;

    @Inject
    IngestService ingest;

    @Inject
    ObjectMapper json;

    static ArticleInput article(String run, int i) {
        String text = "Dispatch " + i + ". " + PAIRS[i % PAIRS.length] + " " + VERBS[i % VERBS.length]
                + " on 3 March 2025, officials said. The ministers met in the capital and promised to meet again"
                + " before the end of the year; observers called it a step forward for both countries.";
        return new ArticleInput(text, "https://bench.example.test/" + run + "/" + i, "Dispatch " + i,
                "2025-03-04", "en", "bench");
    }

    private Map<String, Object> client() {
        Map<String, Object> c = new HashMap<>();
        c.put("bootstrap.servers", KafkaBrokerResource.bootstrap());
        c.put("key.serializer", StringSerializer.class.getName());
        c.put("value.serializer", StringSerializer.class.getName());
        c.put("key.deserializer", StringDeserializer.class.getName());
        c.put("value.deserializer", StringDeserializer.class.getName());
        c.put("auto.offset.reset", "earliest");
        c.put("enable.auto.commit", "false");
        c.put("max.poll.records", "100");
        return c;
    }

    @Test
    void measure() throws Exception {
        int n = Integer.getInteger("bench.articles", 400);
        List<String> lines = new ArrayList<>();
        // warm-up: extractor and query plans
        for (int i = 0; i < 100; i += 50) {
            List<ArticleInput> batch = new ArrayList<>();
            for (int k = i; k < i + 50; k++) {
                batch.add(article("warm", k));
            }
            intakes.direct().submit(batch);
        }
        long t = System.nanoTime();
        for (int i = 0; i < n; i += 50) {
            List<ArticleInput> batch = new ArrayList<>();
            for (int k = i; k < Math.min(n, i + 50); k++) {
                batch.add(article("direct", k));
            }
            intakes.direct().submit(batch);
        }
        lines.add(row("direct (1 thread, batches of 50)", n, System.nanoTime() - t));
        for (int consumers : new int[] {1, 2, 4}) {
            String topic = "bench-" + consumers;
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaBrokerResource.bootstrap()))) {
                admin.createTopics(List.of(new NewTopic(topic, 4, (short) 1))).all().get();
            }
            ArticleJson wire = new ArticleJson(json);
            long p = System.nanoTime();
            Map<String, Object> pc = client();
            // on a 2-core machine shared with the broker, retried batches of the idempotent producer were seen to
            // fail with OutOfOrderSequenceException on a fresh topic; the benchmark only needs every record once
            pc.put("enable.idempotence", "false");
            pc.put("acks", "1");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(pc)) {
                List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    sent.add(producer.send(new ProducerRecord<>(topic, Integer.toString(i),
                            wire.write(article(topic, i)))));
                }
                producer.flush();
                for (var f : sent) {
                    f.get();
                }
            }
            lines.add(row("publish to Kafka", n, System.nanoTime() - p));
            AtomicInteger done = new AtomicInteger();
            long c = System.nanoTime();
            List<Thread> threads = new ArrayList<>();
            for (int k = 0; k < consumers; k++) {
                Thread th = new Thread(() -> consume(topic, n, done));
                th.start();
                threads.add(th);
            }
            for (Thread th : threads) {
                th.join(Duration.ofMinutes(5).toMillis());
            }
            lines.add(row("Kafka -> graph, " + consumers + " consumer(s)", done.get(), System.nanoTime() - c));
        }
        System.out.println("\n=== Kafka intake benchmark (" + Runtime.getRuntime().availableProcessors()
                + " cores) ===");
        lines.forEach(System.out::println);
    }

    private void consume(String topic, int n, AtomicInteger done) {
        Map<String, Object> c = client();
        c.put("group.id", "group-" + topic);
        IntakeProcessor processor = new IntakeProcessor(ingest, new ArticleJson(json), 50);
        long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c)) {
            consumer.subscribe(List.of(topic));
            while (done.get() < n && System.nanoTime() < end) {
                List<String> values = new ArrayList<>();
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    values.add(r.value());
                }
                if (!values.isEmpty()) {
                    processor.process(values);
                    consumer.commitSync();
                    done.addAndGet(values.size());
                }
            }
        }
    }

    private static String row(String what, int n, long nanos) {
        double s = nanos / 1e9;
        return String.format("%-40s %6d articles %8.2f s %9.1f articles/s", what, n, s, n / s);
    }
}
