package org.entente.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.entente.graph.GraphReader;

/** "Who is allied with whom": summary relations with their sources, validity and confidence. */
@Path("/api/relations")
@Produces(MediaType.APPLICATION_JSON)
public class RelationsResource {

    private final GraphReader reader;

    RelationsResource(GraphReader reader) {
        this.reader = reader;
    }

    /** Builds and checks the relation filter shared by relations, the neighbourhood and exports. */
    static GraphReader.RelationFilter filter(String type, String entity, String asOf, Integer minSources,
            String source) {
        List<String> types = QueryParams.types(type, "type");
        return new GraphReader.RelationFilter(types, QueryParams.id(entity, "entity"), QueryParams.date(asOf, "asOf"),
                QueryParams.range(minSources, "minSources", 1, 1, 1_000_000), QueryParams.source(source));
    }

    static void requireEntity(GraphReader reader, String id, String name) {
        if (id != null && reader.refs(List.of(id)).isEmpty()) {
            throw new ApiException(404, "no entity with id '" + id + "' (" + name
                    + "): find ids with GET /api/entities?q=...");
        }
    }

    @GET
    @Operation(summary = "Summary relations (one per type, subject and object) filtered by type, entity, date of "
            + "validity, number of sources and kind of source; strongest first, paginated. Each lists at most 20 of "
            + "its sources (sourceCount counts them all; GET /api/relations/{a}/{b} gives every one)")
    public GraphReader.Page<GraphReader.Relation> relations(
            @Parameter(description = "fact types, comma-separated", example = "ALLIANCE,DEFENSE_PACT")
            @QueryParam("type") String type,
            @Parameter(description = "an entity id: relations in either direction", example = "RUS")
            @QueryParam("entity") String entity,
            @Parameter(description = "only relations valid that day (YYYY-MM-DD)", example = "2024-12-31")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "at least this many distinct sources (default 1)") @QueryParam("minSources")
            Integer minSources,
            @Parameter(description = "news, atop or all (default)") @QueryParam("source") String source,
            @Parameter(description = "page number from 0") @QueryParam("page") Integer page,
            @Parameter(description = "page size, 1-200 (default 50)") @QueryParam("size") Integer size) {
        var filter = filter(type, entity, asOf, minSources, source);
        var result = reader.relations(filter, QueryParams.page(page), QueryParams.size(size, 50,
                QueryParams.MAX_SIZE));
        if (result.total() == 0) {
            requireEntity(reader, filter.entity(), "entity");
        }
        return result;
    }

    @GET
    @Path("/{a}/{b}")
    @Operation(summary = "Everything between two entities: their summary relations and the timeline of the facts "
            + "behind them, oldest first")
    public GraphReader.Between between(@PathParam("a") String a, @PathParam("b") String b) {
        var result = reader.between(QueryParams.id(a, "a"), QueryParams.id(b, "b"));
        if (result == null) {
            requireEntity(reader, a, "a");
            requireEntity(reader, b, "b");
        }
        return result;
    }
}
