package org.entente.graph;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives each test application its own embedded database: a free Bolt port and a fresh temporary data directory
 * (or the one named by the {@code dataDir} init argument, for restart tests), deleted afterwards.
 */
public class EmbeddedGraphResource implements QuarkusTestResourceLifecycleManager {

    private Path dataDir;
    private boolean keep;

    @Override
    public void init(Map<String, String> initArgs) {
        String given = initArgs.get("dataDir");
        if (given != null) {
            dataDir = Path.of(given);
            keep = true;
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            if (dataDir == null) {
                dataDir = Files.createTempDirectory("entente-test-");
            }
            return Map.of("entente.neo4j.data-dir", dataDir.toString(),
                    "entente.neo4j.bolt-address", "127.0.0.1:" + freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (!keep) {
            deleteTree(dataDir);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
