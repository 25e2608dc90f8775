package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Bolt port someone else holds stops start-up with one line that names the setting, no stack trace. */
@QuarkusMainTest
@TestProfile(BusyBoltPortTest.BusyPort.class)
class BusyBoltPortTest {

    static final ServerSocket HOLDER = hold();

    public static class BusyPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.neo4j.bolt-address", "127.0.0.1:" + HOLDER.getLocalPort(),
                    "entente.neo4j.data-dir", System.getProperty("java.io.tmpdir") + "/entente-busy-port");
        }
    }

    private static ServerSocket hold() {
        try {
            ServerSocket s = new ServerSocket();
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldStopWithOneLineNamingTheSetting(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("check");

        assertThat(result.exitCode()).isNotZero();
        String out = result.getOutput() + result.getErrorOutput();
        assertThat(out).contains("Bolt address 127.0.0.1:" + HOLDER.getLocalPort() + " is not free",
                "set entente.neo4j.bolt-address (ENTENTE_NEO4J_BOLT_ADDRESS)");
        assertThat(out).doesNotContain("\tat ", "Exception");
    }
}
