package org.entente.graph;

/**
 * An expected start-up failure (busy port, unwritable folder) whose message tells the operator which setting to
 * change. It carries no stack trace: the message is the whole story.
 */
public final class GraphStartupException extends RuntimeException {

    public GraphStartupException(String message) {
        super(message, null, false, false);
    }
}
