package org.entente.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.extract.Extractor;
import org.entente.graph.GraphWriter;
import org.entente.graph.EmbeddedGraphResource;
import org.entente.graph.GraphAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** Articles in through REST, out as nodes, Fact nodes with evidence and summary edges. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedGraphResource.class, restrictToAnnotatedClass = true)
class ArticleIngestionTest {

    static final Path MIXED = Path.of("src/test/resources/ingest/mixed");

    @Inject
    Driver driver;

    @Inject
    GraphAdmin admin;

    @Inject
    Extractor extractor;

    @Inject
    GraphWriter writer;

    @BeforeEach
    void emptyGraph() {
        driver.executableQuery("MATCH (n) WHERE n:Article OR n:Fact OR n:Person DETACH DELETE n").execute();
        driver.executableQuery("MATCH (:Entity)-[r]->(:Entity) DELETE r").execute();
    }

    private long count(String query) {
        return driver.executableQuery(query).execute().records().get(0).get(0).asLong();
    }

    private static Map<String, Object> pactArticle() throws Exception {
        ArticleInput a = ArticleFiles.parseText(Files.readString(MIXED.resolve("01-pact.txt")));
        return Map.of("text", a.text(), "url", a.url(), "title", a.title(), "published", a.published(),
                "lang", a.lang());
    }

    @Test
    void shouldWriteTheArticleItsEntitiesFactsAndSummaryEdges() throws Exception {
        String id = given().contentType("application/json").body(pactArticle())
                .when().post("/api/articles")
                .then().statusCode(200)
                .body("created", equalTo(1))
                .body("failed", equalTo(0))
                .body("articles[0].lang", equalTo("en"))
                .body("articles[0].id", startsWith("u-"))
                .extract().path("articles[0].id");

        assertThat(count("MATCH (a:Article {id: '" + id + "', lang: 'en', published: '2024-06-20'}) RETURN count(a)"))
                .isEqualTo(1);
        // the pact, with its evidence sentence and trigger, linked to subject, object and article
        var pact = driver.executableQuery("""
                MATCH (f:Fact {type: 'DEFENSE_PACT'})-[:STATED_IN]->(a:Article {id: $id})
                MATCH (f)-[:SUBJECT]->(s), (f)-[:OBJECT]->(o)
                RETURN s.id AS s, o.id AS o, f.sentence AS sentence, f.trigger AS trigger, f.start AS start,
                       f.end AS end, a.text AS text""").withParameters(Map.of("id", id)).execute().records();
        assertThat(pact).hasSize(1);
        var f = pact.get(0);
        assertThat(f.get("s").asString() + f.get("o").asString()).isEqualTo("PRKRUS");
        assertThat(f.get("text").asString().substring(f.get("start").asInt(), f.get("end").asInt()))
                .isEqualTo(f.get("sentence").asString()).contains("mutual defence treaty");
        // the summary edge the analysts query
        var edge = driver.executableQuery("MATCH (:State {id: 'PRK'})-[r:DEFENSE_PACT_WITH]->(:State {id: 'RUS'}) "
                + "RETURN r").execute().records();
        assertThat(edge).hasSize(1);
        assertThat(edge.get(0).get("r").asRelationship().get("sources").asList()).containsExactly(id);
        // the leaders, with their offices, and their meeting
        assertThat(count("MATCH (:Person {id: 'Vladimir Putin'})-[:HOLDS_OFFICE]->(:State {id: 'RUS'}) "
                + "RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Person {id: 'Kim Jong Un'})-[:HOLDS_OFFICE]->(:State {id: 'PRK'}) "
                + "RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Person {id: 'Kim Jong Un'})-[:MET]-(:Person {id: 'Vladimir Putin'}) "
                + "RETURN count(*)")).isEqualTo(1);
        assertThat(admin.inconsistencies().values()).allMatch(java.util.List::isEmpty);
    }

    @Test
    void shouldChangeNothingWhenTheSameArticleComesAgain() throws Exception {
        given().contentType("application/json").body(pactArticle()).post("/api/articles").then().statusCode(200);
        long facts = count("MATCH (f:Fact) RETURN count(f)");
        String ingested = driver.executableQuery("MATCH (a:Article) RETURN toString(a.ingestedAt) AS t").execute()
                .records().get(0).get("t").asString();

        given().contentType("application/json").body(pactArticle()).post("/api/articles")
                .then().statusCode(200).body("unchanged", equalTo(1)).body("created", equalTo(0));

        assertThat(count("MATCH (f:Fact) RETURN count(f)")).isEqualTo(facts);
        assertThat(driver.executableQuery("MATCH (a:Article) RETURN toString(a.ingestedAt) AS t").execute()
                .records().get(0).get("t").asString()).isEqualTo(ingested);
    }

    @Test
    void shouldReplaceTheFactsWhenANewVersionOfTheUrlArrives() throws Exception {
        var first = pactArticle();
        given().contentType("application/json").body(first).post("/api/articles").then().statusCode(200);
        var second = new java.util.HashMap<>(first);
        second.put("text", "Moscow and Pyongyang: a correction\n\nThe treaty talks were postponed, and no "
                + "agreement was signed, the Kremlin said on Thursday.");

        given().contentType("application/json").body(second).post("/api/articles")
                .then().statusCode(200).body("replaced", equalTo(1));

        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(1);
        assertThat(count("MATCH (f:Fact {type: 'DEFENSE_PACT'}) RETURN count(f)")).isZero();
        assertThat(count("MATCH ()-[r:DEFENSE_PACT_WITH]->() RETURN count(r)")).isZero();
    }

    @Test
    void shouldStoreTheGoodLinesOfAnNdjsonBatchAndReportTheBadOneByNumber() throws Exception {
        String body = Files.readString(MIXED.resolve("03-lines.jsonl"));

        given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                        .encoderConfig().encodeContentTypeAs("application/x-ndjson", io.restassured.http.ContentType.TEXT)))
                .contentType("application/x-ndjson; charset=UTF-8").body(body).when().post("/api/articles")
                .then().statusCode(200)
                .body("created", equalTo(2))
                .body("rejected", equalTo(1))
                .body("articles", hasSize(3))
                .body("articles[1].outcome", equalTo("rejected"))
                .body("articles[1].index", equalTo(1));

        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(2);
        assertThat(count("MATCH (a:Article {lang: 'ar'}) RETURN count(a)")).isEqualTo(1);
    }

    @Test
    void shouldRejectASingleBadArticleWithAProblemThatSaysWhatToFix() {
        given().contentType("application/json").body(Map.of("text", "Hallo Welt, wie geht es dir heute?",
                        "lang", "de"))
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("lang 'de' is not supported: use ar, en or fr"));
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isZero();
    }

    @Test
    void shouldAnswer503ToAnAsynchronousRequestWhileTheKafkaIntakeIsOff() throws Exception {
        given().contentType("application/json").body(pactArticle())
                .when().post("/api/articles?async=true")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("entente.intake.kafka.enabled=true"));
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isZero();
    }

    @Test
    void shouldWriteABatchAsManyTransactionsAndLoseOnlyTheOneThatFails() {
        // transactions of two articles; the fourth input is bad, so the transactions hold [0,1] [2] [4,5] [6,7]
        var service = new IngestService(extractor, writer, new SmallBatches(2));
        List<ArticleInput> inputs = new ArrayList<>(DemoCorpus.articles().subList(0, 7));
        inputs.add(3, new ArticleInput("", null, null, null, "en", null));
        // a Person node outside the Entity label clashes with a person of article 5 when its transaction writes
        String person = service.extract(inputs.get(5)).entities().stream()
                .filter(e -> e.kind().equals("Person")).map(e -> e.id())
                .filter(id -> inputs.stream().filter(a -> !a.text().isEmpty() && a != inputs.get(5))
                        .noneMatch(a -> service.extract(a).entities().stream().anyMatch(e -> e.id().equals(id))))
                .findFirst().orElseThrow(() -> new AssertionError("demo article 5 names no person of its own"));
        driver.executableQuery("CREATE (:Person {id: $id})").withParameters(Map.of("id", person)).execute();
        List<List<IngestResult>> transactions = new ArrayList<>();

        List<IngestResult> results = service.ingest(inputs, transactions::add);

        assertThat(results).extracting(IngestResult::outcome).containsExactly("created", "created", "created",
                "rejected", "failed", "failed", "created", "created");
        assertThat(results.get(4).error()).startsWith("not written");
        assertThat(transactions).hasSize(4);
        assertThat(transactions.get(2)).extracting(IngestResult::index).containsExactly(4, 5);
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(5);
        assertThat(count("MATCH (f:Fact) RETURN count(f)")).isEqualTo(results.stream()
                .filter(r -> r.outcome().equals("created")).mapToLong(IngestResult::facts).sum()).isPositive();
        assertThat(admin.inconsistencies().values()).allSatisfy(list -> assertThat(list).isEmpty());
        // without a listener, as for one REST request, the failure is the caller's
        driver.executableQuery("MATCH (a:Article) DETACH DELETE a").execute();
        assertThatThrownBy(() -> service.ingest(inputs)).isInstanceOf(RuntimeException.class);
    }

    /** The ingestion limits with small write transactions. */
    private record SmallBatches(int writeBatchSize) implements IngestConfig {
        public int maxArticleChars() {
            return 1_000_000;
        }

        public int maxBatchArticles() {
            return 1000;
        }

        public int maxNdjsonLineChars() {
            return 1_100_000;
        }
    }

    @Test
    void shouldLoadTheDemoCorpusAsArticlesInThreeLanguages() {
        var articles = DemoCorpus.articles();
        assertThat(articles).hasSizeGreaterThanOrEqualTo(30);
        assertThat(articles).extracting(ArticleInput::lang).contains("ar", "en", "fr");
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.url()).startsWith("https://demo.entente.local/");
            assertThat(a.published()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(a.title()).isNotBlank();
        });
    }
}
