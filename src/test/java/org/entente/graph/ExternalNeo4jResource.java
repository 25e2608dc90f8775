package org.entente.graph;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Stands in for an external Neo4j server: a database the test starts itself, outside the application, which is
 * then configured with {@code entente.neo4j.embedded=false} and the server's Bolt URI.
 */
public class ExternalNeo4jResource implements QuarkusTestResourceLifecycleManager {

    private DatabaseManagementService server;
    private Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("entente-external-");
            int port = EmbeddedGraphResource.freePort();
            server = new DatabaseManagementServiceBuilder(dir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                    .build();
            return Map.of("entente.neo4j.embedded", "false",
                    "quarkus.neo4j.uri", "bolt://127.0.0.1:" + port,
                    // the application's own data dir must stay untouched in external mode
                    "entente.neo4j.data-dir", dir.resolve("must-not-exist").toString(),
                    "entente.neo4j.bolt-address", "127.0.0.1:" + EmbeddedGraphResource.freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdown();
        }
        EmbeddedGraphResource.deleteTree(dir);
    }
}
