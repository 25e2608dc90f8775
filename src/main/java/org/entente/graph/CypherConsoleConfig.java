package org.entente.graph;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of the read-only Cypher console ({@code POST /api/cypher}) and of the analyst queries. */
@ConfigMapping(prefix = "entente.cypher")
public interface CypherConsoleConfig {

    /** Rows returned at most; further rows are dropped and the answer says {@code truncated: true}. */
    @WithDefault("1000")
    int maxRows();

    /** A query still running after this long is stopped by the database. */
    @WithDefault("10s")
    Duration timeout();

    /** Longest query text accepted, in characters. */
    @WithDefault("20000")
    int maxQueryLength();
}
