package org.entente.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;

class DatabaseHealthTest {

    @Test
    void shouldBeDownWhenTheDatabaseIsUnreachable() throws Exception {
        String uri = "bolt://127.0.0.1:" + EmbeddedGraphResource.freePort();
        try (var driver = GraphDatabase.driver(uri, Config.builder()
                .withConnectionTimeout(2, java.util.concurrent.TimeUnit.SECONDS).build())) {
            var health = new DatabaseHealth(driver, externalConfig(), new RuntimeMode(true, uri));

            HealthCheckResponse response = health.call();

            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(response.getData()).isPresent();
            assertThat(response.getData().get()).containsEntry("mode", "external").containsEntry("address", uri)
                    .containsKey("error");
        }
    }

    @Test
    void shouldReportWritesToAnUnreachableDatabaseAsUnavailable() throws Exception {
        String uri = "bolt://127.0.0.1:" + EmbeddedGraphResource.freePort();
        try (var driver = GraphDatabase.driver(uri, Config.builder()
                .withConnectionTimeout(2, java.util.concurrent.TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(0, java.util.concurrent.TimeUnit.SECONDS).build())) {
            var writer = new GraphWriter(driver, new CypherLibrary(), externalConfig());
            var article = GraphWriterTest.article("a1", "h1", "2024-06-20", java.util.List.of());

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.writeArticles(java.util.List.of(article)))
                    .isInstanceOf(GraphUnavailableException.class)
                    .hasMessageStartingWith("the graph database is unavailable");
        }
    }

    private static GraphConfig externalConfig() {
        return new GraphConfig() {
            public boolean embedded() {
                return false;
            }

            public Path dataDir() {
                return Path.of("data");
            }

            public String boltAddress() {
                return "127.0.0.1:7687";
            }

            public String pagecache() {
                return "256m";
            }

            public String transactionMemory() {
                return "1g";
            }

            public Optional<String> password() {
                return Optional.empty();
            }

            public Duration writeTimeout() {
                return Duration.ofSeconds(60);
            }
        };
    }
}
