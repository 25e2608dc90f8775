package org.entente.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.entente.extract.ExtractionFailedException;
import org.entente.graph.GraphUnavailableException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void shouldAnswer503WithRetryAfterWhileTheDatabaseIsUnavailable() {
        var e = new GraphUnavailableException(new IllegalStateException("connection refused"));

        Response response = new ProblemMappers().unavailable(e);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getEntity().toString()).contains("retry later");
    }

    @Test
    void shouldAnswer500ThatNamesAnExtractionFailureAsOurBug() {
        var e = new ExtractionFailedException("en", new IllegalStateException("index out of range"));

        Response response = new ProblemMappers().extractionFailed(e);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getEntity().toString()).contains("extraction failed on this en article")
                .contains("bug of Entente");
    }
}
