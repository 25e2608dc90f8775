package org.entente.graph;

import static org.entente.graph.GraphUnavailableException.unlessUnavailable;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * Writes articles and curated datasets: one managed write transaction per batch (retried by the driver on
 * transient errors), so a batch is stored whole or not at all. Summary relationships are re-derived from the Fact
 * nodes of every key whose older facts changed, and the facts of new articles are folded into theirs, in the same
 * transaction.
 */
@Singleton
public class GraphWriter {

    /** Keys refreshed per statement during a full rebuild. */
    private static final int REBUILD_CHUNK = 2000;

    private final Driver driver;
    private final CypherLibrary cypher;
    private final TransactionConfig txConfig;
    /** Curated datasets are loaded in one transaction of thousands of facts: allow it ten write timeouts. */
    private final TransactionConfig datasetTxConfig;
    /** Shares the driver's bookmarks, so that reads after a write see it, on a cluster too. */
    private final SessionConfig sessions;

    GraphWriter(Driver driver, CypherLibrary cypher, GraphConfig config) {
        this.driver = driver;
        this.cypher = cypher;
        this.txConfig = TransactionConfig.builder().withTimeout(config.writeTimeout()).build();
        this.datasetTxConfig = TransactionConfig.builder().withTimeout(config.writeTimeout().multipliedBy(10)).build();
        this.sessions = SessionConfig.builder().withBookmarkManager(driver.executableQueryBookmarkManager()).build();
        // fail at start, not at the first write, when a statement is missing
        for (String file : List.of("article-hashes", "delete-article-facts", "merge-entities", "merge-articles",
                "create-article-facts", "delete-dataset-facts", "merge-dataset", "create-dataset-facts",
                "refresh-summaries", "add-to-summaries", "lock-entities", "all-summary-keys", "delete-all-summaries")) {
            cypher.text("write/" + file + ".cypher");
        }
    }

    /** Writes a batch of articles in one transaction; unchanged articles (same id and content) are skipped. */
    public List<WriteResult> writeArticles(List<ArticleNode> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        return unlessUnavailable(() -> {
            try (var session = driver.session(sessions)) {
                return session.executeWrite(tx -> writeArticles(tx, batch), txConfig);
            }
        });
    }

    private List<WriteResult> writeArticles(TransactionContext tx, List<ArticleNode> batch) {
        // the last version of an id in the batch wins, as if they had come one after another
        Map<String, ArticleNode> byId = new LinkedHashMap<>();
        batch.forEach(a -> byId.put(a.id(), a));
        Map<String, String> stored = new HashMap<>();
        tx.run(cypher.text("write/article-hashes.cypher"), Map.of("ids", List.copyOf(byId.keySet())))
                .forEachRemaining(r -> stored.put(r.get("id").asString(), r.get("hash").asString(null)));

        List<ArticleNode> changed = byId.values().stream()
                .filter(a -> !a.contentHash().equals(stored.get(a.id()))).toList();
        if (!changed.isEmpty()) {
            Map<String, EntityNode> entities = new TreeMap<>();
            changed.forEach(a -> a.entities().forEach(e -> entities.merge(e.id(), e, EntityNode::mergedWith)));
            lock(tx, entities.keySet());
            // the summaries an older version fed are re-derived whole; the others only gain new sources
            Set<Map<String, Object>> rederive = new HashSet<>();
            List<String> replacedIds = changed.stream().map(ArticleNode::id).filter(stored::containsKey).toList();
            if (!replacedIds.isEmpty()) {
                tx.run(cypher.text("write/delete-article-facts.cypher"), Map.of("ids", replacedIds))
                        .forEachRemaining(r -> rederive.add(withRel(r.get("key").asMap())));
            }
            List<Map<String, Object>> articles = new ArrayList<>();
            List<Map<String, Object>> facts = new ArrayList<>();
            for (ArticleNode a : changed) {
                articles.add(articleParameters(a));
                a.facts().forEach(f -> facts.add(f.toParameters(a.id(), "news")));
            }
            tx.run(cypher.text("write/merge-entities.cypher"),
                    Map.of("entities", entities.values().stream().map(EntityNode::toParameters).toList())).consume();
            tx.run(cypher.text("write/merge-articles.cypher"), Map.of("articles", articles)).consume();
            tx.run(cypher.text("write/create-article-facts.cypher"), Map.of("facts", facts)).consume();
            refresh(tx, rederive);
            List<Map<String, Object>> deltas = SummaryDelta.of(changed, rederive);
            if (!deltas.isEmpty()) {
                tx.run(cypher.text("write/add-to-summaries.cypher"), Map.of("deltas", deltas)).consume();
            }
        }
        List<WriteResult> results = new ArrayList<>();
        for (ArticleNode a : byId.values()) {
            String outcome = !stored.containsKey(a.id()) ? "created"
                    : a.contentHash().equals(stored.get(a.id())) ? "unchanged" : "replaced";
            results.add(new WriteResult(a.id(), outcome, a.entities().size(), a.facts().size()));
        }
        return results;
    }

    /**
     * Replaces everything a curated dataset said with {@code facts}, in one transaction: loading the same data
     * twice gives the same graph.
     */
    public int replaceDataset(String datasetId, String name, String version, List<EntityNode> entities,
            List<FactNode> facts) {
        Set<Map<String, Object>> keys = new HashSet<>();
        unlessUnavailable(() -> {
            try (var session = driver.session(sessions)) {
                session.executeWriteWithoutResult(tx -> writeDataset(tx, datasetId, name, version, entities, facts,
                        keys), datasetTxConfig);
            }
            // Summaries follow in their own transactions: index seeks inside the transaction that created
            // thousands of facts must also scan its uncommitted state, which made one big transaction quadratic.
            // Should this step fail, the facts are complete and `entente rebuild` derives the summaries again.
            refreshInChunks(List.copyOf(keys));
            return null;
        });
        return facts.size();
    }

    private void writeDataset(TransactionContext tx, String datasetId, String name, String version,
            List<EntityNode> entities, List<FactNode> facts, Set<Map<String, Object>> keys) {
        keys.clear(); // the driver may run this again after a transient failure
        lock(tx, entities.stream().map(EntityNode::id).toList());
        tx.run(cypher.text("write/delete-dataset-facts.cypher"), Map.of("dataset", datasetId))
                .forEachRemaining(r -> keys.add(withRel(r.get("key").asMap())));
        tx.run(cypher.text("write/merge-dataset.cypher"),
                Map.of("dataset", datasetId, "name", name, "version", version)).consume();
        tx.run(cypher.text("write/merge-entities.cypher"),
                Map.of("entities", entities.stream().map(EntityNode::toParameters).toList())).consume();
        List<Map<String, Object>> params = new ArrayList<>();
        for (FactNode f : facts) {
            params.add(f.toParameters(datasetId, "dataset"));
            keys.add(key(f));
        }
        tx.run(cypher.text("write/create-dataset-facts.cypher"), Map.of("facts", params)).consume();
    }

    /** Merges entities (names accumulate), for example the whole catalog so every state can be found by name. */
    public void mergeEntities(List<EntityNode> entities) {
        unlessUnavailable(() -> {
            try (var session = driver.session(sessions)) {
                session.executeWriteWithoutResult(tx -> tx.run(cypher.text("write/merge-entities.cypher"),
                        Map.of("entities", entities.stream().map(EntityNode::toParameters).toList())).consume(),
                        txConfig);
            }
            return null;
        });
    }

    /** Drops every summary relationship and derives them again from the Fact nodes; returns how many exist. */
    public long rebuildSummaries() {
        return unlessUnavailable(() -> {
            try (var session = driver.session(sessions)) {
                // CALL { } IN TRANSACTIONS needs an auto-commit transaction
                session.run(cypher.text("write/delete-all-summaries.cypher")).consume();
            }
            List<Map<String, Object>> keys = driver.executableQuery(cypher.text("write/all-summary-keys.cypher"))
                    .execute().records().stream().map(r -> withRel(r.asMap())).toList();
            refreshInChunks(keys);
            return (long) keys.size();
        });
    }

    private void refreshInChunks(List<Map<String, Object>> keys) {
        try (var session = driver.session(sessions)) {
            for (int i = 0; i < keys.size(); i += REBUILD_CHUNK) {
                List<Map<String, Object>> chunk = keys.subList(i, Math.min(keys.size(), i + REBUILD_CHUNK));
                session.executeWriteWithoutResult(tx -> {
                    lock(tx, chunk.stream().flatMap(k -> Stream.of((String) k.get("s"), (String) k.get("o"))).toList());
                    refresh(tx, Set.copyOf(chunk));
                }, txConfig);
            }
        }
    }

    /** Locks the entities in id order (see lock-entities.cypher). */
    private void lock(TransactionContext tx, Collection<String> ids) {
        tx.run(cypher.text("write/lock-entities.cypher"), Map.of("ids", List.copyOf(new TreeSet<>(ids)))).consume();
    }

    private void refresh(TransactionContext tx, Set<Map<String, Object>> keys) {
        if (!keys.isEmpty()) {
            tx.run(cypher.text("write/refresh-summaries.cypher"), Map.of("keys", List.copyOf(keys))).consume();
        }
    }

    static Map<String, Object> key(FactNode f) {
        return Map.of("type", f.type(), "s", f.subjectId(), "o", f.objectId(), "rel",
                RelationTypes.summaryOf(f.type()));
    }

    private static Map<String, Object> withRel(Map<String, Object> key) {
        String type = (String) key.get("type");
        return Map.of("type", type, "s", key.get("s"), "o", key.get("o"), "rel", RelationTypes.summaryOf(type));
    }

    private static Map<String, Object> articleParameters(ArticleNode a) {
        var p = new HashMap<String, Object>();
        p.put("id", a.id());
        p.put("url", a.url());
        p.put("title", a.title());
        p.put("lang", a.lang());
        p.put("published", a.published());
        p.put("source", a.source());
        p.put("contentHash", a.contentHash());
        p.put("text", a.text());
        p.put("entityCount", a.entities().size());
        p.put("factCount", a.facts().size());
        return p;
    }
}
