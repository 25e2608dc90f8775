package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.entente.graph.EmbeddedGraphResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Two runs of the application on one data directory: what the first wrote, the second finds. */
@QuarkusMainTest
@TestProfile(RestartTest.SameDataDir.class)
class RestartTest {

    static final Path DATA = dataDir();

    public static class SameDataDir implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                return Map.of("entente.neo4j.data-dir", DATA.toString(),
                        "entente.neo4j.bolt-address", "127.0.0.1:" + EmbeddedGraphResource.freePort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path dataDir() {
        try {
            return Files.createTempDirectory("entente-restart-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void cleanUp() {
        EmbeddedGraphResource.deleteTree(DATA);
    }

    @Test
    void shouldFindTheDataAgainAfterARestart(QuarkusMainLauncher launcher) {
        LaunchResult ingest = launcher.launch("ingest", CommandLineTest.MIXED + "/01-pact.txt");
        assertThat(ingest.exitCode()).isZero();
        assertThat(ingest.getOutput()).contains("1 created");

        LaunchResult check = launcher.launch("check");

        assertThat(check.exitCode()).isZero();
        assertThat(check.getOutput()).contains("1 articles", "consistent");
    }
}
