package org.entente.graph;

import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;

/** The whole graph as text (nodes, relationships, properties; timestamps left out), to compare before and after. */
public final class GraphSnapshot {

    private GraphSnapshot() {
    }

    public static String of(Driver driver) {
        return String.join("\n", driver.executableQuery("""
                MATCH (n) WHERE NOT n:SchemaVersion
                OPTIONAL MATCH (n)-[r]->(m)
                RETURN labels(n) AS l, n.id AS id, type(r) AS t, m.id AS m,
                       CASE WHEN r IS NULL THEN {} ELSE properties(r) END AS rp, properties(n) AS np
                ORDER BY id, t, m""").execute().records().stream().map(rec -> rec.get("l") + " " + rec.get("id")
                        + " " + rec.get("t") + " " + rec.get("m") + " " + comparable(rec.get("rp").asMap()) + " "
                        + comparable(rec.get("np").asMap())).toList());
    }

    /** Every summary relationship with its properties, comparable as {@link #of} makes them. */
    public static String summaries(Driver driver) {
        return String.join("\n", driver.executableQuery("""
                MATCH (a:Entity)-[r]->(b:Entity) WHERE r.type IS NOT NULL
                RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b""").execute()
                .records().stream().map(rec -> rec.get("a") + " " + rec.get("t") + " " + rec.get("b") + " "
                        + comparable(rec.get("p").asMap())).toList());
    }

    /** Properties without timestamps, with what differs only by the order of writes made equal. */
    private static Map<String, Object> comparable(Map<String, Object> props) {
        var m = new TreeMap<>(props);
        m.keySet().removeIf(k -> k.endsWith("At"));
        // the unrounded product of a summary edge differs in its last bits with the order of its factors
        m.computeIfPresent("miss", (k, v) -> Math.round((Double) v * 1e9) / 1e9);
        // sources and datasets are sets: their order depends on the order facts were folded in
        m.replaceAll((k, v) -> v instanceof java.util.List<?> l ? l.stream().map(String::valueOf).sorted().toList() : v);
        return m;
    }
}
