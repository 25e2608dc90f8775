package org.entente.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an over-long request body with a problem+json 413 that names the limit, before the body is read
 * (Vert.x would otherwise cut the connection with an empty 413).
 */
@Singleton
public class BodyLimitFilter {

    private final long maxBytes;

    BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && isOver(length)) {
                JsonObject problem = new JsonObject().put("type", "about:blank").put("title", "Payload Too Large")
                        .put("status", 413).put("detail", "the request body is " + length + " bytes; the limit is "
                                + maxBytes + " (quarkus.http.limits.max-body-size): send smaller batches");
                rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(problem.encode());
                return;
            }
            rc.next();
        }, 1000);
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
