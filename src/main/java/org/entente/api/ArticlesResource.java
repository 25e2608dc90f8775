package org.entente.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.entente.ingest.ArticleInput;
import org.entente.ingest.IngestConfig;
import org.entente.ingest.IngestResult;
import org.entente.ingest.IngestService;

/** Article intake over REST: one article, a JSON array, or NDJSON (one article per line). */
@Path("/api/articles")
public class ArticlesResource {

    public static final String NDJSON = "application/x-ndjson";

    private final IngestService ingest;
    private final ObjectMapper json;
    private final WriteGuard guard;
    private final IngestConfig config;
    private final AsyncIntake async;

    ArticlesResource(IngestService ingest, ObjectMapper json, WriteGuard guard, IngestConfig config,
            AsyncIntake async) {
        this.ingest = ingest;
        this.json = json;
        this.guard = guard;
        this.config = config;
        this.async = async;
    }

    /** Per-article results and their totals ({@code failed}: the extractor failed on it, our bug, logged). */
    public record IngestResponse(int created, int replaced, int unchanged, int rejected, int failed,
            List<IngestResult> articles) {

        static IngestResponse of(List<IngestResult> results) {
            return new IngestResponse(count(results, "created"), count(results, "replaced"),
                    count(results, "unchanged"), count(results, "rejected"), count(results, "failed"), results);
        }

        private static int count(List<IngestResult> results, String outcome) {
            return (int) results.stream().filter(r -> r.outcome().equals(outcome)).count();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest one article ({text, url?, title?, published?, lang?, source?}) or a JSON array; "
            + "async=true publishes to the Kafka intake instead (202)")
    public Response ingestJson(String body, @HeaderParam("Authorization") String auth,
            @QueryParam("async") boolean queue) {
        guard.check(auth);
        JsonNode root = parse(body);
        if (root.isObject()) {
            if (queue) {
                return async.publish(List.of(article(root, 1)), List.of());
            }
            // one article: its problem is the response's problem (400, or 413 when too large)
            return Response.ok(IngestResponse.of(List.of(ingest.ingestOne(article(root, 1))))).build();
        }
        if (!root.isArray()) {
            throw new ApiException(400, "send one article as a JSON object, or many as a JSON array");
        }
        List<ArticleInput> inputs = new ArrayList<>();
        List<Problem.ItemError> shapeErrors = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            try {
                inputs.add(article(root.get(i), i + 1));
            } catch (ApiException e) {
                shapeErrors.add(new Problem.ItemError(i + 1, e.getMessage()));
                inputs.add(null);
            }
        }
        if (queue) {
            return async.publish(inputs, shapeErrors);
        }
        return Response.ok(batch(inputs, shapeErrors, null)).build();
    }

    @POST
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest articles as NDJSON: one JSON object per line; bad lines are reported by number; "
            + "async=true publishes to the Kafka intake instead (202)")
    public Response ingestNdjson(String body, @HeaderParam("Authorization") String auth,
            @QueryParam("async") boolean queue) {
        guard.check(auth);
        if (body == null || body.isBlank()) {
            throw new ApiException(400, "the body is empty: send one JSON article per line");
        }
        List<ArticleInput> inputs = new ArrayList<>();
        List<Problem.ItemError> shapeErrors = new ArrayList<>();
        List<Integer> lineIndexes = new ArrayList<>();
        String[] lines = body.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            lineIndexes.add(i);
            try {
                if (lines[i].length() > config.maxNdjsonLineChars()) {
                    throw new ApiException(413, "line " + (i + 1) + " is " + lines[i].length()
                            + " characters long; the limit is " + config.maxNdjsonLineChars()
                            + " (entente.ingest.max-ndjson-line-chars)");
                }
                inputs.add(article(parse(lines[i]), i + 1));
            } catch (ApiException e) {
                shapeErrors.add(new Problem.ItemError(i + 1, e.getMessage()));
                inputs.add(null);
            }
        }
        if (queue) {
            return async.publish(inputs, shapeErrors);
        }
        // results and errors are numbered by line, blank lines included
        return Response.ok(batch(inputs, shapeErrors, lineIndexes)).build();
    }

    /** Writes the good items; bad ones are listed. Fails as a whole only when nothing was good. */
    private IngestResponse batch(List<ArticleInput> inputs, List<Problem.ItemError> shapeErrors,
            List<Integer> indexes) {
        if (inputs.isEmpty()) {
            throw new ApiException(400, "no articles in the request");
        }
        List<ArticleInput> good = inputs.stream().filter(java.util.Objects::nonNull).toList();
        List<IngestResult> written = good.isEmpty() ? List.of() : ingest.ingest(good);
        List<IngestResult> results = new ArrayList<>();
        int w = 0;
        int s = 0;
        for (int i = 0; i < inputs.size(); i++) {
            IngestResult r = inputs.get(i) == null
                    ? IngestResult.rejected(i, shapeErrors.get(s++).detail())
                    : written.get(w++);
            int index = indexes == null ? i : indexes.get(i);
            results.add(new IngestResult(index, r.id(), r.lang(), r.outcome(), r.entities(), r.facts(), r.error()));
        }
        if (results.stream().noneMatch(IngestResult::accepted)) {
            List<Problem.ItemError> errors = results.stream()
                    .map(r -> new Problem.ItemError(r.index() + 1, r.error())).toList();
            throw new ApiException(400, "no article could be accepted: see errors", errors);
        }
        return IngestResponse.of(results);
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new ApiException(400, "the body is empty: send {\"text\": \"...\"}");
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, ProblemMappers.describe(e));
        }
    }

    private static ArticleInput article(JsonNode node, int item) {
        if (node == null || !node.isObject()) {
            throw new ApiException(400, "item " + item + " is not a JSON object with a \"text\" field");
        }
        return new ArticleInput(text(node, "text"), text(node, "url"), text(node, "title"), text(node, "published"),
                text(node, "lang"), text(node, "source"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ApiException(400, "field '" + field + "' must be a string, not " + v.getNodeType()
                    .toString().toLowerCase(java.util.Locale.ROOT));
        }
        return v.asText();
    }
}
