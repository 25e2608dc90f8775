package org.entente.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail: what every error response looks like, with a {@code detail} a person can act on.
 *
 * @param errors per-item problems of a batch (for example NDJSON lines), or null
 */
public record Problem(String type, String title, int status, String detail, List<ItemError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad item of a batch: its position (NDJSON: the line number) and what is wrong with it. */
    public record ItemError(int item, String detail) {
    }

    public static Response response(Response.Status status, String detail) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, null);
    }

    public static Response response(int status, String title, String detail, List<ItemError> errors) {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", title, status, detail, errors)).build();
    }
}
