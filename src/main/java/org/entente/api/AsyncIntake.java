package org.entente.api;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.ingest.ArticleInput;
import org.entente.ingest.IngestResult;
import org.entente.ingest.intake.ArticleIntakes;
import org.entente.ingest.intake.IntakeUnavailableException;
import org.entente.ingest.intake.Submission;

/**
 * {@code POST /api/articles?async=true}: the articles are published to the Kafka intake topic instead of being
 * written, and the answer is 202 Accepted with how many were queued. Called by {@link ArticlesResource} with the
 * items it parsed (null where an item was malformed, described in {@code shapeErrors} in order).
 */
@Singleton
public class AsyncIntake {

    /** The answer to an asynchronous submission. */
    public record Queued(String mode, int queued, int rejected, List<IngestResult> articles) {
    }

    private final ArticleIntakes intakes;

    AsyncIntake(ArticleIntakes intakes) {
        this.intakes = intakes;
    }

    public Response publish(List<ArticleInput> inputs, List<Problem.ItemError> shapeErrors) {
        if (inputs.isEmpty()) {
            throw new ApiException(400, "no articles in the request");
        }
        List<ArticleInput> good = inputs.stream().filter(Objects::nonNull).toList();
        Submission s;
        try {
            s = good.isEmpty() ? null : intakes.kafka().submit(good);
        } catch (IntakeUnavailableException e) {
            throw new ApiException(503, e.getMessage());
        }
        List<IngestResult> results = new ArrayList<>();
        int g = 0;
        int bad = 0;
        for (int i = 0; i < inputs.size(); i++) {
            IngestResult r = inputs.get(i) == null ? IngestResult.rejected(i, shapeErrors.get(bad++).detail())
                    : s.results().get(g++);
            results.add(new IngestResult(i, r.id(), r.lang(), r.outcome(), r.entities(), r.facts(), r.error()));
        }
        int rejected = (int) results.stream().filter(r -> !r.accepted()).count();
        if (rejected == results.size()) {
            throw new ApiException(400, "no article could be queued: see errors", results.stream()
                    .map(r -> new Problem.ItemError(r.index() + 1, r.error())).toList());
        }
        return Response.status(Response.Status.ACCEPTED).type(MediaType.APPLICATION_JSON)
                .entity(new Queued("kafka", results.size() - rejected, rejected, results)).build();
    }
}
