package org.entente.ingest;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import org.entente.extract.Extractor;
import org.entente.graph.EntityNode;
import org.entente.graph.GraphWriter;
import org.entente.graph.RuntimeMode;
import org.jboss.logging.Logger;
import org.entente.resolve.CatalogEntity;

/**
 * Puts every catalogued state and organization in the graph at start-up (an idempotent merge), so that search
 * finds "Burkina Faso" by any of its names before any article mentions it. People enter with the articles.
 */
@Singleton
public class CatalogSeeder {

    private static final Logger LOG = Logger.getLogger(CatalogSeeder.class);

    private final Extractor extractor;
    private final GraphWriter writer;
    private final RuntimeMode mode;

    CatalogSeeder(Extractor extractor, GraphWriter writer, RuntimeMode mode) {
        this.extractor = extractor;
        this.writer = writer;
        this.mode = mode;
    }

    void onStart(@Observes @Priority(3) StartupEvent event) {
        if (mode.needsDatabase()) {
            LOG.infof("Catalog: %d states and organizations merged into the graph", seed());
        }
    }

    public int seed() {
        List<EntityNode> nodes = extractor.catalog().all().stream()
                .filter(c -> !CatalogEntity.PERSON.equals(c.kind()))
                .map(c -> new EntityNode(c.id(), c.kind(), c.name(), c.names(),
                        ArticleMapper.searchTerms(c.id(), c.names()), c.region(), true))
                .toList();
        writer.mergeEntities(nodes);
        return nodes.size();
    }
}
