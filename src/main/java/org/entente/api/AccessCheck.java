package org.entente.api;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.graph.EmbeddedNeo4j;
import org.entente.graph.GraphStartupException;

/**
 * Refuses to serve the write endpoints to a network without a token: listening beyond loopback requires
 * {@code entente.auth.token}.
 */
@Singleton
public class AccessCheck {

    private final String host;
    private final boolean httpEnabled;
    private final WriteGuard guard;

    AccessCheck(@ConfigProperty(name = "quarkus.http.host") String host,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean httpEnabled,
            WriteGuard guard) {
        this.host = host;
        this.httpEnabled = httpEnabled;
        this.guard = guard;
    }

    void onStart(@Observes @Priority(0) StartupEvent event) {
        if (httpEnabled && !EmbeddedNeo4j.isLoopback(host) && !guard.enabled()) {
            throw new GraphStartupException("quarkus.http.host=" + host + " listens beyond loopback: set "
                    + "entente.auth.token (ENTENTE_AUTH_TOKEN) so that write endpoints require a bearer token");
        }
    }

}
