package org.entente.api;

import jakarta.ws.rs.core.Response;
import org.entente.graph.CypherConsoleException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals and failures of the Cypher console as problem+json: 403 refused, 400 invalid, 408 too slow. */
public class ConsoleProblemMappers {

    @ServerExceptionMapper
    public Response console(CypherConsoleException e) {
        int status = switch (e.reason()) {
            case FORBIDDEN -> 403;
            case TIMEOUT -> 408;
            case INVALID -> 400;
        };
        return Problem.response(status, Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage(),
                null);
    }
}
