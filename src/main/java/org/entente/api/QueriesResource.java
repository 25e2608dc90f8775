package org.entente.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.entente.graph.CypherConsole;
import org.entente.graph.QueryLibraryReader;

/** The analyst query library of cypher/queries/: listed, and run read-only with parameters. */
@Path("/api/queries")
@Produces(MediaType.APPLICATION_JSON)
public class QueriesResource {

    /** A library query as listed: its parameters with example values. */
    public record QueryInfo(String name, String title, String description, Map<String, Object> parameters) {
    }

    /** Parameters of a run. */
    public record RunRequest(Map<String, Object> params) {
    }

    private final QueryLibraryReader library;

    QueriesResource(QueryLibraryReader library) {
        this.library = library;
    }

    @GET
    @Operation(summary = "The analyst queries: name, title, description and parameters with example values")
    public List<QueryInfo> list() {
        return library.list().stream().map(q -> new QueryInfo(q.name(), q.title(), q.description(),
                q.parameters())).toList();
    }

    @POST
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run an analyst query read-only with {params}; parameters left out take the query's "
            + "defaults. Same answer as POST /api/cypher")
    public CypherConsole.Answer run(@PathParam("name") String name, RunRequest request) {
        CypherConsole.Answer answer = library.run(name, request == null ? null : request.params());
        if (answer == null) {
            throw new ApiException(404, "no query named '" + name + "': GET /api/queries lists them");
        }
        return answer;
    }
}
