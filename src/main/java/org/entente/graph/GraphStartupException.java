package org.entente.graph;

import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * An expected start-up failure (busy port, unwritable folder, missing password) whose message tells the operator
 * which setting to change. As a {@link ConfigurationException}, Quarkus prints just that one line, no stack trace.
 */
public final class GraphStartupException extends ConfigurationException {

    public GraphStartupException(String message) {
        super(message);
    }
}
