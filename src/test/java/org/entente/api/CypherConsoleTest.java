package org.entente.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.entente.graph.EmbeddedGraphResource;
import org.entente.graph.GraphWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

@QuarkusTest
@TestProfile(CypherConsoleTest.Limits.class)
@QuarkusTestResource(value = EmbeddedGraphResource.class, restrictToAnnotatedClass = true)
class CypherConsoleTest {

    /** Small limits, so that truncation and time-outs are quick to show. */
    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.cypher.max-rows", "50", "entente.cypher.timeout", "2s");
        }
    }

    @Inject
    GraphWriter writer;

    @Inject
    Driver driver;

    private static String baseline;

    @BeforeEach
    void graph() {
        if (baseline == null) {
            QueryApiResourceTest.TestGraph.write(writer, driver);
            baseline = snapshot();
        }
    }

    /** Every node, relationship, label, property, index and constraint, as text. */
    private String snapshot() {
        String data = String.join("\n", driver.executableQuery("""
                MATCH (n)
                OPTIONAL MATCH (n)-[r]->(m)
                RETURN labels(n) AS l, properties(n) AS np, type(r) AS t, properties(r) AS rp, m.id AS m
                ORDER BY n.id, n.version, t, m""").execute().records().stream().map(r -> r.get("l") + " "
                        + new java.util.TreeMap<>(r.get("np").asMap()) + " " + r.get("t") + " "
                        + (r.get("rp").isNull() ? "" : new java.util.TreeMap<>(r.get("rp").asMap())) + " "
                        + r.get("m")).toList());
        String schema = driver.executableQuery("SHOW INDEXES YIELD name RETURN collect(name) AS n").execute()
                .records().get(0).get("n").toString() + driver.executableQuery(
                        "SHOW CONSTRAINTS YIELD name RETURN collect(name) AS n").execute().records().get(0).get("n");
        String users = driver.executableQuery("SHOW USERS YIELD user RETURN collect(user) AS u")
                .withConfig(org.neo4j.driver.QueryConfig.builder().withDatabase("system").build()).execute()
                .records().get(0).get("u").toString();
        return data + "\n" + schema + "\n" + users;
    }

    private static Response post(String query, Map<String, Object> params) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        if (params != null) {
            body.put("params", params);
        }
        return given().contentType("application/json").body(body).post("/api/cypher");
    }

    static Stream<Arguments> hostile() {
        Map<String, Object> none = Map.of();
        return Stream.of(
                Arguments.of("CREATE (n:State {id: 'ZZZ'})", none),
                Arguments.of("MERGE (n:State {id: 'RUS'}) RETURN n", none),
                Arguments.of("MATCH (n) DELETE n", none),
                Arguments.of("MATCH (n) DETACH DELETE n", none),
                Arguments.of("MATCH (n:State) SET n.name = 'owned'", none),
                Arguments.of("MATCH (n:State) SET n += {evil: true}", none),
                Arguments.of("MATCH (n:State) SET n:$('Evil')", none),
                Arguments.of("MATCH (n:State) REMOVE n.name", none),
                Arguments.of("MATCH (n:State) REMOVE n:State", none),
                Arguments.of("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", none),
                Arguments.of("LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row", none),
                Arguments.of("CREATE INDEX evil FOR (n:State) ON (n.name)", none),
                Arguments.of("CREATE CONSTRAINT evil FOR (n:X) REQUIRE n.id IS UNIQUE", none),
                Arguments.of("DROP INDEX entity_search", none),
                Arguments.of("DROP CONSTRAINT entity_id", none),
                Arguments.of("CALL dbms.listConfig()", none),
                Arguments.of("call dbms.security.createUser('evil', 'evilevilevil', false)", none),
                Arguments.of("CALL db.createLabel('Evil')", none),
                Arguments.of("CALL db.createProperty('evil')", none),
                Arguments.of("CALL db.createRelationshipType('EVIL')", none),
                Arguments.of("CALL db.clearQueryCaches()", none),
                Arguments.of("CALL `dbms`.`listConfig`()", none),
                Arguments.of("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS", none),
                Arguments.of("UNWIND range(1, 10) AS i CALL (i) { CREATE (:X {i: i}) } IN TRANSACTIONS OF 2 ROWS",
                        none),
                Arguments.of("USING PERIODIC COMMIT 10 LOAD CSV FROM 'file:///x' AS r CREATE (:X)", none),
                Arguments.of("MATCH (n:State) FOREACH (x IN [1] | SET n.evil = true)", none),
                Arguments.of("USE system SHOW USERS", none),
                Arguments.of("USE system MATCH (n) RETURN n", none),
                Arguments.of("CREATE USER evil SET PASSWORD 'evilevilevil'", none),
                Arguments.of("ALTER USER neo4j SET PASSWORD 'evilevilevil'", none),
                Arguments.of("GRANT ROLE admin TO evil", none),
                Arguments.of("DENY READ {*} ON GRAPH * TO PUBLIC", none),
                Arguments.of("REVOKE ROLE admin FROM neo4j", none),
                Arguments.of("STOP DATABASE neo4j", none),
                Arguments.of("START DATABASE neo4j", none),
                Arguments.of("CREATE DATABASE evil", none),
                Arguments.of("DROP DATABASE neo4j", none),
                Arguments.of("SHOW USERS", none),
                Arguments.of("SHOW TRANSACTIONS", none),
                Arguments.of("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", none),
                Arguments.of("cReAtE (n:Evil)", none),
                Arguments.of("CREATE/* a comment */(n:Evil)", none),
                Arguments.of("// looks harmless\nCREATE (n:Evil)", none),
                Arguments.of("MATCH (n) RETURN n /* */ UNION MATCH (m) DETACH DELETE m RETURN m AS n", none),
                Arguments.of("MATCH (n:State) RETURN n.id AS id UNION ALL CREATE (x:Evil) RETURN 'x' AS id", none),
                Arguments.of("MATCH (n:State) WITH n LIMIT 1 CALL (n) { SET n.evil = 1 } RETURN n", none),
                Arguments.of("CALL { CREATE (n:Evil) } RETURN 1", none),
                Arguments.of("RETURN 1 AS x; CREATE (n:Evil)", none),
                Arguments.of("CALL apoc.cypher.runWrite($q, {})", Map.of("q", "CREATE (:Evil)")),
                Arguments.of("CALL apoc.cypher.doIt($q, {}) YIELD value RETURN value",
                        Map.of("q", "MATCH (n) DETACH DELETE n")),
                Arguments.of("CALL apoc.create.node(['Evil'], {})", none),
                Arguments.of("\\u0043REATE (n:Evil)", none),
                Arguments.of("ＣＲＥＡＴＥ (n:Evil)", none),
                Arguments.of("EXPLAIN CREATE (n:Evil)", none),
                Arguments.of("PROFILE MATCH (n) DETACH DELETE n", none),
                Arguments.of("CYPHER runtime=slotted CREATE (n:Evil)", none),
                Arguments.of("MATCH (n:State {id: 'RUS'}) MERGE (n)-[:ALLIED_WITH]->(n)", none),
                Arguments.of("MATCH (n:State {id: $id}) DETACH DELETE n", Map.of("id", "RUS")),
                Arguments.of("CALL db.index.fulltext.createNodeIndex('evil', ['State'], ['name'])", none),
                Arguments.of("INSERT (n:Evil)", none),
                Arguments.of("MATCH (n) RETURN n; MATCH (m) DETACH DELETE m", none),
                Arguments.of("MATCH (n) WHERE n.name = 'it''s' CREATE (m:Evil)", none),
                Arguments.of("MATCH (`n`) CREATE (`m`:Evil)", none),
                Arguments.of("", none),
                Arguments.of("MATCH (n /* unclosed", none),
                Arguments.of("x".repeat(30_000), none));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void shouldRefuseEveryWriteSchemaAndAdminCommand(String query, Map<String, Object> params) {
        Response r = post(query, params);
        assertThat(r.statusCode()).as(query).isIn(400, 403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("detail")).isNotBlank();
        assertThat(snapshot()).as("graph unchanged after " + query).isEqualTo(baseline);
    }

    @Test
    void shouldHaveAtLeastFortyHostileInputs() {
        assertThat(hostile().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void shouldSayForbiddenForWritesAndInvalidForSyntax() {
        post("MATCH (n) DETACH DELETE n", null).then().statusCode(403)
                .body("detail", containsString("only reads"));
        post("CALL dbms.listConfig()", null).then().statusCode(403).body("detail", containsString("db.labels"));
        post("MATCH (n RETURN n", null).then().statusCode(400).body("detail", notNullValue());
        post("RETURN $missing", Map.of()).then().statusCode(400);
    }

    @Test
    void shouldRefuseHostileCallsMadeConcurrently() throws Exception {
        List<String> queries = List.of("CREATE (n:Evil)", "MATCH (n) DETACH DELETE n", "MERGE (n:Evil {id: 1})",
                "MATCH (n:State) SET n.evil = true", "DROP INDEX entity_search", "CALL db.createLabel('Evil')",
                "LOAD CSV FROM 'file:///etc/hosts' AS r RETURN r", "USE system SHOW USERS",
                "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS", "CREATE USER evil SET PASSWORD 'evilevilevil'");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String q : queries) {
                    calls.add(() -> post(q, null).statusCode());
                }
                // reads mixed in keep working
                calls.add(() -> post("MATCH (n:State) RETURN count(n) AS c", null).statusCode() == 200 ? 403 : 500);
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isIn(400, 403);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(snapshot()).isEqualTo(baseline);
    }

    @Test
    void shouldRunReadsAndSerialiseNodesRelationshipsAndPaths() {
        post("MATCH p = (a:State {id: $a})-[r:ALLIED_WITH]-(b:State) RETURN a, r, b, p, a.name AS name, "
                + "[1, 2.5, 'x', null, true] AS list, {k: date('2024-06-19')} AS map ORDER BY b.id",
                Map.of("a", "RUS")).then().statusCode(200)
                .body("columns", equalTo(List.of("a", "r", "b", "p", "name", "list", "map")))
                .body("rows.size()", equalTo(2))
                .body("rows[0][0].labels", hasItem("State"))
                .body("rows[0][0].properties.id", equalTo("RUS"))
                .body("rows[0][1].type", equalTo("ALLIED_WITH"))
                .body("rows[0][1].start", notNullValue())
                .body("rows[0][1].properties.sourceCount", equalTo(2))
                .body("rows[0][3].nodes.size()", equalTo(2))
                .body("rows[0][3].relationships.size()", equalTo(1))
                .body("rows[0][4]", equalTo("Russia"))
                .body("rows[0][6].k", equalTo("2024-06-19"))
                .body("graph.nodes.size()", equalTo(3))
                .body("graph.edges.size()", equalTo(2))
                .body("truncated", equalTo(false))
                .body("elapsedMs", notNullValue());
        post("RETURN 1 AS one", null).then().statusCode(200).body("graph", equalTo(null));
        post("CALL db.labels() YIELD label RETURN label ORDER BY label", null).then().statusCode(200)
                .body("rows.flatten()", hasItem("State"));
        post("MATCH (n) WHERE n.note = 'CREATE (x) // SET' RETURN count(n) AS c", null).then().statusCode(200);
        post("MATCH (n:State) RETURN n.id AS set ORDER BY set LIMIT 1", null).then().statusCode(403);
        post("MATCH (n:State) RETURN {create: n.id} AS m LIMIT 1", null).then().statusCode(200);
    }

    @Test
    void shouldCapRowsAndStopSlowQueries() {
        post("UNWIND range(1, 500) AS i RETURN i", null).then().statusCode(200).body("rows.size()", equalTo(50))
                .body("truncated", equalTo(true));
        post("UNWIND range(1, 50) AS i RETURN i", null).then().statusCode(200).body("truncated", equalTo(false));
        long started = System.currentTimeMillis();
        post("UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 3 RETURN count(i) AS c", null).then()
                .statusCode(408).contentType("application/problem+json").body("detail", containsString("timeout"));
        assertThat(System.currentTimeMillis() - started).isLessThan(15_000);
    }

    @Test
    void shouldRejectMalformedBodies() {
        given().contentType("application/json").body("{\"query\": 42}").post("/api/cypher").then().statusCode(400);
        given().contentType("application/json").body("{").post("/api/cypher").then().statusCode(400);
        given().contentType("application/json").body("{}").post("/api/cypher").then().statusCode(400)
                .body("detail", containsString("empty"));
    }
}
