package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.entente.graph.EmbeddedGraphResource;
import org.junit.jupiter.api.Test;

/**
 * Entente refuses to start listening beyond loopback without a token: the start fails with a non-zero exit code
 * and a message that names entente.auth.token. Nothing binds: the check runs before the HTTP server and the
 * database start.
 */
@QuarkusMainTest
@TestProfile(AccessCheckTest.OpenHostProfile.class)
@QuarkusTestResource(value = EmbeddedGraphResource.class, restrictToAnnotatedClass = true)
class AccessCheckTest {

    /** All interfaces, no token. */
    public static class OpenHostProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.host", "0.0.0.0", "entente.auth.token", "");
        }
    }

    @Test
    void refusesToStartOnAllInterfacesWithoutAToken(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("rebuild");
        assertThat(result.exitCode()).as("exit code").isNotZero();
        String out = result.getOutput() + "\n" + result.getErrorOutput();
        assertThat(out).contains("entente.auth.token").contains("0.0.0.0");
        assertThat(out).doesNotContain("Rebuilt");
    }
}
