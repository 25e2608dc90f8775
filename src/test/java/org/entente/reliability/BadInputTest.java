package org.entente.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.reliability.Http.JSON;
import static org.entente.reliability.Http.NDJSON;
import static org.entente.reliability.Http.assertHealthy;
import static org.entente.reliability.Http.assertNoServerError;
import static org.entente.reliability.Http.assertProblem;
import static org.entente.reliability.Http.body;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.entente.graph.EmbeddedGraphResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

/**
 * Hostile and careless input over every endpoint. Every answer is a 4xx problem+json whose detail says what to fix,
 * the server stays ready, and the graph is unchanged except for the valid part of a batch. Each test takes a count
 * of Article, Fact and Entity nodes and of relationships before and compares after ({@link #graphUnchanged()}).
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedGraphResource.class, restrictToAnnotatedClass = true)
class BadInputTest {

    static final String EN = "Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang "
            + "on Wednesday, the two governments said.";
    static final String AR = "وقّعت روسيا وكوريا الشمالية معاهدة شراكة استراتيجية شاملة في بيونغ يانغ يوم الأربعاء.";
    static final String FR = "La Russie et la Corée du Nord ont signé un traité de partenariat stratégique à Pyongyang "
            + "mercredi.";

    @Inject
    Driver driver;

    private Http.Counts before;
    /** Set by a test that writes valid articles: the articles and facts it expects to have added. */
    private long addedArticles;
    private long addedFacts;

    @BeforeEach
    void snapshot() {
        before = Http.Counts.of(driver);
        addedArticles = 0;
        addedFacts = 0;
    }

    @AfterEach
    void graphUnchanged() {
        assertHealthy();
        Http.Counts after = Http.Counts.of(driver);
        if (addedArticles == 0) {
            assertThat(after).as("graph after a rejected request").isEqualTo(before);
        } else {
            assertThat(after.articles()).as("articles").isEqualTo(before.articles() + addedArticles);
            assertThat(after.facts()).as("facts").isEqualTo(before.facts() + addedFacts);
            assertThat(after.entities()).as("entities").isGreaterThanOrEqualTo(before.entities());
        }
    }

    static String article(String text, String lang, String published) {
        Map<String, Object> a = new java.util.LinkedHashMap<>();
        a.put("text", text);
        a.put("url", "https://example.test/reliability/" + UUID.randomUUID());
        if (lang != null) {
            a.put("lang", lang);
        }
        if (published != null) {
            a.put("published", published);
        }
        return toJson(a);
    }

    static String toJson(Object o) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- one article: empty, null and wrongly typed fields, languages, dates (POST /api/articles) -------------

    static Stream<Arguments> badArticles() {
        return Stream.of(
                Arguments.of("empty body", "", "empty"),
                Arguments.of("blank body", "   \n ", "empty"),
                Arguments.of("JSON null", "null", "json object"),
                Arguments.of("a number", "42", "json object"),
                Arguments.of("a string", "\"Russia met China\"", "json object"),
                Arguments.of("empty object", "{}", "text"),
                Arguments.of("text null", "{\"text\": null}", "text is missing"),
                Arguments.of("text empty", "{\"text\": \"\"}", "text is empty"),
                Arguments.of("text blank", "{\"text\": \" \\n\\t \"}", "text is empty"),
                Arguments.of("text is a number", "{\"text\": 123}", "'text' must be a string"),
                Arguments.of("text is an array", "{\"text\": [\"a\"]}", "'text' must be a string"),
                Arguments.of("text is an object", "{\"text\": {\"en\": \"x\"}}", "'text' must be a string"),
                Arguments.of("text is true", "{\"text\": true}", "'text' must be a string"),
                Arguments.of("lang is an array", "{\"text\": \"" + EN + "\", \"lang\": []}", "'lang' must be a string"),
                Arguments.of("published is an object", "{\"text\": \"" + EN + "\", \"published\": {}}",
                        "'published' must be a string"),
                Arguments.of("url is a number", "{\"text\": \"" + EN + "\", \"url\": 7}", "'url' must be a string"),
                Arguments.of("only digits", "{\"text\": \"12345 678\"}", "no words"),
                Arguments.of("unknown language de", "{\"text\": \"" + EN + "\", \"lang\": \"de\"}", "ar, en or fr"),
                Arguments.of("unknown language klingon", "{\"text\": \"" + EN + "\", \"lang\": \"tlh\"}",
                        "ar, en or fr"),
                Arguments.of("undetectable language", "{\"text\": \"Der Präsident sagte, dass die Gespräche mit "
                        + "China nützlich waren und das ist gut so.\"}", "lang"),
                Arguments.of("date 2025-13-45", "{\"text\": \"" + EN + "\", \"published\": \"2025-13-45\"}",
                        "yyyy-mm-dd"),
                Arguments.of("date yesterday", "{\"text\": \"" + EN + "\", \"published\": \"yesterday\"}",
                        "yyyy-mm-dd"),
                Arguments.of("date 0001-01-01", "{\"text\": \"" + EN + "\", \"published\": \"0001-01-01\"}",
                        "out of range"),
                Arguments.of("date 3000-01-01", "{\"text\": \"" + EN + "\", \"published\": \"3000-01-01\"}",
                        "out of range"),
                Arguments.of("date 2024-02-30", "{\"text\": \"" + EN + "\", \"published\": \"2024-02-30\"}",
                        "yyyy-mm-dd"),
                Arguments.of("url with spaces", "{\"text\": \"" + EN + "\", \"url\": \"http://a b/c\"}", "url"),
                Arguments.of("unclosed JSON", "{\"text\": \"" + EN, "json"),
                Arguments.of("trailing garbage", "{\"text\": \"" + EN + "\"} }", "json"),
                Arguments.of("raw control character in a string", "{\"text\": \"Russia\u0001met\u0002China\"}",
                        "json"),
                Arguments.of("binary-looking text", "{\"text\": \"Russia \\u0001\\u0002\\u0003\\u0004\\u0005"
                        + "\\u0006\\u0007\\u0008\\u000b\\u000e\\u000f met\"}", "control characters"),
                Arguments.of("empty array", "[]", "no articles"));
    }

    @ParameterizedTest(name = "articles: {0}")
    @MethodSource("badArticles")
    void articlesRefuseBadInput(String name, String json, String keyword) {
        assertProblem(body(JSON, json).post("/api/articles"), 400, keyword);
    }

    // ---- extraction without writing (POST /api/extract) ----------------------------------------------------------

    static Stream<Arguments> badExtracts() {
        return Stream.of(
                Arguments.of("empty body", "", "empty"),
                Arguments.of("empty object", "{}", "text"),
                Arguments.of("text null", "{\"text\": null}", "text is missing"),
                Arguments.of("text blank", "{\"text\": \"   \"}", "text is empty"),
                Arguments.of("text a number", "{\"text\": 123}", "text"),
                Arguments.of("lang an array", "{\"text\": \"" + EN + "\", \"lang\": []}", "lang"),
                Arguments.of("published an object", "{\"text\": \"" + EN + "\", \"published\": {}}", "published"),
                Arguments.of("unknown language", "{\"text\": \"" + EN + "\", \"lang\": \"xx\"}", "ar, en or fr"),
                Arguments.of("date 2025-13-45", "{\"text\": \"" + EN + "\", \"published\": \"2025-13-45\"}",
                        "yyyy-mm-dd"),
                Arguments.of("date yesterday", "{\"text\": \"" + EN + "\", \"published\": \"yesterday\"}",
                        "yyyy-mm-dd"),
                Arguments.of("date 0001-01-01", "{\"text\": \"" + EN + "\", \"published\": \"0001-01-01\"}",
                        "out of range"),
                Arguments.of("date 3000-01-01", "{\"text\": \"" + EN + "\", \"published\": \"3000-01-01\"}",
                        "out of range"),
                Arguments.of("a JSON array", "[{\"text\": \"x\"}]", "json"),
                Arguments.of("malformed JSON", "{\"text\": ", "json"));
    }

    @ParameterizedTest(name = "extract: {0}")
    @MethodSource("badExtracts")
    void extractRefusesBadInput(String name, String json, String keyword) {
        assertProblem(body(JSON, json).post("/api/extract"), 400, keyword);
    }

    // ---- sizes and shapes ----------------------------------------------------------------------------------------

    static String fiveMegabytes() {
        String sentence = "Russia and China held talks in Moscow on trade and security. ";
        return sentence.repeat(5 * 1024 * 1024 / sentence.length() + 1);
    }

    @Test
    void fiveMegabyteArticleIs413() {
        assertProblem(body(JSON, article(fiveMegabytes(), "en", null)).post("/api/articles"), 413,
                "entente.ingest.max-article-chars");
    }

    @Test
    void fiveMegabyteExtractIs413() {
        assertProblem(body(JSON, article(fiveMegabytes(), "en", null)).post("/api/extract"), 413,
                "entente.ingest.max-article-chars");
    }

    @Test
    void bodyOverTheHttpLimitIs413() {
        byte[] big = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        assertProblem(body(NDJSON, big).post("/api/articles"), 413, "max-body-size");
    }

    @Test
    void tooManyArticlesInOneRequestIs413() {
        String item = "{\"text\": \"x\"}";
        String batch = "[" + String.join(",", java.util.Collections.nCopies(1001, item)) + "]";
        assertProblem(body(JSON, batch).post("/api/articles"), 413, "entente.ingest.max-batch-articles");
    }

    static String nested(int depth, String open, String close, String inner) {
        return open.repeat(depth) + inner + close.repeat(depth);
    }

    @ParameterizedTest(name = "10,000 levels of nesting: {0}")
    @ValueSource(strings = {"/api/articles", "/api/extract", "/api/cypher", "/api/queries/allies"})
    void deeplyNestedJson(String path) {
        String deep = "{\"text\": \"" + EN + "\", \"params\": " + nested(10_000, "{\"a\":", "}", "1") + "}";
        Response r = body(JSON, deep).post(path);
        assertProblem(r, 400, "json");
        assertProblem(body(JSON, nested(10_000, "[", "]", "")).post(path), 400, "json");
    }

    // ---- encodings and control characters ------------------------------------------------------------------------

    static byte[] withInvalidUtf8(String before, String after) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xFF, (byte) 0xED, (byte) 0xA0,
            (byte) 0x80});
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void invalidUtf8InAnArticleIsRefused() {
        byte[] json = withInvalidUtf8("{\"text\": \"" + EN + " ", "\", \"url\": \"https://example.test/bad-utf8\"}");
        assertProblem(body(JSON, json).post("/api/articles"), 400, "UTF-8");
    }

    @Test
    void invalidUtf8OnlyIsRefused() {
        var out = new ByteArrayOutputStream();
        out.writeBytes("{\"text\": \"".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 64; i++) {
            out.write(0x80 + i);
        }
        out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        assertProblem(body(JSON, out.toByteArray()).post("/api/articles"), 400);
        assertProblem(body(JSON, out.toByteArray()).post("/api/extract"), 400);
    }

    @Test
    void invalidUtf8InExtractIsRefused() {
        byte[] json = withInvalidUtf8("{\"text\": \"" + EN + " ", "\"}");
        assertProblem(body(JSON, json).post("/api/extract"), 400);
    }

    @Test
    void nulCharactersAreRefused() {
        String text = "\u0000".repeat(40) + "Russia met China" + "\u0000".repeat(40);
        assertProblem(body(JSON, article(text, "en", null)).post("/api/articles"), 400, "control characters");
        assertProblem(body(JSON, article(text, "en", null)).post("/api/extract"), 400, "control characters");
    }

    // ---- batches: the good items are stored, the bad ones reported by number -----------------------------------

    @Test
    void ndjsonBatchStoresGoodLinesAndReportsTheBadLineByNumber() {
        String ndjson = String.join("\n",
                article(EN, "en", "2024-06-20"),
                article(AR, "ar", "2024-06-20"),
                "{\"text\": 12}",
                article(FR, "fr", "2024-06-20"),
                "{\"text\": \"unclosed",
                article("Finland joined NATO in April 2023, ending decades of neutrality.", "en", "2023-04-05"));
        Response r = body(NDJSON, ndjson).post("/api/articles");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        assertThat(r.jsonPath().getInt("created")).isEqualTo(4);
        assertThat(r.jsonPath().getInt("rejected")).isEqualTo(2);
        List<Map<String, Object>> items = r.jsonPath().getList("articles");
        assertThat(items).hasSize(6);
        assertThat(items.get(2).get("outcome")).isEqualTo("rejected");
        assertThat(items.get(2).get("index")).as("line 3 is index 2").isEqualTo(2);
        assertThat((String) items.get(2).get("error")).contains("'text' must be a string");
        assertThat(items.get(4).get("outcome")).isEqualTo("rejected");
        assertThat((String) items.get(4).get("error")).containsIgnoringCase("json");
        expectWritten(r);
    }

    @Test
    void ndjsonLineNumbersCountBlankLines() {
        // a blank line 2: the bad line is line 4 and must be reported as such (index 3)
        String ndjson = article(EN, "en", "2024-06-20") + "\n\n" + article(FR, "fr", "2024-06-20") + "\n"
                + "{\"text\": []}\n";
        Response r = body(NDJSON, ndjson).post("/api/articles");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        expectWritten(r);
        List<Map<String, Object>> rejected = r.jsonPath().getList("articles.findAll { it.outcome == 'rejected' }");
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).get("index")).as("0-based index of line 4 (%s)", r.asString()).isEqualTo(3);
    }

    @Test
    void ndjsonWithOnlyBadLinesIs400WithEveryLine() {
        Response r = body(NDJSON, "{\"text\": 1}\nnot json\n{\"lang\": \"en\"}\n").post("/api/articles");
        assertProblem(r, 400, "no article could be accepted");
        List<Map<String, Object>> errors = r.jsonPath().getList("errors");
        assertThat(errors).extracting(e -> e.get("item")).containsExactly(1, 2, 3);
        assertThat(errors).extracting(e -> (String) e.get("detail")).allSatisfy(d -> assertThat(d).isNotBlank());
    }

    @Test
    void emptyNdjsonIs400() {
        assertProblem(body(NDJSON, "\n\n").post("/api/articles"), 400, "empty");
    }

    @Test
    void jsonArrayStoresGoodItemsAndReportsTheBadOnes() {
        String batch = "[" + article(EN, "en", "2024-06-20") + ", {\"text\": 5}, \"just a string\", null, "
                + article(FR, "fr", "2024-06-20") + ", {\"text\": \"" + EN + "\", \"published\": \"2025-13-45\"}]";
        Response r = body(JSON, batch).post("/api/articles");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        assertThat(r.jsonPath().getInt("created")).isEqualTo(2);
        assertThat(r.jsonPath().getInt("rejected")).isEqualTo(4);
        assertThat(r.jsonPath().getList("articles.outcome")).containsExactly("created", "rejected", "rejected",
                "rejected", "created", "rejected");
        assertThat(r.jsonPath().getString("articles[5].error")).containsIgnoringCase("YYYY-MM-DD");
        assertThat(r.jsonPath().getString("articles[2].error")).contains("item 3");
        expectWritten(r);
    }

    private void expectWritten(Response r) {
        List<Map<String, Object>> items = r.jsonPath().getList("articles");
        for (Map<String, Object> a : items) {
            if ("created".equals(a.get("outcome"))) {
                addedArticles++;
                addedFacts += ((Number) a.get("facts")).longValue();
            }
        }
        assertThat(addedArticles).isPositive();
        // the stored articles are really there, with exactly the facts reported
        for (Map<String, Object> a : items) {
            if ("created".equals(a.get("outcome"))) {
                long facts = driver.executableQuery("MATCH (:Article {id: $id})<-[:STATED_IN]-(f:Fact) "
                        + "RETURN count(f) AS n").withParameters(Map.of("id", a.get("id"))).execute().records()
                        .get(0).get("n").asLong();
                assertThat(facts).isEqualTo(((Number) a.get("facts")).longValue());
            }
        }
    }

    // ---- content types and methods -------------------------------------------------------------------------------

    static Stream<Arguments> wrongContentTypes() {
        return Stream.of(
                Arguments.of("/api/articles", "text/plain; charset=UTF-8"),
                Arguments.of("/api/articles", "application/xml"),
                Arguments.of("/api/articles", "application/octet-stream"),
                Arguments.of("/api/extract", "text/plain; charset=UTF-8"),
                Arguments.of("/api/cypher", "text/plain; charset=UTF-8"),
                Arguments.of("/api/queries/allies", "application/xml"),
                Arguments.of("/api/import/atop", "text/csv"));
    }

    @ParameterizedTest(name = "415: {0} as {1}")
    @MethodSource("wrongContentTypes")
    void wrongContentTypeIs415(String path, String contentType) {
        assertProblem(body(contentType, "{\"text\": \"" + EN + "\"}").post(path), 415, "content type");
    }

    @Test
    void wrongMethodIs405() {
        assertProblem(given().delete("/api/articles"), 405, "method");
        assertProblem(given().get("/api/extract"), 405, "method");
        assertProblem(given().put("/api/admin/rebuild"), 405, "method");
    }

    @Test
    void unknownPathIs404() {
        assertProblem(given().get("/api/no-such-thing"), 404, "no such resource");
    }

    // ---- ids carrying Cypher injection, in paths and query parameters -------------------------------------------

    static Stream<String> injections() {
        return Http.injections().stream();
    }

    @ParameterizedTest(name = "path id: {0}")
    @MethodSource("injections")
    void injectionInEntityPath(String id) {
        assertProblem(given().urlEncodingEnabled(false).get("/api/entities/" + Http.segment(id)), 404,
                "no entity with id");
        assertProblem(given().urlEncodingEnabled(false).get("/api/relations/" + Http.segment(id) + "/RUS"), 404,
                "no entity with id");
        assertProblem(given().urlEncodingEnabled(false).contentType(JSON).body("{}")
                .post("/api/queries/" + Http.segment(id)), 404, "no query named");
    }

    @ParameterizedTest(name = "query parameter: {0}")
    @MethodSource("injections")
    void injectionInQueryParameters(String id) {
        assertProblem(given().queryParam("entity", id).get("/api/relations"), 404, "no entity with id");
        assertProblem(given().queryParam("id", id).get("/api/graph/neighborhood"), 404, "no entity with id");
        assertProblem(given().queryParam("subject", id).get("/api/facts"), 404, "no entity with id");
        assertProblem(given().queryParam("from", id).queryParam("to", "RUS").get("/api/graph/path"), 404,
                "no entity with id");
        assertProblem(given().queryParam("format", "csv").queryParam("entity", id).get("/api/export"), 404,
                "no entity with id");
        // a search for odd text is not an error: at most an empty answer
        Response search = given().queryParam("q", id).get("/api/entities");
        assertNoServerError(search);
        assertThat(search.statusCode()).as(search.asString()).isEqualTo(200);
    }

    @ParameterizedTest(name = "search q={0}")
    @ValueSource(strings = {"*", "?", "~", "\"", "\\", "a:b", "AND", "OR NOT", "(", ")", "[", "{", "/", "!", "^",
        "&&", "||", "+-", "\u0000\u0001", "\u200f\u200e", "ـــ", "'", "%", "*:*", "name:RUS~2"})
    void searchWithLuceneSyntaxNeverFails(String q) {
        Response r = given().queryParam("q", q).get("/api/entities");
        assertNoServerError(r);
        assertThat(r.statusCode()).as(r.asString()).isIn(200, 400);
    }

    // ---- bad query parameters ------------------------------------------------------------------------------------

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("/api/relations?type=FRIENDSHIP", "unknown type"),
                Arguments.of("/api/relations?asOf=2025-13-45", "yyyy-mm-dd"),
                Arguments.of("/api/relations?asOf=yesterday", "yyyy-mm-dd"),
                Arguments.of("/api/relations?size=0", "size"),
                Arguments.of("/api/relations?size=100000", "size"),
                Arguments.of("/api/relations?page=-1", "page"),
                Arguments.of("/api/relations?minSources=0", "minSources"),
                Arguments.of("/api/relations?source=twitter", "news, atop or all"),
                Arguments.of("/api/relations?size=abc", "size"),
                Arguments.of("/api/facts?from=2025-02-01&to=2025-01-01", "after"),
                Arguments.of("/api/facts?type=ALLIANCE,SANCTION", "single"),
                Arguments.of("/api/facts?from=2025-13-45", "yyyy-mm-dd"),
                Arguments.of("/api/facts?to=0001-99", "yyyy-mm-dd"),
                Arguments.of("/api/graph/neighborhood", "id is required"),
                Arguments.of("/api/graph/neighborhood?id=RUS&depth=9", "depth"),
                Arguments.of("/api/graph/neighborhood?id=RUS&limit=0", "limit"),
                Arguments.of("/api/graph/neighborhood?id=RUS&depth=deep", "depth"),
                Arguments.of("/api/graph/path?from=RUS", "to is required"),
                Arguments.of("/api/graph/path?from=RUS&to=USA&maxLength=99", "maxLength"),
                Arguments.of("/api/entities", "q is required"),
                Arguments.of("/api/entities?q=" + "a".repeat(201), "200 characters"),
                Arguments.of("/api/entities?q=russia&kind=Planet", "unknown kind"),
                Arguments.of("/api/entities?q=russia&limit=1000", "limit"),
                Arguments.of("/api/export", "format is required"),
                Arguments.of("/api/export?format=pdf", "graphml, csv or json"),
                Arguments.of("/api/export?format=csv&asOf=3000-99-99", "yyyy-mm-dd"));
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("badQueries")
    void queryEndpointsRefuseBadParameters(String url, String keyword) {
        assertProblem(given().urlEncodingEnabled(false).get(url), 400, keyword);
    }

    // ---- the Cypher console and the query library ----------------------------------------------------------------

    static Stream<Arguments> badCypher() {
        return Stream.of(
                Arguments.of("{\"query\": \"MATCH (n) DETACH DELETE n\"}", 403, "only reads"),
                Arguments.of("{\"query\": \"CREATE (:Article {id: 'evil'})\"}", 403, "only reads"),
                Arguments.of("{\"query\": \"MATCH (n:State {id: $id}) SET n.name = 'x'\", \"params\": {\"id\": "
                        + "\"RUS\"}}", 403, "only reads"),
                Arguments.of("{\"query\": \"LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l\"}", 403, ""),
                Arguments.of("{\"query\": \"DROP CONSTRAINT entity_id IF EXISTS\"}", 403, ""),
                Arguments.of("{\"query\": \"MATCH (n) RETURN n; MATCH (n) DETACH DELETE n\"}", 0, ""),
                Arguments.of("{\"query\": \"\"}", 400, "empty"),
                Arguments.of("{\"query\": \"MATCH (n RETURN n\"}", 400, ""),
                Arguments.of("{\"query\": \"RETURN 'unclosed\"}", 400, "not closed"),
                Arguments.of("{\"query\": [\"RETURN 1\"]}", 400, "query"),
                Arguments.of("{}", 400, ""),
                Arguments.of("", 400, "empty"));
    }

    @ParameterizedTest(name = "cypher {0}")
    @MethodSource("badCypher")
    void cypherConsoleRefusesWritesAndNonsense(String json, int status, String keyword) {
        Response r = body(JSON, json).post("/api/cypher");
        if (status == 0) {
            // refused either as a write (403) or as more than one statement (400)
            assertThat(r.statusCode()).as(r.asString()).isIn(400, 403);
            status = r.statusCode();
        }
        assertProblem(r, status, keyword);
    }

    @Test
    void unknownLibraryQueryIs404() {
        assertProblem(body(JSON, "{}").post("/api/queries/no-such-query"), 404, "GET /api/queries");
        assertProblem(given().urlEncodingEnabled(false).contentType(JSON).body("{}")
                .post("/api/queries/..%2F..%2Fwrite%2Fdelete-all-summaries"), 404);
    }

    @Test
    void libraryQueryWithWronglyTypedParamsIs400() {
        assertProblem(body(JSON, "{\"params\": [1, 2]}").post("/api/queries/allies"), 400, "params");
    }

    // ---- admin writes ---------------------------------------------------------------------------------------------

    static Stream<Arguments> badImports() {
        return Stream.of(
                Arguments.of("{}", "dir is missing"),
                Arguments.of("{\"dir\": \"\"}", "dir is missing"),
                Arguments.of("{\"dir\": \"/no/such/dir\"}", "not a directory"),
                Arguments.of("{\"dir\": 5}", "dir"),
                Arguments.of("{\"dir\": \"" + System.getProperty("java.io.tmpdir") + "\"}", "atop"),
                Arguments.of("{\"dir\": \"x}) DETACH DELETE n //\"}", "not a directory"));
    }

    @ParameterizedTest(name = "import {0}")
    @MethodSource("badImports")
    void atopImportRefusesBadDirectories(String json, String keyword) {
        assertProblem(body(JSON, json).post("/api/import/atop"), 400, keyword);
    }
}
