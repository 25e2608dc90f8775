package org.entente.graph;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/** Housekeeping questions about the graph as a whole: is it empty, is it consistent. */
@Singleton
public class GraphAdmin {

    private final Driver driver;
    private final CypherLibrary cypher;

    GraphAdmin(Driver driver, CypherLibrary cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    public long articleCount() {
        return driver.executableQuery(cypher.text("admin/count-articles.cypher")).execute().records().get(0)
                .get("articles").asLong();
    }

    /** Ids of articles missing facts and of facts missing their summary edge; both empty when consistent. */
    public Map<String, List<String>> inconsistencies() {
        var r = driver.executableQuery(cypher.text("admin/consistency.cypher")).execute().records().get(0);
        return Map.of("articlesWithMissingFacts", r.get("articlesWithMissingFacts").asList(v -> v.asString()),
                "factsWithoutSummary", r.get("factsWithoutSummary").asList(v -> v.asString()));
    }
}
