package org.entente.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.entente.graph.GraphReader;

/** What the graph holds. */
@Path("/api/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final GraphReader reader;

    StatsResource(GraphReader reader) {
        this.reader = reader;
    }

    @GET
    @Operation(summary = "Counts by label, summary relationship type and fact type, articles by language, and the "
            + "time of the last ingest")
    public GraphReader.Stats stats() {
        return reader.stats();
    }
}
