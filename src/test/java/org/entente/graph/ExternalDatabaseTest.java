package org.entente.graph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** entente.neo4j.embedded=false: the same code against a server it did not start. */
@QuarkusTest
@QuarkusTestResource(value = ExternalNeo4jResource.class, restrictToAnnotatedClass = true)
class ExternalDatabaseTest {

    @Inject
    EmbeddedNeo4j embedded;

    @Inject
    GraphConfig config;

    @Inject
    GraphWriter writer;

    @Inject
    Driver driver;

    @Test
    void shouldNotStartAnEmbeddedDatabase() {
        assertThat(embedded.running()).isFalse();
        assertThat(Files.exists(config.dataDir())).as("no embedded data directory created").isFalse();
    }

    @Test
    void shouldMigrateAndWriteThroughTheExternalServer() {
        writer.mergeEntities(List.of(new EntityNode("ZZB", "State", "Testland", Map.of(), List.of(), null, false)));
        assertThat(driver.executableQuery("MATCH (s:State {id: 'ZZB'}) RETURN count(s) AS n").execute().records()
                .get(0).get("n").asLong()).isEqualTo(1);
        assertThat(driver.executableQuery("MATCH (v:SchemaVersion) RETURN count(v) AS n").execute().records()
                .get(0).get("n").asLong()).isPositive();
    }

    @Test
    void shouldReportTheExternalDatabaseInReadiness() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'neo4j' }.data.mode", equalTo("external"))
                .body("checks.find { it.name == 'neo4j' }.status", equalTo("UP"));
    }
}
