package org.entente.graph;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/** Ready when the graph answers: says which database (embedded or external), where, and which version. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    private final Driver driver;
    private final GraphConfig config;
    private final RuntimeMode mode;

    DatabaseHealth(Driver driver, GraphConfig config, RuntimeMode mode) {
        this.driver = driver;
        this.config = config;
        this.mode = mode;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("neo4j")
                .withData("mode", config.embedded() ? "embedded" : "external")
                .withData("address", mode.driverUri());
        if (config.embedded()) {
            builder.withData("dataDir", config.dataDir().toAbsolutePath().normalize().toString());
        }
        try (var session = driver.session(SessionConfig.builder().withDatabase("system").build())) {
            // auto-commit, not executeRead: a health check must answer now, not after the driver's retries
            Record r = session.run(
                    "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition",
                    TransactionConfig.builder().withTimeout(Duration.ofSeconds(3)).build()).single();
            return builder.up().withData("version", r.get("version").asString())
                    .withData("edition", r.get("edition").asString()).build();
        } catch (RuntimeException e) {
            return builder.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
