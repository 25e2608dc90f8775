package org.entente.graph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedGraphResource.class, restrictToAnnotatedClass = true)
class EmbeddedDatabaseTest {

    @Inject
    Driver driver;

    @Inject
    SchemaMigrator migrator;

    @Test
    void shouldWriteAndReadThroughTheDriver() {
        driver.executableQuery("MERGE (s:Entity:State {id: $id}) SET s.name = $name")
                .withParameters(Map.of("id", "ZZA", "name", "Testland")).execute();
        var name = driver.executableQuery("MATCH (s:State {id: $id}) RETURN s.name AS name")
                .withParameters(Map.of("id", "ZZA")).execute().records().get(0).get("name").asString();
        assertThat(name).isEqualTo("Testland");
    }

    @Test
    void shouldApplyTheSchemaOnceAndRecordItsVersions() {
        var constraints = driver.executableQuery("SHOW CONSTRAINTS YIELD labelsOrTypes, properties "
                + "RETURN labelsOrTypes[0] + '.' + properties[0] AS c").execute().records().stream()
                .map(r -> r.get("c").asString()).toList();
        assertThat(constraints).contains("State.id", "Person.id", "Organization.id", "Article.id", "Fact.id");
        var fulltext = driver.executableQuery("SHOW FULLTEXT INDEXES YIELD name RETURN name").execute().records()
                .stream().map(r -> r.get("name").asString()).toList();
        assertThat(fulltext).contains("entity_names");
        var versions = driver.executableQuery("MATCH (v:SchemaVersion) RETURN v.version AS v ORDER BY v").execute()
                .records().stream().map(r -> r.get("v").asString()).toList();
        assertThat(versions).startsWith("V001", "V002");

        assertThat(migrator.migrate()).as("a second run applies nothing").isEmpty();
        assertThat(driver.executableQuery("MATCH (v:SchemaVersion) RETURN count(v) AS n").execute().records()
                .get(0).get("n").asLong()).isEqualTo(versions.size());
        // indexes dropped by a later migration stay dropped: the earlier one is not run again
        var indexes = driver.executableQuery("SHOW INDEXES YIELD name RETURN name").execute().records().stream()
                .map(r -> r.get("name").asString()).toList();
        assertThat(indexes).contains("fact_pair", "sanctions_strength", "allied_with_strength")
                .doesNotContain("fact_date", "fact_source", "sanctions_support", "allied_with_support");
    }

    @Test
    void shouldReportTheEmbeddedDatabaseAsReady() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'neo4j' }.data.mode", equalTo("embedded"))
                .body("checks.find { it.name == 'neo4j' }.data.address", startsWith("bolt://127.0.0.1:"))
                .body("checks.find { it.name == 'neo4j' }.data.version", startsWith("5.26"));
    }

    @Test
    void shouldSupportDynamicRelationshipTypes() {
        // the summary writer relies on Cypher 5.26 dynamic types: MERGE (a)-[r:$(type)]->(b)
        driver.executableQuery("MERGE (a:Entity {id: 'DY1'}) MERGE (b:Entity {id: 'DY2'}) "
                + "MERGE (a)-[r:$($t)]->(b) RETURN type(r) AS t").withParameters(Map.of("t", "ALLIED_WITH")).execute();
        List<String> types = driver.executableQuery("MATCH (:Entity {id: 'DY1'})-[r]->() RETURN type(r) AS t")
                .execute().records().stream().map(r -> r.get("t").asString()).toList();
        assertThat(types).containsExactly("ALLIED_WITH");
    }
}
