package org.entente.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.entente.graph.CypherConsole;

/** Read-only Cypher for power users: writes, schema and admin commands are refused with 403. */
@Path("/api/cypher")
public class CypherResource {

    /** A query and its parameters. */
    public record CypherRequest(String query, Map<String, Object> params) {
    }

    private final CypherConsole console;

    CypherResource(CypherConsole console) {
        this.console = console;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run a read-only Cypher query ({query, params}) → {columns, rows, graph, truncated, "
            + "elapsedMs}; writes, schema and admin commands, LOAD CSV, USE and procedures that write are refused "
            + "(403); rows are capped (entente.cypher.max-rows) and queries time out (entente.cypher.timeout)")
    public CypherConsole.Answer run(CypherRequest request) {
        if (request == null) {
            throw new ApiException(400, "the body is empty: send {\"query\": \"MATCH (n:State) RETURN n LIMIT 5\"}");
        }
        return console.run(request.query(), request.params());
    }
}
