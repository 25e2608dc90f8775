package org.entente.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.file.Files;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.entente.graph.GraphWriter;
import org.entente.ingest.AtopImporter;

/** Writes beyond single articles: curated imports and rebuilding derived data. Guarded like every write. */
@Path("/api")
public class AdminResource {

    private final AtopImporter atop;
    private final GraphWriter writer;
    private final WriteGuard guard;

    AdminResource(AtopImporter atop, GraphWriter writer, WriteGuard guard) {
        this.atop = atop;
        this.writer = writer;
        this.guard = guard;
    }

    /** Where the ATOP CSVs are, on the server's file system. */
    public record AtopRequest(String dir) {
    }

    @POST
    @Path("/import/atop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load the ATOP v4 CSVs from a directory on the server (replaces earlier ATOP facts)")
    public AtopImporter.AtopSummary importAtop(AtopRequest request, @HeaderParam("Authorization") String auth) {
        guard.check(auth);
        if (request == null || request.dir() == null || request.dir().isBlank()) {
            throw new ApiException(400, "dir is missing: send {\"dir\": \"/path/to/atop\"}");
        }
        var dir = java.nio.file.Path.of(request.dir());
        if (!Files.isDirectory(dir)) {
            throw new ApiException(400, "dir '" + request.dir() + "' is not a directory on the server");
        }
        return atop.importDirectory(dir);
    }

    @POST
    @Path("/admin/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-derive every summary relationship from the Fact nodes")
    public Map<String, Object> rebuild(@HeaderParam("Authorization") String auth) {
        guard.check(auth);
        long started = System.nanoTime();
        long keys = writer.rebuildSummaries();
        return Map.of("summaries", keys, "millis", (System.nanoTime() - started) / 1_000_000);
    }
}
