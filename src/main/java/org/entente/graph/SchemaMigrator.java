package org.entente.graph;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;

/** Applies {@code cypher/schema/} at start-up, in order, recording each version in the graph. */
@Singleton
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class);

    private final Driver driver;
    private final RuntimeMode mode;
    private final CypherLibrary cypher;

    SchemaMigrator(Driver driver, RuntimeMode mode, CypherLibrary cypher) {
        this.driver = driver;
        this.mode = mode;
        this.cypher = cypher;
    }

    void onStart(@Observes @Priority(2) StartupEvent event) {
        if (mode.needsDatabase()) {
            migrate();
        }
    }

    /** Applies every migration not yet recorded; returns the versions applied now. */
    public List<String> migrate() {
        List<String> applied = new java.util.ArrayList<>();
        for (String file : cypher.listing("schema/MIGRATIONS")) {
            String version = file.substring(0, file.indexOf("__"));
            // schema statements can't share a transaction with writes: each runs in its own auto-commit call
            for (String statement : cypher.statements("schema/" + file)) {
                driver.executableQuery(statement).execute();
            }
            boolean created = driver.executableQuery(cypher.text("schema/record-version.cypher"))
                    .withParameters(Map.of("version", version, "name", file)).execute()
                    .records().get(0).get("created").asBoolean();
            if (created) {
                applied.add(version);
            }
        }
        driver.executableQuery("CALL db.awaitIndexes(60)").execute();
        LOG.infof("Schema up to date (%s newly applied)", applied.isEmpty() ? "none" : String.join(", ", applied));
        return applied;
    }
}
