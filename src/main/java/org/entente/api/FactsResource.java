package org.entente.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.entente.graph.GraphReader;

/** Facts with their evidence: the sentence, trigger, confidence and the article (or dataset) that states them. */
@Path("/api/facts")
@Produces(MediaType.APPLICATION_JSON)
public class FactsResource {

    private final GraphReader reader;

    FactsResource(GraphReader reader) {
        this.reader = reader;
    }

    @GET
    @Operation(summary = "Facts with evidence, newest first (by the fact's date, else the date it was reported), "
            + "paginated")
    public GraphReader.Page<GraphReader.FactView> facts(
            @Parameter(description = "one fact type", example = "SANCTION") @QueryParam("type") String type,
            @Parameter(description = "subject entity id") @QueryParam("subject") String subject,
            @Parameter(description = "object entity id") @QueryParam("object") String object,
            @Parameter(description = "an entity id as subject or object") @QueryParam("entity") String entity,
            @Parameter(description = "from this date on (YYYY, YYYY-MM or YYYY-MM-DD)") @QueryParam("from")
            String from,
            @Parameter(description = "up to this date, its whole period included") @QueryParam("to") String to,
            @Parameter(description = "news, atop or all (default)") @QueryParam("source") String source,
            @Parameter(description = "page number from 0") @QueryParam("page") Integer page,
            @Parameter(description = "page size, 1-200 (default 50)") @QueryParam("size") Integer size) {
        var filter = new GraphReader.FactFilter(QueryParams.type(type), QueryParams.id(subject, "subject"),
                QueryParams.id(object, "object"), QueryParams.id(entity, "entity"), QueryParams.date(from, "from"),
                QueryParams.date(to, "to"), QueryParams.source(source));
        if (filter.from() != null && filter.to() != null && filter.from().compareTo(filter.to()) > 0) {
            throw new ApiException(400, "from (" + filter.from() + ") is after to (" + filter.to() + ")");
        }
        var result = reader.facts(filter, QueryParams.page(page), QueryParams.size(size, 50, QueryParams.MAX_SIZE));
        if (result.total() == 0) {
            RelationsResource.requireEntity(reader, filter.subject(), "subject");
            RelationsResource.requireEntity(reader, filter.object(), "object");
            RelationsResource.requireEntity(reader, filter.entity(), "entity");
        }
        return result;
    }
}
