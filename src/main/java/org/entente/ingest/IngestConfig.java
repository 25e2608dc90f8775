package org.entente.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and batching of article intake. */
@ConfigMapping(prefix = "entente.ingest")
public interface IngestConfig {

    /** Largest article text accepted, in characters. */
    @WithDefault("1000000")
    int maxArticleChars();

    /** Most articles accepted in one request. */
    @WithDefault("1000")
    int maxBatchArticles();

    /** Longest NDJSON line accepted (one article with its fields), in characters. */
    @WithDefault("1100000")
    int maxNdjsonLineChars();

    /** Articles written per graph transaction. */
    @WithDefault("50")
    int writeBatchSize();
}
