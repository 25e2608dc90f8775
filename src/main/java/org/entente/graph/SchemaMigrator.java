package org.entente.graph;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;

/**
 * Applies {@code cypher/schema/} at start-up, in order, recording each version in the graph (a {@code SchemaVersion}
 * node). Statements are idempotent, so a migration interrupted half-way is simply run again at the next start.
 */
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

    /**
     * Applies every migration not yet recorded, in order; returns the versions applied now. A recorded one is not run
     * again: a later migration may drop what an earlier one created (V005, V006), and re-running the earlier one at
     * every start would build those indexes again only to drop them.
     */
    public List<String> migrate() {
        List<String> applied = new java.util.ArrayList<>();
        java.util.Set<String> recorded = new java.util.HashSet<>();
        driver.executableQuery("MATCH (v:SchemaVersion) RETURN v.version AS version").execute().records()
                .forEach(r -> recorded.add(r.get("version").asString()));
        for (String file : cypher.listing("schema/MIGRATIONS")) {
            String version = file.substring(0, file.indexOf("__"));
            if (recorded.contains(version)) {
                continue;
            }
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
