package org.entente.ingest.intake;

import jakarta.inject.Singleton;
import java.util.List;
import org.entente.ingest.ArticleInput;
import org.entente.ingest.IngestResult;
import org.entente.ingest.IngestService;

/** The single-machine intake: validate, extract and write in the caller's thread, as the REST API always did. */
@Singleton
public class DirectIntake implements ArticleIntake {

    private final IngestService ingest;

    DirectIntake(IngestService ingest) {
        this.ingest = ingest;
    }

    @Override
    public String mode() {
        return "direct";
    }

    @Override
    public Submission submit(List<ArticleInput> inputs) {
        List<IngestResult> results = ingest.ingest(inputs);
        int rejected = (int) results.stream().filter(r -> !r.accepted()).count();
        return new Submission(mode(), results.size() - rejected, rejected, results);
    }
}
