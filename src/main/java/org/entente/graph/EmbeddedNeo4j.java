package org.entente.graph;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community inside this JVM with its Bolt connector, so Entente needs nothing else installed. The rest
 * of the application still talks to it only through the driver, exactly as it would to an external server.
 */
@Singleton
public class EmbeddedNeo4j {

    private static final Logger LOG = Logger.getLogger(EmbeddedNeo4j.class);

    private final GraphConfig config;
    private final RuntimeMode mode;
    private final Driver driver;
    private volatile DatabaseManagementService service;

    EmbeddedNeo4j(GraphConfig config, RuntimeMode mode, Driver driver) {
        this.config = config;
        this.mode = mode;
        this.driver = driver;
    }

    void start(@Observes @Priority(1) StartupEvent event) {
        if (!mode.needsDatabase()) {
            return;
        }
        if (!config.embedded()) {
            LOG.infof("Using external Neo4j at %s", mode.driverUri());
            return;
        }
        System.setProperty("log4j2.shutdownHookEnabled", "false");
        Path home = prepareDataDir(config.dataDir());
        SocketAddress bolt = parseBoltAddress(config.boltAddress());
        ensurePortFree(bolt);
        boolean loopback = isLoopback(bolt.getHostname());
        if (!loopback && config.password().isEmpty()) {
            throw new GraphStartupException("Bolt address " + bolt + " is beyond loopback: set entente.neo4j.password"
                    + " (ENTENTE_NEO4J_PASSWORD, 8+ characters) so that Neo4j authentication is on");
        }
        long started = System.nanoTime();
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, bolt)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, bytes(config.pagecache()))
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
                            bytes(config.transactionMemory()))
                    // beyond loopback anyone on the network could connect: require the configured password
                    .setConfig(GraphDatabaseSettings.auth_enabled, !loopback)
                    .build();
        } catch (RuntimeException e) {
            throw new GraphStartupException("Embedded Neo4j failed to start in " + home + ": " + rootMessage(e)
                    + " (check entente.neo4j.data-dir and entente.neo4j.bolt-address)");
        }
        if (!loopback) {
            setPassword(config.password().orElseThrow());
        }
        LOG.infof("Embedded Neo4j %s started in %d ms: data in %s, Bolt on bolt://%s", neo4jVersion(),
                (System.nanoTime() - started) / 1_000_000, home, bolt);
    }

    /** The embedded API bypasses auth, so it can set the password that Bolt clients must then use. */
    private void setPassword(String password) {
        service.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", java.util.Map.of("password", password));
    }

    void stop(@Observes ShutdownEvent event) {
        DatabaseManagementService running = service;
        if (running == null) {
            return;
        }
        // the driver's pooled connections would otherwise hold Bolt workers open until their timeout
        driver.close();
        running.shutdown();
        service = null;
        LOG.info("Embedded Neo4j stopped");
    }

    /** True while this JVM runs the database. */
    public boolean running() {
        return service != null;
    }

    static Path prepareDataDir(Path dir) {
        Path home = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException | SecurityException e) {
            throw new GraphStartupException("Cannot create the data directory " + home
                    + ": set entente.neo4j.data-dir (ENTENTE_NEO4J_DATA_DIR) to a writable folder");
        }
        if (!Files.isDirectory(home) || !Files.isWritable(home)) {
            throw new GraphStartupException("The data directory " + home
                    + " is not writable: set entente.neo4j.data-dir (ENTENTE_NEO4J_DATA_DIR) to a writable folder");
        }
        return home;
    }

    static SocketAddress parseBoltAddress(String value) {
        int colon = value.lastIndexOf(':');
        try {
            if (colon <= 0) {
                throw new NumberFormatException();
            }
            int port = Integer.parseInt(value.substring(colon + 1));
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return new SocketAddress(value.substring(0, colon), port);
        } catch (NumberFormatException e) {
            throw new GraphStartupException("entente.neo4j.bolt-address '" + value
                    + "' is not host:port (for example 127.0.0.1:7687)");
        }
    }

    private static void ensurePortFree(SocketAddress bolt) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(bolt.getHostname(), bolt.getPort()));
        } catch (IOException e) {
            throw new GraphStartupException("Bolt address " + bolt + " is not free (" + e.getMessage()
                    + "): set entente.neo4j.bolt-address (ENTENTE_NEO4J_BOLT_ADDRESS) to a free host:port");
        }
    }

    /** True when {@code host} names a loopback address (an unknown host counts as not loopback). */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private static long bytes(String size) {
        return ByteUnit.parse(size);
    }

    private static String neo4jVersion() {
        Package p = DatabaseManagementService.class.getPackage();
        return p.getImplementationVersion() == null ? "5" : p.getImplementationVersion();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
