package org.entente.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.entente.extract.Extraction;
import org.entente.ingest.ArticleInput;
import org.entente.ingest.IngestService;

/** Extraction without writing: the contract of ONTOLOGY.md ("The extract call"). */
@Path("/api/extract")
public class ExtractResource {

    private final IngestService ingest;

    ExtractResource(IngestService ingest) {
        this.ingest = ingest;
    }

    /** The request: text, and optionally lang and published. */
    public record ExtractRequest(String text, String lang, String published) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract entities and facts from an article, without storing anything")
    public Extraction extract(ExtractRequest request) {
        if (request == null) {
            throw new ApiException(400, "the body is empty: send {\"text\": \"...\", \"lang\": \"ar\", "
                    + "\"published\": \"2025-09-02\"}");
        }
        return ingest.extract(new ArticleInput(request.text(), null, null, request.published(), request.lang(),
                null));
    }
}
