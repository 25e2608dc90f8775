package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.entente.graph.EmbeddedGraphResource;
import org.junit.jupiter.api.Test;

/** A data directory that can't be created stops start-up with one line that names the setting. */
@QuarkusMainTest
@TestProfile(UnwritableDataDirTest.Unwritable.class)
class UnwritableDataDirTest {

    public static class Unwritable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                // /proc refuses new directories even to root
                return Map.of("entente.neo4j.data-dir", "/proc/entente-cannot-be-here",
                        "entente.neo4j.bolt-address", "127.0.0.1:" + EmbeddedGraphResource.freePort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void shouldStopWithOneLineNamingTheSetting(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("check");

        assertThat(result.exitCode()).isNotZero();
        String out = result.getOutput() + result.getErrorOutput();
        assertThat(out).contains("Cannot create the data directory /proc/entente-cannot-be-here",
                "set entente.neo4j.data-dir (ENTENTE_NEO4J_DATA_DIR)");
        assertThat(out).doesNotContain("\tat ", "Exception");
    }
}
