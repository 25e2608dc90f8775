package org.entente.graph;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/**
 * The read side of the graph: entities, summary relations, facts, neighbourhoods, paths and counts. Every query runs
 * in a read transaction of a session whose default access mode is READ; the Cypher lives in {@code cypher/read/}.
 * Results are plain records and maps, so callers never see the driver. Parameters are expected to be validated by
 * the caller (types known, dates well formed, ids non-blank).
 */
@Singleton
public class GraphReader {

    /** An entity as other answers refer to it. */
    /** An entity as other answers name it; {@code region} is set for states (the dashboard colours by it). */
    public record EntityRef(String id, String kind, String name, String region) {
    }

    /** A search hit. */
    public record EntityHit(String id, String kind, String name, String region, double score) {
    }

    public record Office(EntityRef of, List<String> roles, String validFrom, String validTo, Long sourceCount) {
    }

    public record Holder(EntityRef person, List<String> roles, String validFrom, String validTo, Long sourceCount) {
    }

    public record Membership(EntityRef organization, String validFrom, String validTo, Long sourceCount) {
    }

    public record Member(EntityRef state, String validFrom, String validTo) {
    }

    /** Everything known about one entity. */
    public record EntityDetail(String id, String kind, String name, String region, Boolean catalogued,
            Map<String, List<String>> names, List<Office> offices, List<Holder> holders,
            List<Membership> memberships, List<Member> members, Map<String, Long> relationCounts) {
    }

    /** A summary relationship: the aggregate of every fact of one (type, subject, object). */
    public record Relation(String type, String relationship, boolean symmetric, EntityRef subject, EntityRef object,
            List<String> sources, Long sourceCount, Long newsSources, List<String> datasets, Long factCount,
            String firstSeen, String lastSeen, String validFrom, String validTo, String status, Double confidence) {
    }

    public record ArticleRef(String id, String title, String url, String published, String lang) {
    }

    public record DatasetRef(String id, String name) {
    }

    /** One claim of one source, with its evidence. */
    public record FactView(String id, String type, EntityRef subject, EntityRef object, String status, String date,
            String endDate, Double confidence, String sentence, Long start, Long end, String trigger, String role,
            String rate, String goods, String reason, String source, ArticleRef article, DatasetRef dataset) {
    }

    /** One page of results and how many there are in all. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** Filters shared by relations, neighbourhoods and exports; null means "no filter". */
    public record RelationFilter(List<String> types, String entity, String asOf, int minSources, String source) {

        /** Relationship types of the fact types (all of them when none are given), for {@link GraphReader#typed}. */
        List<String> relationships() {
            return (types == null || types.isEmpty() ? RelationTypes.SUMMARY.keySet().stream().sorted().toList()
                    : types).stream().map(RelationTypes::summaryOf).distinct().toList();
        }

        Map<String, Object> parameters() {
            var p = new HashMap<String, Object>();
            p.put("entity", entity);
            p.put("asOf", asOf);
            p.put("minSources", minSources);
            p.put("source", source == null || source.equals("all") ? null : source);
            return p;
        }
    }

    public record FactFilter(String type, String subject, String object, String entity, String from, String to,
            String source) {
    }

    public record GraphNode(String id, String kind, String name, String region, int degree) {
    }

    public record GraphEdge(String id, String source, String target, String type, String relationship,
            boolean symmetric, Long sourceCount, Double confidence, String validFrom, String validTo,
            String status) {
    }

    public record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {
    }

    public record Between(EntityRef a, EntityRef b, List<Relation> relations, List<FactView> timeline) {
    }

    public record PathView(List<GraphNode> nodes, List<GraphEdge> edges) {
    }

    public record Stats(Map<String, Long> labels, Map<String, Long> relationships, Map<String, Long> facts,
            Map<String, Long> articlesByLang, String lastIngest) {
    }

    /**
     * Sources a relation listing shows at most per edge ({@code sourceCount} counts them all): a hot pair has
     * thousands, which would make every page that lists it heavy; the pair's own answer and its facts give them all.
     */
    public static final int SOURCES_SHOWN = 20;
    /** Facts shown at most on the timeline between two entities. */
    public static final int TIMELINE_LIMIT = 500;
    /** Edges one step of a neighbourhood walk keeps at most, strongest first. */
    static final int STEP_EDGES = 5000;
    /**
     * Edges a step keeps per node the answer may hold (at least 100): three per node makes a drawing of a few hundred
     * nodes already dense, and every edge more costs the database, the wire and the browser's layout.
     */
    static final int STEP_EDGES_PER_NODE = 3;
    /**
     * A neighbourhood walk reads at most this many times the edges one step may keep, all steps together: a depth-2
     * walk from a hub would otherwise read nearly every summary edge of the graph to keep a few thousand, and a
     * bound on the whole walk bounds the time of any request.
     */
    static final int WALK_READ_FACTOR = 5;

    private final Driver driver;
    private final CypherLibrary cypher;
    /** Read sessions (routed to readers on a cluster) sharing the writer's bookmarks: reads see committed writes. */
    private final SessionConfig readSession;
    private final TransactionConfig txConfig = TransactionConfig.builder().withTimeout(Duration.ofSeconds(30))
            .build();

    GraphReader(Driver driver, CypherLibrary cypher) {
        this.readSession = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build();
        this.driver = driver;
        this.cypher = cypher;
        for (String file : List.of("entity-search", "entity", "entity-refs", "relations", "relations-of-entity",
                "relations-between", "timeline-between", "facts", "facts-count", "facts-of-entity",
                "neighborhood-step", "degrees", "nodes", "path", "stats")) {
            cypher.text("read/" + file + ".cypher");
        }
    }

    // ---- entities ----------------------------------------------------------------------------------------------

    /**
     * Entities matching a query in any language. {@code folded} is the query folded for search, {@code raw} as
     * typed (ids of people are case-sensitive titles).
     */
    public List<EntityHit> searchEntities(String raw, String folded, String kind, int limit) {
        var p = new HashMap<String, Object>();
        p.put("raw", raw.strip());
        p.put("id", raw.strip().toUpperCase(java.util.Locale.ROOT));
        p.put("q", folded);
        p.put("lucene", lucene(folded));
        p.put("kind", kind);
        p.put("limit", limit);
        return read("entity-search", p).stream().map(r -> new EntityHit(r.get("id").asString(),
                r.get("kind").asString(null), r.get("name").asString(null), r.get("region").asString(null),
                r.get("score").asDouble())).toList();
    }

    /** A Lucene query giving every folded word as a prefix, special characters escaped. */
    static String lucene(String folded) {
        List<String> terms = new ArrayList<>();
        for (String word : folded.split("\\s+")) {
            if (word.isBlank()) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (char c : word.toCharArray()) {
                if ("+-&|!(){}[]^\"~*?:\\/'".indexOf(c) >= 0) {
                    b.append('\\');
                }
                b.append(c);
            }
            terms.add(b + "*");
        }
        return terms.isEmpty() ? "\"\"" : String.join(" AND ", terms);
    }

    /** The entity, or null when unknown. */
    public EntityDetail entity(String id) {
        List<Record> rows = read("entity", Map.of("id", id));
        if (rows.isEmpty()) {
            return null;
        }
        Record r = rows.get(0);
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("en", r.get("en").asList(v -> v.asString()));
        names.put("ar", r.get("ar").asList(v -> v.asString()));
        names.put("fr", r.get("fr").asList(v -> v.asString()));
        List<Office> offices = maps(r.get("offices").asObject()).stream().map(m -> new Office(ref(m.get("of")),
                strings(m.get("roles")), str(m, "validFrom"), str(m, "validTo"), lng(m, "sourceCount"))).toList();
        List<Holder> holders = maps(r.get("holders").asObject()).stream().map(m -> new Holder(ref(m.get("person")),
                strings(m.get("roles")), str(m, "validFrom"), str(m, "validTo"), lng(m, "sourceCount"))).toList();
        List<Membership> memberships = maps(r.get("memberships").asObject()).stream().map(m -> new Membership(
                ref(m.get("organization")), str(m, "validFrom"), str(m, "validTo"), lng(m, "sourceCount"))).toList();
        List<Member> members = maps(r.get("members").asObject()).stream().map(m -> new Member(ref(m.get("state")),
                str(m, "validFrom"), str(m, "validTo"))).toList();
        Map<String, Long> counts = new TreeMap<>();
        for (Object pair : (List<?>) r.get("relationCounts").asObject()) {
            List<?> kv = (List<?>) pair;
            counts.put((String) kv.get(0), ((Number) kv.get(1)).longValue());
        }
        return new EntityDetail(r.get("id").asString(), r.get("kind").asString(null), r.get("name").asString(null),
                r.get("region").asString(null), r.get("catalogued").isNull() ? null : r.get("catalogued").asBoolean(),
                names, offices, holders, memberships, members, counts);
    }

    /** The given ids that are entities, as references. */
    public Map<String, EntityRef> refs(List<String> ids) {
        Map<String, EntityRef> found = new LinkedHashMap<>();
        read("entity-refs", Map.of("ids", ids)).forEach(r -> found.put(r.get("id").asString(),
                new EntityRef(r.get("id").asString(), r.get("kind").asString(null), r.get("name").asString(null),
                        r.get("region").asString(null))));
        return found;
    }

    // ---- relations ---------------------------------------------------------------------------------------------

    public Page<Relation> relations(RelationFilter filter, int page, int size) {
        var p = filter.parameters();
        p.put("skip", (long) page * size);
        p.put("size", size);
        p.put("sourcesShown", SOURCES_SHOWN);
        String file = filter.entity() == null ? "relations" : "relations-of-entity";
        List<Record> rows = run(typed(file, filter.relationships()), p);
        if (rows.isEmpty()) {
            return new Page<>(List.of(), page, size, 0); // unknown entity
        }
        Record r = rows.get(0);
        List<Relation> items = maps(r.get("items").asObject()).stream().map(GraphReader::relation).toList();
        return new Page<>(items, page, size, r.get("total").asLong());
    }

    /** Everything between two entities, or null when either is unknown. */
    public Between between(String a, String b) {
        Map<String, EntityRef> refs = refs(List.of(a, b));
        if (!refs.containsKey(a) || !refs.containsKey(b)) {
            return null;
        }
        List<Relation> relations = read("relations-between", Map.of("a", a, "b", b)).stream()
                .map(r -> relation(map(r.get("relation").asObject()))).toList();
        List<FactView> timeline = read("timeline-between", Map.of("a", a, "b", b, "limit", TIMELINE_LIMIT))
                .stream().map(r -> fact(map(r.get("fact").asObject()))).toList();
        return new Between(refs.get(a), refs.get(b), relations, timeline);
    }

    // ---- facts -------------------------------------------------------------------------------------------------

    public Page<FactView> facts(FactFilter filter, int page, int size) {
        var p = new HashMap<String, Object>();
        p.put("type", filter.type());
        p.put("subject", filter.subject());
        p.put("object", filter.object());
        p.put("entity", filter.entity());
        p.put("from", filter.from());
        // a bound of '2024' or '2024-06' takes in the whole period
        p.put("to", filter.to() == null ? null : filter.to() + "\uffff");
        p.put("source", filter.source() == null || filter.source().equals("all") ? null : filter.source());
        p.put("skip", (long) page * size);
        p.put("size", size);
        String anchor = filter.subject() != null ? filter.subject()
                : filter.object() != null ? filter.object() : filter.entity();
        if (anchor != null) {
            p.put("anchor", anchor);
            List<Record> rows = read("facts-of-entity", p);
            long total = rows.isEmpty() ? 0 : rows.get(0).get("total").asLong();
            List<FactView> items = rows.stream().filter(r -> !r.get("fact").isNull())
                    .map(r -> fact(map(r.get("fact").asObject()))).toList();
            return new Page<>(items, page, size, total);
        }
        List<FactView> items = read("facts", p).stream().map(r -> fact(map(r.get("fact").asObject()))).toList();
        long total = read("facts-count", p).get(0).get("total").asLong();
        return new Page<>(items, page, size, total);
    }

    // ---- graph -------------------------------------------------------------------------------------------------

    /**
     * The entities within {@code depth} hops of {@code id} over edges passing the filter, and those edges: a walk
     * in steps, the strongest edges first, stopping at {@code limit} nodes. Each step expands its frontier
     * strongest-first within what is left of one {@link WalkBudget} of {@link #WALK_READ_FACTOR} times the edges a
     * step may keep: the start is always expanded, a later frontier entity whose edges would exceed what is left is
     * not. {@code truncated} says
     * when the node limit, the edge limit or the budget left something out. The whole walk reads one snapshot (one
     * read transaction). Null when the entity is unknown.
     */
    public Subgraph neighborhood(String id, int depth, RelationFilter filter, int limit) {
        List<String> rels = filter.relationships();
        String step = typed("neighborhood-step", rels);
        String degrees = typed("degrees", rels);
        var base = new RelationFilter(filter.types(), null, filter.asOf(), filter.minSources(), filter.source())
                .parameters();
        int maxEdges = Math.min(STEP_EDGES, Math.max(100, STEP_EDGES_PER_NODE * limit));
        base.put("maxEdges", maxEdges);
        long readBudget = (long) WALK_READ_FACTOR * maxEdges;
        return GraphUnavailableException.unlessUnavailable(() -> {
            try (var session = driver.session(readSession)) {
                return session.executeRead(tx -> {
                    Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
                    Map<String, GraphEdge> edges = new LinkedHashMap<>();
                    boolean truncated = false;
                    nodes.put(id, null); // every node is described at the end, in one read
                    List<String> frontier = List.of(id);
                    Set<String> expanded = new HashSet<>();
                    var budget = new WalkBudget(readBudget); // inside: a retried transaction starts afresh
                    for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
                        Map<String, Long> degree = new HashMap<>();
                        tx.run(degrees, Map.of("ids", frontier)).list()
                                .forEach(r -> degree.put(r.get("id").asString(), r.get("degree").asLong()));
                        if (d == 0 && degree.isEmpty()) {
                            return null; // no such entity
                        }
                        List<String> expand = budget.take(frontier, degree, d == 0);
                        truncated |= expand.size() < frontier.size();
                        if (expand.isEmpty()) {
                            break;
                        }
                        expanded.addAll(frontier);
                        var p = new HashMap<>(base);
                        p.put("frontier", expand);
                        List<Record> rows = tx.run(step, p).list();
                        if (rows.size() >= maxEdges) {
                            truncated = true;
                        }
                        List<String> next = new ArrayList<>();
                        for (Record r : rows) {
                            String otherId = r.get("other").asString();
                            if (!nodes.containsKey(otherId)) {
                                if (nodes.size() >= limit) {
                                    truncated = true;
                                    continue;
                                }
                                nodes.put(otherId, null); // described below, once
                                next.add(otherId);
                            }
                            GraphEdge edge = stepEdge(r);
                            edges.putIfAbsent(edge.id(), edge);
                        }
                        frontier = next.stream().filter(n -> !expanded.contains(n)).toList();
                    }
                    List<String> reached = nodes.keySet().stream().filter(n -> nodes.get(n) == null).toList();
                    tx.run(cypher.text("read/nodes.cypher"), Map.of("ids", reached)).list().forEach(r -> {
                        Map<String, Object> node = r.get("node").asMap();
                        nodes.put((String) node.get("id"), node);
                    });
                    return new Subgraph(graphNodes(nodes.values().stream().filter(java.util.Objects::nonNull).toList(),
                            edges.values()), List.copyOf(edges.values()), truncated);
                }, txConfig);
            }
        });
    }

    /** An edge of a neighbourhood step's row (read/neighborhood-step.cypher), oriented subject → object. */
    private static GraphEdge stepEdge(Record r) {
        boolean outgoing = r.get("outgoing").asBoolean();
        String near = r.get("near").asString();
        String other = r.get("other").asString();
        return summaryEdge(r.get("relationship").asString(), outgoing ? near : other, outgoing ? other : near,
                r.get("sourceCount").isNull() ? null : r.get("sourceCount").asLong(),
                r.get("confidence").isNull() ? null : r.get("confidence").asDouble(),
                r.get("validFrom").asString(null), r.get("validTo").asString(null), r.get("status").asString(null));
    }

    /** A summary edge of a graph answer: its id, fact type and symmetry follow from the relationship and its ends. */
    private static GraphEdge summaryEdge(String relationship, String source, String target, Long sourceCount,
            Double confidence, String validFrom, String validTo, String status) {
        String type = RelationTypes.factTypeOf(relationship);
        return new GraphEdge(edgeId(relationship, source, target), source, target, type, relationship,
                type != null && RelationTypes.SYMMETRIC.contains(type), sourceCount, confidence, validFrom, validTo,
                status);
    }

    /**
     * The id of a summary edge in graph answers: its key, {@code RELATIONSHIP:subject:object} (there is one summary
     * edge per key). Unlike a database element id it is readable, stays the same when the graph is rebuilt or
     * copied, and is the id the dashboard gives edges of relation listings.
     */
    static String edgeId(String relationship, String source, String target) {
        return relationship + ":" + source + ":" + target;
    }

    /** Shortest paths between two entities over the given types; null when either is unknown. */
    public List<PathView> paths(String from, String to, List<String> types, int maxLength, int limit) {
        Map<String, EntityRef> refs = refs(List.of(from, to));
        if (!refs.containsKey(from) || !refs.containsKey(to)) {
            return null;
        }
        if (from.equals(to)) {
            return List.of();
        }
        var p = new HashMap<String, Object>();
        p.put("from", from);
        p.put("to", to);
        p.put("maxLength", maxLength);
        p.put("limit", limit);
        return run(typed("path", new RelationFilter(types, null, null, 0, null).relationships()), p).stream().map(r -> {
            List<GraphEdge> edges = maps(r.get("edges").asObject()).stream().map(GraphReader::edge).toList();
            List<Map<String, Object>> ns = maps(r.get("nodes").asObject());
            return new PathView(graphNodes(ns, edges), edges);
        }).toList();
    }

    // ---- counts ------------------------------------------------------------------------------------------------

    public Stats stats() {
        var p = Map.<String, Object>of("rels", RelationTypes.SUMMARY.values().stream().distinct().sorted().toList(),
                "types", RelationTypes.SUMMARY.keySet().stream().sorted().toList());
        Record r = read("stats", p).get(0);
        Map<String, Long> labels = new LinkedHashMap<>();
        labels.put("State", r.get("states").asLong());
        labels.put("Person", r.get("persons").asLong());
        labels.put("Organization", r.get("organizations").asLong());
        labels.put("Article", r.get("articles").asLong());
        labels.put("Fact", r.get("facts").asLong());
        return new Stats(labels, pairs(r.get("relationships").asObject()), pairs(r.get("factTypes").asObject()),
                pairs(r.get("langs").asObject()), r.get("lastIngest").asString(null));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** The placeholder of a read query's relationship pattern that {@link #typed} fills. */
    static final String RELS = "{{RELS}}";

    /**
     * The text of {@code cypher/read/<file>.cypher} with its {@value #RELS} placeholder replaced by the given
     * summary relationship types ({@code ALLIED_WITH|SANCTIONS}). Only names of {@link RelationTypes#SUMMARY} are
     * accepted, never text from a request, so the pattern names exactly the types asked for and Neo4j reads no
     * other relationship.
     */
    String typed(String file, List<String> relationships) {
        if (relationships.isEmpty()) {
            throw new IllegalArgumentException("no relationship type for " + file);
        }
        for (String rel : relationships) {
            if (!RelationTypes.SUMMARY.containsValue(rel)) {
                throw new IllegalArgumentException("not a summary relationship type: " + rel);
            }
        }
        String text = cypher.text("read/" + file + ".cypher");
        if (!text.contains(RELS)) {
            throw new IllegalStateException("read/" + file + ".cypher has no " + RELS + " placeholder");
        }
        return text.replace(RELS, String.join("|", relationships.stream().sorted().toList()));
    }

    private List<Record> read(String file, Map<String, Object> params) {
        return run(cypher.text("read/" + file + ".cypher"), params);
    }

    private List<Record> run(String query, Map<String, Object> params) {
        return GraphUnavailableException.unlessUnavailable(() -> {
            try (var session = driver.session(readSession)) {
                return session.executeRead(tx -> tx.run(query, params).list(), txConfig);
            }
        });
    }

    private static List<GraphNode> graphNodes(java.util.Collection<Map<String, Object>> nodes,
            java.util.Collection<GraphEdge> edges) {
        Map<String, Integer> degree = new HashMap<>();
        for (GraphEdge e : edges) {
            degree.merge(e.source(), 1, Integer::sum);
            degree.merge(e.target(), 1, Integer::sum);
        }
        Set<String> seen = new LinkedHashSet<>();
        List<GraphNode> result = new ArrayList<>();
        for (Map<String, Object> n : nodes) {
            String nid = (String) n.get("id");
            if (seen.add(nid)) {
                result.add(new GraphNode(nid, str(n, "kind"), str(n, "name"), str(n, "region"),
                        degree.getOrDefault(nid, 0)));
            }
        }
        return result;
    }

    private static Map<String, Long> pairs(Object list) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Object pair : (List<?>) list) {
            List<?> kv = (List<?>) pair;
            m.put((String) kv.get(0), ((Number) kv.get(1)).longValue());
        }
        return m;
    }

    static Relation relation(Map<String, Object> m) {
        String type = str(m, "type");
        return new Relation(type, str(m, "relationship"), type != null && RelationTypes.SYMMETRIC.contains(type),
                ref(m.get("subject")), ref(m.get("object")), strings(m.get("sources")), lng(m, "sourceCount"),
                lng(m, "newsSources"), strings(m.get("datasets")), lng(m, "factCount"), str(m, "firstSeen"),
                str(m, "lastSeen"), str(m, "validFrom"), str(m, "validTo"), str(m, "status"),
                dbl(m, "confidence"));
    }

    static FactView fact(Map<String, Object> m) {
        Map<String, Object> a = map(m.get("article"));
        Map<String, Object> d = map(m.get("dataset"));
        return new FactView(str(m, "id"), str(m, "type"), ref(m.get("subject")), ref(m.get("object")),
                str(m, "status"), str(m, "date"), str(m, "endDate"), dbl(m, "confidence"), str(m, "sentence"),
                lng(m, "start"), lng(m, "end"), str(m, "trigger"), str(m, "role"), str(m, "rate"), str(m, "goods"),
                str(m, "reason"), str(m, "source"),
                a == null ? null : new ArticleRef(str(a, "id"), str(a, "title"), str(a, "url"), str(a, "published"),
                        str(a, "lang")),
                d == null ? null : new DatasetRef(str(d, "id"), str(d, "name")));
    }

    static GraphEdge edge(Map<String, Object> m) {
        return summaryEdge(str(m, "relationship"), str(m, "source"), str(m, "target"), lng(m, "sourceCount"),
                dbl(m, "confidence"), str(m, "validFrom"), str(m, "validTo"), str(m, "status"));
    }

    private static EntityRef ref(Object o) {
        Map<String, Object> m = map(o);
        return m == null || m.get("id") == null ? null : new EntityRef(str(m, "id"), str(m, "kind"), str(m, "name"),
                str(m, "region"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object o) {
        return o instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    private static List<String> strings(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).toList() : null;
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static Long lng(Map<String, Object> m, String key) {
        return m.get(key) instanceof Number n ? n.longValue() : null;
    }

    private static Double dbl(Map<String, Object> m, String key) {
        return m.get(key) instanceof Number n ? n.doubleValue() : null;
    }
}
