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
import org.entente.ingest.SearchText;

/** States, people and organizations: search by any name in Arabic, English or French, and one entity's record. */
@Path("/api/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntitiesResource {

    /** Search hits, best first. */
    public record SearchResponse(List<GraphReader.EntityHit> items) {
    }

    private final GraphReader reader;

    EntitiesResource(GraphReader reader) {
        this.reader = reader;
    }

    @GET
    @Operation(summary = "Search entities by id or any name (ar/en/fr), ignoring case, accents and Arabic "
            + "diacritics: exact id or name first, then prefixes, then full-text matches")
    public SearchResponse search(
            @Parameter(description = "what to look for: روسيا, Russie, russia, RUS", example = "russia")
            @QueryParam("q") String q,
            @Parameter(description = "State, Person or Organization") @QueryParam("kind") String kind,
            @Parameter(description = "hits at most (1-100, default 20)") @QueryParam("limit") Integer limit) {
        String query = QueryParams.required(q, "q", "russia");
        if (query.length() > 200) {
            throw new ApiException(400, "q is longer than 200 characters: search for a name");
        }
        String folded = SearchText.fold(query);
        String k = QueryParams.kind(kind);
        int n = QueryParams.range(limit, "limit", 20, 1, 100);
        if (folded.isEmpty()) {
            return new SearchResponse(List.of());
        }
        return new SearchResponse(reader.searchEntities(query, folded, k, n));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One entity: names in every language, offices held or holders, memberships or members, "
            + "and how many relations of each type it has")
    public GraphReader.EntityDetail get(@PathParam("id") String id) {
        GraphReader.EntityDetail e = reader.entity(QueryParams.required(id, "id", "RUS"));
        if (e == null) {
            throw new ApiException(404, "no entity with id '" + id + "': find ids with GET /api/entities?q=...");
        }
        return e;
    }
}
