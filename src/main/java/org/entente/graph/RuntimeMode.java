package org.entente.graph;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What this process needs: the command line decides whether a database is used at all ({@code extract} and
 * {@code eval} work on text alone) — see {@code CommandLineConfigSource}.
 */
@Singleton
public class RuntimeMode {

    private final boolean needsDatabase;
    private final String driverUri;

    RuntimeMode(@ConfigProperty(name = "entente.runtime.database", defaultValue = "true") boolean needsDatabase,
            @ConfigProperty(name = "quarkus.neo4j.uri") String driverUri) {
        this.needsDatabase = needsDatabase;
        this.driverUri = driverUri;
    }

    public boolean needsDatabase() {
        return needsDatabase;
    }

    public String driverUri() {
        return driverUri;
    }
}
