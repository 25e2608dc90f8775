package org.entente.graph;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Where the graph lives: the embedded database's settings, or nothing when an external Neo4j is used. */
@ConfigMapping(prefix = "entente.neo4j")
public interface GraphConfig {

    /** Start Neo4j inside this JVM. Off: {@code quarkus.neo4j.uri} points at an external server or cluster. */
    @WithDefault("true")
    boolean embedded();

    /** The embedded database's files. Kept across restarts. */
    @WithDefault("data")
    Path dataDir();

    /** host:port of the embedded Bolt connector; Neo4j Browser and cypher-shell connect here. */
    @WithDefault("127.0.0.1:7687")
    String boltAddress();

    /** Neo4j's page cache, sized explicitly so Neo4j never guesses from the machine's RAM. */
    @WithDefault("256m")
    String pagecache();

    /** Upper bound of memory used by all transactions together. */
    @WithDefault("1g")
    String transactionMemory();

    /** Password of the embedded database when Bolt listens beyond loopback (auth is then switched on). */
    Optional<String> password();

    /** Timeout of one write transaction (a batch of articles). */
    @WithDefault("60s")
    Duration writeTimeout();
}
