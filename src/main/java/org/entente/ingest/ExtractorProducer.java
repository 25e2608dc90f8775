package org.entente.ingest;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.entente.extract.Extractor;

/** The extractor is plain Java; CDI gets one shared, thread-safe instance. */
class ExtractorProducer {

    @Produces
    @Singleton
    Extractor extractor() {
        return Extractor.fromClasspath();
    }
}
