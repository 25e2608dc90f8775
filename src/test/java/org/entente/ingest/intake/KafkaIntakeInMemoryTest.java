package org.entente.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.entente.api.AsyncIntake;
import org.entente.graph.EmbeddedGraphResource;
import org.entente.ingest.ArticleIds;
import org.entente.ingest.ArticleInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** The Kafka adapter's logic, with its channels on the in-memory connector: no broker involved. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedGraphResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = InMemoryIntakeResource.class, restrictToAnnotatedClass = true)
class KafkaIntakeInMemoryTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    KafkaIntake kafka;

    @Inject
    ArticleIntakes intakes;

    @Inject
    AsyncIntake async;

    @Inject
    Driver driver;

    @BeforeEach
    void reset() {
        driver.executableQuery("MATCH (n) WHERE NOT n:SchemaVersion AND NOT n:Entity DETACH DELETE n").execute();
        connector.sink(KafkaIntake.CHANNEL).clear();
        connector.sink(KafkaArticleConsumer.DEAD_LETTER_CHANNEL).clear();
    }

    static String article(int i) {
        return "{\"text\": \"Paris, 3 March 2025 - France and Germany signed a defence agreement on Monday, "
                + "dispatch number " + i + ".\", \"url\": \"https://news.example.test/intake/" + i
                + "\", \"published\": \"2025-03-03\", \"lang\": \"en\", \"source\": \"test\"}";
    }

    private long articles() {
        return driver.executableQuery("MATCH (a:Article) RETURN count(a)").execute().records().get(0).get(0)
                .asLong();
    }

    /** Sends one batch as the Kafka connector would (batch=true) and waits for the consumer's ack or nack. */
    private void deliver(List<String> values) throws Exception {
        CompletableFuture<Boolean> acked = new CompletableFuture<>();
        Message<List<String>> batch = Message.of(values).withAck(() -> {
            acked.complete(true);
            return CompletableFuture.completedFuture(null);
        }).withNack(e -> {
            acked.complete(false);
            return CompletableFuture.completedFuture(null);
        });
        connector.source(KafkaArticleConsumer.CHANNEL).send(batch);
        assertThat(acked.get(60, TimeUnit.SECONDS)).as("the batch is acknowledged").isTrue();
    }

    private static String reason(Message<?> m) {
        OutgoingKafkaRecordMetadata<?> md = m.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
        for (Header h : md.getHeaders()) {
            if (h.key().equals(KafkaArticleConsumer.REASON)) {
                return new String(h.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Test
    void shouldWriteGoodArticlesAndSendEveryBadRecordToTheDeadLetterChannelWithItsReason() throws Exception {
        List<String> batch = new ArrayList<>(List.of(article(1), article(2)));
        batch.add("{\"text\": \"unterminated");
        batch.add("{\"text\": 42}");
        batch.add("{\"text\": \"   \", \"url\": \"https://news.example.test/empty\"}");
        deliver(batch);

        assertThat(articles()).isEqualTo(2);
        InMemorySink<String> dead = connector.sink(KafkaArticleConsumer.DEAD_LETTER_CHANNEL);
        assertThat(dead.received()).hasSize(3);
        assertThat(dead.received().get(0).getPayload()).isEqualTo("{\"text\": \"unterminated");
        assertThat(reason(dead.received().get(0))).startsWith("not JSON");
        assertThat(reason(dead.received().get(1))).contains("'text'").contains("string");
        assertThat(reason(dead.received().get(2))).isNotBlank();
    }

    @Test
    void shouldTreatARedeliveredBatchAsHarmless() throws Exception {
        deliver(List.of(article(3), article(4), article(3)));
        deliver(List.of(article(4), article(3)));
        assertThat(articles()).isEqualTo(2);
        assertThat(connector.sink(KafkaArticleConsumer.DEAD_LETTER_CHANNEL).received()).isEmpty();
    }

    @Test
    void shouldPublishArticlesKeyedByTheirIdAndReportThemQueued() {
        ArticleInput a = new ArticleInput("France and Germany met in Paris.", "https://news.example.test/q/1",
                null, "2025-03-03", "en", "test");
        ArticleInput blank = new ArticleInput(" ", null, null, null, null, null);
        Submission s = kafka.submit(List.of(a, blank));

        assertThat(s.mode()).isEqualTo("kafka");
        assertThat(s.accepted()).isEqualTo(1);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(s.results().get(0).outcome()).isEqualTo("queued");
        assertThat(s.results().get(0).id()).isEqualTo(ArticleIds.articleId(a.url(), a.text()));
        InMemorySink<String> out = connector.sink(KafkaIntake.CHANNEL);
        assertThat(out.received()).hasSize(1);
        Message<String> m = out.received().get(0);
        assertThat(m.getPayload()).contains("\"url\":\"https://news.example.test/q/1\"");
        assertThat(m.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey())
                .isEqualTo(s.results().get(0).id());
        assertThat(articles()).as("publishing writes nothing").isZero();
    }

    @Test
    void shouldAnswer202WithTheCountForAnAsynchronousRequest() {
        ArticleInput a = new ArticleInput("Germany and France met in Berlin.", "https://news.example.test/q/2",
                null, null, null, null);
        Response r = async.publish(java.util.Arrays.asList(a, null),
                List.of(new org.entente.api.Problem.ItemError(2, "item 2 is not a JSON object")));
        assertThat(r.getStatus()).isEqualTo(202);
        AsyncIntake.Queued q = (AsyncIntake.Queued) r.getEntity();
        assertThat(q.queued()).isEqualTo(1);
        assertThat(q.rejected()).isEqualTo(1);
        assertThat(q.articles().get(1).error()).contains("not a JSON object");
    }

    @Test
    void shouldKeepTheDirectIntakeAsTheDefault() {
        assertThat(intakes.preferred().mode()).isEqualTo("direct");
        assertThat(intakes.choose(true)).isSameAs(kafka);
        Submission s = intakes.direct().submit(List.of(new ArticleInput("France and Germany met in Paris.",
                "https://news.example.test/d/1", null, "2025-03-03", "en", "test")));
        assertThat(s.accepted()).isEqualTo(1);
        assertThat(articles()).isEqualTo(1);
    }
}
