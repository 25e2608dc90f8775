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
                        + " " + rec.get("t") + " " + rec.get("m") + " " + withoutTimes(rec.get("rp").asMap()) + " "
                        + withoutTimes(rec.get("np").asMap())).toList());
    }

    private static Map<String, Object> withoutTimes(Map<String, Object> props) {
        var m = new TreeMap<>(props);
        m.keySet().removeIf(k -> k.endsWith("At"));
        // the unrounded product of a summary edge differs in its last bits with the order of its factors
        m.computeIfPresent("miss", (k, v) -> Math.round((Double) v * 1e9) / 1e9);
        // sources and datasets are sets: their order depends on the order facts were folded in
        m.replaceAll((k, v) -> v instanceof java.util.List<?> l ? l.stream().map(String::valueOf).sorted().toList() : v);
        return m;
    }
}
