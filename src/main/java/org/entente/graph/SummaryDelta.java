package org.entente.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the facts of new articles add to each summary key, aggregated the way refresh-summaries.cypher aggregates all
 * the facts of a key (the parameters of add-to-summaries.cypher). Planned facts don't count.
 */
final class SummaryDelta {
    private final String type;
    private final String subjectId;
    private final String objectId;
    /** Best confidence of each source (article id). */
    private final Map<String, Double> best = new TreeMap<>();
    private final Set<String> roles = new TreeSet<>();
    private int factCount;
    private String firstSeen;
    private String lastSeen;
    private String validFrom;
    private String lastActive;
    private String lastEnd;

    private SummaryDelta(String type, String subjectId, String objectId) {
        this.type = type;
        this.subjectId = subjectId;
        this.objectId = objectId;
    }

    /** The deltas of the given articles' facts, leaving out the keys in {@code skip} (they are re-derived whole). */
    static List<Map<String, Object>> of(Collection<ArticleNode> articles, Set<Map<String, Object>> skip) {
        Map<List<String>, SummaryDelta> byKey = new LinkedHashMap<>();
        for (ArticleNode a : articles) {
            for (FactNode f : a.facts()) {
                if ("planned".equals(f.status()) || skip.contains(GraphWriter.key(f))) {
                    continue;
                }
                byKey.computeIfAbsent(List.of(f.type(), f.subjectId(), f.objectId()),
                        k -> new SummaryDelta(f.type(), f.subjectId(), f.objectId())).add(a.id(), f);
            }
        }
        return byKey.values().stream().map(SummaryDelta::toParameters).toList();
    }

    private void add(String source, FactNode f) {
        best.merge(source, f.confidence(), Math::max);
        if (f.role() != null) {
            roles.add(f.role());
        }
        factCount++;
        firstSeen = min(firstSeen, f.seen());
        lastSeen = max(lastSeen, f.seen());
        validFrom = min(min(validFrom, f.date()), f.seen());
        if ("active".equals(f.status())) {
            lastActive = max(lastActive, f.seen());
        } else if ("lifted".equals(f.status()) || "ended".equals(f.status())) {
            lastEnd = max(lastEnd, f.endDate() != null ? f.endDate() : f.seen());
        }
    }

    private Map<String, Object> toParameters() {
        double miss = 1.0;
        for (double c : best.values()) {
            miss *= 1.0 - c;
        }
        var p = new HashMap<String, Object>();
        p.put("type", type);
        p.put("s", subjectId);
        p.put("o", objectId);
        p.put("rel", RelationTypes.summaryOf(type));
        p.put("sources", new ArrayList<>(best.keySet()));
        p.put("roles", new ArrayList<>(roles));
        p.put("factCount", factCount);
        p.put("firstSeen", firstSeen);
        p.put("lastSeen", lastSeen);
        p.put("validFrom", validFrom);
        p.put("lastActive", lastActive);
        p.put("lastEnd", lastEnd);
        p.put("miss", miss);
        return p;
    }

    private static String min(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
