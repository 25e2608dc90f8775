package org.entente.graph;

/**
 * The graph database could not do the work for a reason that retrying later can cure (unreachable, restarting,
 * out of resources, transient conflicts the driver's own retries did not resolve). Callers outside the graph
 * package need not know the driver's exception types: the API answers 503, a queue consumer redelivers.
 */
public class GraphUnavailableException extends RuntimeException {

    public GraphUnavailableException(Throwable cause) {
        super("the graph database is unavailable: " + cause.getMessage(), cause);
    }
}
