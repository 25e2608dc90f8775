package org.entente.graph;

import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.graph.CypherConsoleException.Reason;
import org.jboss.logging.Logger;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Runs analysts' Cypher read-only. Three independent guards, each enough on its own for writes:
 * <ol>
 * <li>a lexical screen that refuses, outside strings and comments, every write, schema, admin and import clause,
 * {@code USE}, {@code CALL … IN TRANSACTIONS} and any procedure not on a short read-only list;</li>
 * <li>{@code EXPLAIN} first: the planner's query type must be {@code READ_ONLY};</li>
 * <li>the query itself runs in a transaction of a session whose default access mode is READ, so the database
 * refuses any write it would attempt.</li>
 * </ol>
 * Results stop at {@code entente.cypher.max-rows} rows and the database stops the query after
 * {@code entente.cypher.timeout}.
 */
@Singleton
public class CypherConsole {

    private static final Logger LOG = Logger.getLogger(CypherConsole.class);

    /** Words that start a write, schema, admin or import clause, or another database's use. */
    static final Set<String> FORBIDDEN_WORDS = Set.of("CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE",
            "DROP", "LOAD", "FOREACH", "USE", "ALTER", "GRANT", "DENY", "REVOKE", "START", "STOP", "TERMINATE",
            "RENAME", "ENABLE", "DEALLOCATE", "REALLOCATE", "PERIODIC", "TRANSACTIONS", "TRANSACTION", "IMPORT",
            "INSERT");

    /** What may follow SHOW: schema and catalogue listings only (no users, settings, transactions, servers). */
    static final Set<String> SHOWABLE = Set.of("INDEX", "INDEXES", "CONSTRAINT", "CONSTRAINTS", "FUNCTION",
            "FUNCTIONS", "PROCEDURE", "PROCEDURES", "RANGE", "TEXT", "POINT", "VECTOR", "FULLTEXT", "LOOKUP",
            "UNIQUE", "EXISTENCE", "NODE", "RELATIONSHIP", "REL", "KEY", "PROPERTY", "BUILT");

    /** Procedures the console may call: they only read. */
    static final Set<String> READ_PROCEDURES = Set.of("db.labels", "db.relationshiptypes", "db.propertykeys",
            "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
            "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships",
            "db.index.fulltext.listavailableanalyzers");

    /** A query's answer: rows as plain values, and the nodes and relationships they hold, ready to draw. */
    public record Answer(List<String> columns, List<List<Object>> rows, Map<String, Object> graph,
            boolean truncated, long elapsedMs) {
    }

    private final Driver driver;
    private final CypherConsoleConfig config;
    /** Read sessions (routed to readers on a cluster) sharing the writer's bookmarks: reads see committed writes. */
    private final SessionConfig readSession;

    CypherConsole(Driver driver, CypherConsoleConfig config) {
        this.readSession = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build();
        this.driver = driver;
        this.config = config;
    }

    public int maxRows() {
        return config.maxRows();
    }

    /** Checks and runs a query read-only; throws {@link CypherConsoleException} when refused or failed. */
    public Answer run(String query, Map<String, Object> params) {
        long started = System.nanoTime();
        if (query == null || query.isBlank()) {
            throw new CypherConsoleException(Reason.INVALID, "the query is empty: send {\"query\": \"MATCH ...\"}");
        }
        if (query.length() > config.maxQueryLength()) {
            throw new CypherConsoleException(Reason.INVALID, "the query is longer than "
                    + config.maxQueryLength() + " characters (entente.cypher.max-query-length)");
        }
        screen(query);
        Map<String, Object> parameters = params == null ? Map.of() : params;
        TransactionConfig tx = TransactionConfig.builder().withTimeout(config.timeout())
                .withMetadata(Map.of("app", "entente-console")).build();
        try (var session = driver.session(readSession)) {
            // guard 2: the planner's own word on what the query does
            try (var t = session.beginTransaction(tx)) {
                QueryType type = t.run(new Query("EXPLAIN " + query, parameters)).consume().queryType();
                if (type != QueryType.READ_ONLY) {
                    throw new CypherConsoleException(Reason.FORBIDDEN, "the console only reads, and this query "
                            + "would " + describe(type) + " (query type " + type + ")");
                }
                t.rollback();
            }
            // guard 3: a READ transaction; the database refuses any write it would still attempt
            try (var t = session.beginTransaction(tx)) {
                var result = t.run(new Query(query, parameters));
                List<String> columns = result.keys();
                List<List<Object>> rows = new ArrayList<>();
                Map<String, Object> nodes = new LinkedHashMap<>();
                Map<String, Object> edges = new LinkedHashMap<>();
                boolean truncated = false;
                while (result.hasNext()) {
                    if (rows.size() >= config.maxRows()) {
                        truncated = true;
                        break;
                    }
                    var record = result.next();
                    List<Object> row = new ArrayList<>(record.size());
                    for (Value v : record.values()) {
                        row.add(plain(v, nodes, edges));
                    }
                    rows.add(row);
                }
                t.rollback();
                Map<String, Object> graph = nodes.isEmpty() && edges.isEmpty() ? null
                        : Map.of("nodes", List.copyOf(nodes.values()), "edges", List.copyOf(edges.values()));
                return new Answer(columns, rows, graph, truncated, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (CypherConsoleException e) {
            throw e;
        } catch (Neo4jException e) {
            throw translate(e);
        }
    }

    private static String describe(QueryType type) {
        return switch (type) {
            case SCHEMA_WRITE -> "change the schema";
            case WRITE_ONLY, READ_WRITE -> "write to the graph";
            default -> "do something other than read";
        };
    }

    private CypherConsoleException translate(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        String message = e.getMessage() == null ? code : e.getMessage().strip();
        if (code.contains("TransactionTimedOut") || code.endsWith("Transaction.Terminated")
                || code.endsWith("TransactionMarkedAsFailed") && message.contains("timeout")) {
            return new CypherConsoleException(Reason.TIMEOUT, "the query ran longer than "
                    + config.timeout().toMillis() / 1000.0 + " s (entente.cypher.timeout) and was stopped: "
                    + "narrow it (a label, an id, a LIMIT)");
        }
        if (code.endsWith("Statement.AccessMode") || code.startsWith("Neo.ClientError.Security")) {
            return new CypherConsoleException(Reason.FORBIDDEN, "the console only reads: " + message);
        }
        if (code.contains("MemoryPoolOutOfMemory") || code.contains("OutOfMemory")) {
            return new CypherConsoleException(Reason.INVALID, "the query needs more memory than a transaction may "
                    + "use: narrow it or add a LIMIT");
        }
        if (e instanceof ClientException) {
            return new CypherConsoleException(Reason.INVALID, message);
        }
        LOG.warnf("Console query failed: %s %s", code, message);
        return new CypherConsoleException(Reason.INVALID, "the database could not run the query: " + message);
    }

    // ---- the lexical screen ------------------------------------------------------------------------------------

    /** Refuses what the console never runs; also checks the NFKC form, so look-alike letters gain nothing. */
    static void screen(String query) {
        screenText(query);
        String folded = Normalizer.normalize(query, Normalizer.Form.NFKC);
        if (!folded.equals(query)) {
            screenText(folded);
        }
    }

    private record Token(String text, boolean quoted, char before, char after) {
    }

    private static void screenText(String q) {
        List<Token> tokens = tokens(q);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.quoted()) {
                continue;
            }
            String word = t.text().toUpperCase(Locale.ROOT);
            boolean member = t.before() == '.' || t.before() == ':' || t.before() == '$';
            boolean mapKey = t.after() == ':' && (t.before() == '{' || t.before() == ',');
            if (member || mapKey) {
                continue;
            }
            if (FORBIDDEN_WORDS.contains(word)) {
                throw new CypherConsoleException(Reason.FORBIDDEN, "the console only reads: " + word
                        + " is not allowed here (writes, schema and admin commands, LOAD CSV, USE and "
                        + "CALL ... IN TRANSACTIONS are refused; quote an identifier of that name in backticks)");
            }
            if (word.equals("SHOW")) {
                String next = i + 1 < tokens.size() ? tokens.get(i + 1).text().toUpperCase(Locale.ROOT) : "";
                if (!SHOWABLE.contains(next)) {
                    throw new CypherConsoleException(Reason.FORBIDDEN, "the console only reads the graph: SHOW "
                            + next + " is not allowed (SHOW INDEXES, CONSTRAINTS, FUNCTIONS and PROCEDURES are)");
                }
            }
            if (word.equals("CALL") && t.after() != '{' && t.after() != '(') {
                StringBuilder name = new StringBuilder();
                int j = i + 1;
                while (j < tokens.size()) {
                    name.append(tokens.get(j).text());
                    if (tokens.get(j).after() != '.') {
                        break;
                    }
                    name.append('.');
                    j++;
                }
                String procedure = name.toString().toLowerCase(Locale.ROOT);
                if (!READ_PROCEDURES.contains(procedure)) {
                    throw new CypherConsoleException(Reason.FORBIDDEN, "the console does not call procedure '"
                            + name + "'; it may call " + String.join(", ", READ_PROCEDURES.stream().sorted()
                                    .toList()));
                }
            }
        }
    }

    /**
     * Words outside string literals and comments (backtick-quoted names are kept, marked quoted), each with the
     * nearest non-blank character before and after it (outside comments).
     */
    private static List<Token> tokens(String q) {
        // first blank out comments and string contents, keeping positions
        char[] c = q.toCharArray();
        boolean[] quotedName = new boolean[c.length];
        int i = 0;
        while (i < c.length) {
            char ch = c[i];
            if (ch == '/' && i + 1 < c.length && c[i + 1] == '/') {
                while (i < c.length && c[i] != '\n' && c[i] != '\r') {
                    c[i++] = ' ';
                }
            } else if (ch == '/' && i + 1 < c.length && c[i + 1] == '*') {
                int end = q.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new CypherConsoleException(Reason.INVALID, "a /* comment is not closed");
                }
                for (int k = i; k < end + 2; k++) {
                    c[k] = ' ';
                }
                i = end + 2;
            } else if (ch == '\'' || ch == '"') {
                int k = i + 1;
                while (k < c.length && c[k] != ch) {
                    k += c[k] == '\\' ? 2 : 1;
                }
                if (k >= c.length) {
                    throw new CypherConsoleException(Reason.INVALID, "a string literal is not closed");
                }
                c[i] = '"';
                c[k] = '"';
                for (int m = i + 1; m < k; m++) {
                    c[m] = '#'; // string contents are data, never keywords
                }
                i = k + 1;
            } else if (ch == '`') {
                int k = q.indexOf('`', i + 1);
                while (k >= 0 && k + 1 < q.length() && q.charAt(k + 1) == '`') { // `` escapes a backtick
                    k = q.indexOf('`', k + 2);
                }
                if (k < 0) {
                    throw new CypherConsoleException(Reason.INVALID, "a `quoted name` is not closed");
                }
                for (int m = i; m <= k; m++) {
                    quotedName[m] = true;
                }
                i = k + 1;
            } else {
                i++;
            }
        }
        List<Token> tokens = new ArrayList<>();
        i = 0;
        while (i < c.length) {
            if (quotedName[i]) {
                int k = i + 1;
                while (k < c.length && quotedName[k] && c[k] != '`') {
                    k++;
                }
                // k at the closing backtick (possibly an escaped one: the name continues)
                while (k + 1 < c.length && quotedName[k + 1]) {
                    k++;
                }
                tokens.add(new Token(new String(c, i + 1, Math.max(0, k - i - 1)), true, before(c, i),
                        after(c, k + 1)));
                i = k + 1;
            } else if (isWordChar(c[i])) {
                int k = i;
                while (k < c.length && isWordChar(c[k]) && !quotedName[k]) {
                    k++;
                }
                tokens.add(new Token(new String(c, i, k - i), false, before(c, i), after(c, k)));
                i = k;
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_';
    }

    private static char before(char[] c, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!Character.isWhitespace(c[k])) {
                return c[k];
            }
        }
        return ' ';
    }

    private static char after(char[] c, int i) {
        for (int k = i; k < c.length; k++) {
            if (!Character.isWhitespace(c[k])) {
                return c[k];
            }
        }
        return ' ';
    }

    // ---- values ------------------------------------------------------------------------------------------------

    /** A driver value as plain JSON-ready Java; nodes and relationships are also collected for drawing. */
    static Object plain(Value v, Map<String, Object> nodes, Map<String, Object> edges) {
        if (v == null || v.isNull()) {
            return null;
        }
        var types = TypeSystem.getDefault();
        if (v.hasType(types.NODE())) {
            return node(v.asNode(), nodes);
        }
        if (v.hasType(types.RELATIONSHIP())) {
            return relationship(v.asRelationship(), edges);
        }
        if (v.hasType(types.PATH())) {
            Path p = v.asPath();
            List<Object> ns = new ArrayList<>();
            p.nodes().forEach(n -> ns.add(node(n, nodes)));
            List<Object> rs = new ArrayList<>();
            p.relationships().forEach(r -> rs.add(relationship(r, edges)));
            return Map.of("nodes", ns, "relationships", rs);
        }
        if (v.hasType(types.LIST())) {
            List<Object> list = new ArrayList<>();
            v.values().forEach(x -> list.add(plain(x, nodes, edges)));
            return list;
        }
        if (v.hasType(types.MAP())) {
            Map<String, Object> map = new LinkedHashMap<>();
            v.keys().forEach(k -> map.put(k, plain(v.get(k), nodes, edges)));
            return map;
        }
        if (v.hasType(types.BYTES())) {
            return Base64.getEncoder().encodeToString(v.asByteArray());
        }
        if (v.hasType(types.POINT())) {
            var p = v.asPoint();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("srid", p.srid());
            m.put("x", p.x());
            m.put("y", p.y());
            if (!Double.isNaN(p.z())) {
                m.put("z", p.z());
            }
            return m;
        }
        if (v.hasType(types.STRING()) || v.hasType(types.INTEGER()) || v.hasType(types.FLOAT())
                || v.hasType(types.BOOLEAN())) {
            return v.asObject();
        }
        return String.valueOf(v.asObject()); // temporal values and durations as ISO text
    }

    private static Map<String, Object> node(Node n, Map<String, Object> nodes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.elementId());
        List<String> labels = new ArrayList<>();
        n.labels().forEach(labels::add);
        m.put("labels", labels);
        m.put("properties", properties(n.asMap(v -> plain(v, new LinkedHashMap<>(), new LinkedHashMap<>()))));
        nodes.putIfAbsent(n.elementId(), m);
        return m;
    }

    private static Map<String, Object> relationship(Relationship r, Map<String, Object> edges) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.elementId());
        m.put("type", r.type());
        m.put("start", r.startNodeElementId());
        m.put("end", r.endNodeElementId());
        m.put("properties", properties(r.asMap(v -> plain(v, new LinkedHashMap<>(), new LinkedHashMap<>()))));
        edges.putIfAbsent(r.elementId(), m);
        return m;
    }

    private static Map<String, Object> properties(Map<String, Object> props) {
        return new java.util.TreeMap<>(props);
    }
}
