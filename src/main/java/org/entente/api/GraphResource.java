package org.entente.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.entente.graph.GraphReader;

/** Subgraphs ready to draw: an entity's neighbourhood and the shortest paths between two entities. */
@Path("/api/graph")
@Produces(MediaType.APPLICATION_JSON)
public class GraphResource {

    /** Shortest paths, each as nodes and edges. */
    public record PathsResponse(List<GraphReader.PathView> paths) {
    }

    private final GraphReader reader;

    GraphResource(GraphReader reader) {
        this.reader = reader;
    }

    @GET
    @Path("/neighborhood")
    @Operation(summary = "The entities within depth hops of an entity and the edges that reach them, strongest "
            + "first, at most limit nodes ({nodes, edges, truncated}); each step keeps at most 3 edges per node of "
            + "limit and the walk reads at most 5 times that many summary edges (hubs are expanded strongest first "
            + "until then); truncated says when anything was left out")
    public GraphReader.Subgraph neighborhood(
            @Parameter(description = "entity id", example = "RUS") @QueryParam("id") String id,
            @Parameter(description = "hops, 1-3 (default 1)") @QueryParam("depth") Integer depth,
            @Parameter(description = "fact types, comma-separated (default all)") @QueryParam("types") String types,
            @Parameter(description = "only edges valid that day") @QueryParam("asOf") String asOf,
            @Parameter(description = "only edges with this many sources") @QueryParam("minSources")
            Integer minSources,
            @Parameter(description = "news, atop or all") @QueryParam("source") String source,
            @Parameter(description = "nodes at most, 1-2000 (default 300)") @QueryParam("limit") Integer limit) {
        String entity = QueryParams.required(id, "id", "RUS");
        int d = QueryParams.range(depth, "depth", 1, 1, 3);
        int n = QueryParams.range(limit, "limit", 300, 1, 2000);
        var filter = RelationsResource.filter(types, null, asOf, minSources, source);
        var result = reader.neighborhood(entity, d, filter, n);
        if (result == null) {
            throw new ApiException(404, "no entity with id '" + entity + "': find ids with GET /api/entities?q=...");
        }
        return result;
    }

    @GET
    @Path("/path")
    @Operation(summary = "The shortest paths (at most 10) between two entities over the given relation types")
    public PathsResponse path(
            @Parameter(description = "entity id", example = "RUS") @QueryParam("from") String from,
            @Parameter(description = "entity id", example = "USA") @QueryParam("to") String to,
            @Parameter(description = "fact types, comma-separated (default all)") @QueryParam("types") String types,
            @Parameter(description = "hops at most, 1-6 (default 4)") @QueryParam("maxLength") Integer maxLength) {
        String a = QueryParams.required(from, "from", "RUS");
        String b = QueryParams.required(to, "to", "USA");
        int max = QueryParams.range(maxLength, "maxLength", 4, 1, 6);
        var paths = reader.paths(a, b, QueryParams.types(types, "types"), max, 10);
        if (paths == null) {
            RelationsResource.requireEntity(reader, a, "from");
            RelationsResource.requireEntity(reader, b, "to");
        }
        return new PathsResponse(paths);
    }
}
