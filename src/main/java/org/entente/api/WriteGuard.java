package org.entente.api;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Write endpoints (articles, imports, rebuilds) need {@code Authorization: Bearer <entente.auth.token>} when a
 * token is configured; reads stay open.
 */
@Singleton
public class WriteGuard {

    private final Optional<String> token;

    WriteGuard(@ConfigProperty(name = "entente.auth.token") Optional<String> token) {
        this.token = token.filter(t -> !t.isBlank());
    }

    public boolean enabled() {
        return token.isPresent();
    }

    public void check(String authorization) {
        if (token.isEmpty()) {
            return;
        }
        String expected = "Bearer " + token.get();
        if (authorization == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                authorization.strip().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "this endpoint writes to the graph: send Authorization: Bearer <token> "
                    + "(the value of entente.auth.token)");
        }
    }
}
