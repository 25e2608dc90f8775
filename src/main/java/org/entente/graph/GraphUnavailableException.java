package org.entente.graph;

import java.util.function.Supplier;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The graph database could not do the work for a reason that retrying later can cure (unreachable, restarting,
 * out of resources, transient conflicts the driver's own retries did not resolve). Callers outside the graph
 * package need not know the driver's exception types: the API answers 503, a queue consumer redelivers.
 */
public class GraphUnavailableException extends RuntimeException {

    public GraphUnavailableException(Throwable cause) {
        super("the graph database is unavailable: " + cause.getMessage(), cause);
    }

    /**
     * Runs database work, turning every driver failure but the caller's own mistakes (a {@link ClientException}:
     * bad statement, constraint violated, transaction timed out) into a {@code GraphUnavailableException}.
     */
    static <T> T unlessUnavailable(Supplier<T> work) {
        try {
            return work.get();
        } catch (ClientException e) {
            throw e;
        } catch (Neo4jException e) {
            throw new GraphUnavailableException(e);
        }
    }
}
