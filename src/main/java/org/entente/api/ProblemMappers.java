package org.entente.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.entente.extract.ExtractionFailedException;
import org.entente.graph.GraphUnavailableException;
import org.entente.ingest.InvalidArticleException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as application/problem+json; expected ones say what to fix, none carries a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidArticle(InvalidArticleException e) {
        return e.tooLarge() ? Problem.response(413, "Payload Too Large", e.getMessage(), null)
                : Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response badRequest(ApiException e) {
        return Problem.response(e.status(), Response.Status.fromStatusCode(e.status()).getReasonPhrase(),
                e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST, describe(e));
    }

    // Quarkus REST has its own mappers for these subclasses; naming them here makes ours the closest match.
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response unparsableJson(com.fasterxml.jackson.core.JsonParseException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response tooDeepJson(com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "the JSON is nested too deeply or is too long: "
                + "send a flat JSON object");
    }

    @ServerExceptionMapper
    public Response badRequest(jakarta.ws.rs.BadRequestException e) {
        return web(e);
    }

    @ServerExceptionMapper
    public Response notFound(jakarta.ws.rs.NotFoundException e) {
        return web(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        if (status == 404 && cause != null) {
            // a path or query parameter that could not be converted (JAX-RS answers 404 for those)
            return Problem.response(Response.Status.BAD_REQUEST, "a query or path parameter has the wrong type: page, "
                    + "size, limit, depth, minSources and maxLength are whole numbers (" + cause.getMessage() + ")");
        }
        if (status == 400) {
            return Problem.response(Response.Status.BAD_REQUEST, "the request body is not what this endpoint takes: "
                    + "send a JSON object as described in /q/swagger-ui");
        }
        String detail = switch (status) {
            case 404 -> "no such resource: see /q/swagger-ui for the API";
            case 405 -> "method not allowed on this resource: see /q/swagger-ui for the API";
            case 406 -> "cannot produce the requested media type: accept application/json";
            case 413 -> "the request body is too large (quarkus.http.limits.max-body-size)";
            case 415 -> "unsupported content type: send application/json (or application/x-ndjson for batches)";
            default -> e.getMessage();
        };
        return Problem.response(status, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), detail, null);
    }

    @ServerExceptionMapper
    public Response unavailable(GraphUnavailableException e) {
        LOG.warn(e.getMessage());
        return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                "the graph database is unavailable: retry later (nothing of this request was written, so sending it again is safe)")).header("Retry-After", "5")
                .build();
    }

    @ServerExceptionMapper
    public Response extractionFailed(ExtractionFailedException e) {
        LOG.error("Extraction failed while serving a request", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, e.getMessage()
                + ": this is a bug of Entente, not of the article; the server log has the details");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected error while serving a request", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "internal error: the server log has the details");
    }

    /** Jackson's messages name Java classes; say it in terms of the JSON instead. */
    static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            var m = (MismatchedInputException) e;
            String path = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining("."));
            return path.isEmpty() ? "the body does not have the expected JSON shape: send a JSON object"
                    : "field '" + path + "' has the wrong type: see /q/swagger-ui for the expected JSON";
        }
        var loc = e.getLocation();
        return "malformed JSON" + (loc == null ? "" : " at line " + loc.getLineNr() + ", column "
                + loc.getColumnNr()) + ": send a valid JSON document";
    }
}
