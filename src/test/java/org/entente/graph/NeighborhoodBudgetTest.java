package org.entente.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * A neighbourhood walk reads a bounded number of summary edges, whatever the hubs around the start: the strongest
 * frontier entities are expanded while their edges fit, the rest is left out and the answer says so.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedGraphResource.class, restrictToAnnotatedClass = true)
class NeighborhoodBudgetTest {

    @Inject
    GraphWriter writer;

    @Inject
    GraphReader reader;

    @Inject
    Driver driver;

    @BeforeEach
    void emptyGraph() {
        driver.executableQuery("MATCH (n) WHERE NOT n:SchemaVersion DETACH DELETE n").execute();
    }

    /** A hub {@code id} met {@code spokes} states of its own, each in one article. */
    private List<ArticleNode> hub(String id, int spokes, int reports) {
        List<ArticleNode> articles = new ArrayList<>();
        List<EntityNode> entities = new ArrayList<>(List.of(GraphWriterTest.state(id, id)));
        List<FactNode> facts = new ArrayList<>();
        for (int i = 0; i < spokes; i++) {
            String spoke = id + "S" + i;
            entities.add(GraphWriterTest.state(spoke, spoke));
            facts.add(GraphWriterTest.fact(id + "f" + i, "MEETING", id, spoke, "active", null, "2025-03-01", 0.8));
        }
        // the hub's tie to the start: reported `reports` times, so that the stronger hub is expanded first
        entities.add(GraphWriterTest.state("AAA", "AAA"));
        for (int r = 0; r < reports; r++) {
            articles.add(new ArticleNode(id + "-tie" + r, "https://example.test/" + id + r, "tie", "en", "2025-03-01",
                    "test", id + "tie" + r, "text", List.of(GraphWriterTest.state("AAA", "AAA"),
                            GraphWriterTest.state(id, id)),
                    List.of(GraphWriterTest.fact(id + "t" + r, "ALLIANCE", "AAA", id, "active", null, "2025-03-01",
                            0.8))));
        }
        articles.add(new ArticleNode(id + "-spokes", "https://example.test/" + id, "spokes", "en", "2025-03-01", "test",
                id + "spokes", "text", entities, facts));
        return articles;
    }

    @Test
    void shouldExpandTheStrongerHubAndLeaveTheOtherOutWhenTheirEdgesExceedTheBudget() {
        // limit 20 → a step keeps at most 100 edges and the walk reads at most 500
        writer.writeArticles(hub("BBB", 300, 3));
        writer.writeArticles(hub("CCC", 300, 1));

        var walk = reader.neighborhood("AAA", 2, new GraphReader.RelationFilter(null, null, null, 1, null), 20);

        List<String> ids = walk.nodes().stream().map(GraphReader.GraphNode::id).toList();
        assertThat(ids).contains("AAA", "BBB", "CCC").hasSizeLessThanOrEqualTo(20);
        assertThat(ids).anyMatch(n -> n.startsWith("BBBS")).noneMatch(n -> n.startsWith("CCCS"));
        assertThat(walk.truncated()).isTrue();

        // with room for both hubs' edges, both are expanded
        var wide = reader.neighborhood("AAA", 2, new GraphReader.RelationFilter(null, null, null, 1, null), 2000);
        List<String> all = wide.nodes().stream().map(GraphReader.GraphNode::id).toList();
        assertThat(all).hasSize(603).anyMatch(n -> n.startsWith("CCCS"));
        assertThat(wide.truncated()).isFalse();
    }
}
