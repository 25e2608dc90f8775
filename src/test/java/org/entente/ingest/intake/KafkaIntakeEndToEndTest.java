package org.entente.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.entente.graph.EmbeddedGraphResource;
import org.entente.ingest.ArticleInput;
import org.entente.ingest.IngestService;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * End to end against a real KRaft broker in this JVM: the application consumes with two Kafka consumers of one
 * group, a third member crashes mid-batch, a poison record is dead-lettered, and every article ends up in the
 * graph exactly once.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedGraphResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = true)
class KafkaIntakeEndToEndTest {

    private static final String TOPIC = "entente.articles";
    private static final String GROUP = "entente-intake";
    private static final String PREFIX = "https://news.example.test/e2e/";

    @Inject
    KafkaIntake kafka;

    @Inject
    KafkaArticleConsumer consumer;

    @Inject
    IngestService ingest;

    @Inject
    ObjectMapper json;

    @Inject
    Driver driver;

    static ArticleInput article(int i) {
        return new ArticleInput("Paris, 3 March 2025 - France and Germany signed a defence agreement on Monday; "
                + "dispatch " + i + ".", PREFIX + i, "Dispatch " + i, "2025-03-03", "en", "e2e");
    }

    private List<String> urls() {
        return driver.executableQuery("MATCH (a:Article) WHERE a.url STARTS WITH $p RETURN a.url AS url")
                .withParameters(Map.of("p", PREFIX)).execute().records().stream()
                .map(r -> r.get("url").asString()).toList();
    }

    private static List<String> expected(int from, int to) {
        List<String> urls = new ArrayList<>();
        for (int i = from; i < to; i++) {
            urls.add(PREFIX + i);
        }
        return urls;
    }

    private static void await(String what, Duration limit, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime() < end).as("waited %s for %s", limit, what).isTrue();
            Thread.sleep(200);
        }
    }

    private static Map<String, Object> clientConfig() {
        Map<String, Object> c = new HashMap<>();
        c.put("bootstrap.servers", KafkaBrokerResource.bootstrap);
        c.put("key.serializer", StringSerializer.class.getName());
        c.put("value.serializer", StringSerializer.class.getName());
        c.put("key.deserializer", StringDeserializer.class.getName());
        c.put("value.deserializer", StringDeserializer.class.getName());
        c.put("auto.offset.reset", "earliest");
        c.put("enable.auto.commit", "false");
        return c;
    }

    @Test
    void shouldWriteEveryArticleExactlyOnceAcrossConsumersAPoisonRecordAndACrashedConsumer() throws Exception {
        // 1. publish through the application's own outgoing channel, plus a poison record from outside
        int n = 24;
        List<ArticleInput> first = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            first.add(article(i));
        }
        assertThat(kafka.submit(first).accepted()).isEqualTo(n);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(clientConfig())) {
            producer.send(new ProducerRecord<>(TOPIC, "poison", "{\"text\": unquoted}")).get();
        }
        await("the first articles", Duration.ofSeconds(60), () -> urls().size() == n);
        assertThat(urls()).containsExactlyInAnyOrderElementsOf(expected(0, n));

        // 2. the poison record is on the dead-letter topic, with the reason in a header
        Map<String, Object> dlq = clientConfig();
        dlq.put("group.id", "dead-letter-reader");
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(dlq)) {
            reader.subscribe(List.of("entente.articles.dead-letter"));
            List<ConsumerRecord<String, String>> dead = new ArrayList<>();
            await("the dead letter", Duration.ofSeconds(30), () -> {
                reader.poll(Duration.ofMillis(200)).forEach(dead::add);
                return !dead.isEmpty();
            });
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).key()).isEqualTo("poison");
            assertThat(dead.get(0).value()).isEqualTo("{\"text\": unquoted}");
            Header reason = dead.get(0).headers().lastHeader(KafkaArticleConsumer.REASON);
            assertThat(new String(reason.value(), StandardCharsets.UTF_8)).startsWith("not JSON");
        }

        // 3. two consumers of the application share the topic's partitions
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaBrokerResource.bootstrap))) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP);
            assertThat(group.members()).hasSize(2);
            for (MemberDescription m : group.members()) {
                assertThat(m.assignment().topicPartitions()).as("partitions of " + m.clientId()).isNotEmpty();
            }
        }

        // 4. a third member of the group takes a batch, writes part of it and dies before committing
        Map<String, Object> c = clientConfig();
        c.put("group.id", GROUP);
        c.put("max.poll.records", "50");
        List<String> half;
        List<String> lost;
        try (KafkaConsumer<String, String> crashing = new KafkaConsumer<>(c)) {
            crashing.subscribe(List.of(TOPIC));
            List<ConsumerRecord<String, String>> batch = new ArrayList<>();
            await("a partition for the crashing member", Duration.ofSeconds(30), () -> {
                crashing.poll(Duration.ofMillis(200)).forEach(batch::add);
                return !crashing.assignment().isEmpty();
            });
            int m = 24;
            List<ArticleInput> second = new ArrayList<>();
            for (int i = n; i < n + m; i++) {
                second.add(article(i));
            }
            kafka.submit(second);
            await("a batch for the crashing member", Duration.ofSeconds(30), () -> {
                crashing.poll(Duration.ofMillis(200)).forEach(batch::add);
                return batch.stream().filter(r -> r.value().contains("/e2e/")).count() >= 2;
            });
            List<String> values = batch.stream().map(ConsumerRecord::value).filter(v -> v.contains("/e2e/"))
                    .toList();
            List<String> written = values.subList(0, values.size() / 2);
            new IntakeProcessor(ingest, new ArticleJson(json), 50).process(written);
            half = written.stream().map(v -> new ArticleJson(json).read(v).url()).toList();
            lost = values.subList(values.size() / 2, values.size()).stream()
                    .map(v -> new ArticleJson(json).read(v).url()).toList();
            assertThat(urls()).containsAll(half).doesNotContainAnyElementsOf(lost);
            // killed: it leaves without committing anything (auto-commit is off and commitSync is never called)
        }

        // 5. the survivors take its partitions over from the last committed offset: nothing is lost, nothing doubled
        await("every article", Duration.ofSeconds(60), () -> urls().size() == 48);
        assertThat(urls()).containsExactlyInAnyOrderElementsOf(expected(0, 48));
        assertThat(driver.executableQuery("MATCH (a:Article) WHERE a.url STARTS WITH $p "
                + "RETURN count(a) = count(DISTINCT a.id) AS distinct").withParameters(Map.of("p", PREFIX))
                .execute().records().get(0).get("distinct").asBoolean()).isTrue();

        // 6. and the group's offsets reach the end of every partition once the graph holds everything
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaBrokerResource.bootstrap))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < KafkaBrokerResource.PARTITIONS; p++) {
                latest.put(new TopicPartition(TOPIC, p), OffsetSpec.latest());
            }
            var ends = admin.listOffsets(latest).all().get();
            await("committed offsets", Duration.ofSeconds(30), () -> {
                try {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                            .partitionsToOffsetAndMetadata().get();
                    return ends.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                            || committed.get(e.getKey()) != null
                            && committed.get(e.getKey()).offset() == e.getValue().offset());
                } catch (Exception e) {
                    return false;
                }
            });
        }
        assertThat(consumer.deadLettered()).isEqualTo(1);
    }
}
