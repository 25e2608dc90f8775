package org.entente.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analyst query library of {@code cypher/queries/}: the files named in {@code INDEX}, each starting with
 * {@code // title:}, {@code // description:} and {@code // param name: example} lines (examples in JSON). Queries
 * run through the {@link CypherConsole}, so they are held to the same read-only rules.
 */
@Singleton
public class QueryLibraryReader {

    private static final Pattern PARAM = Pattern.compile("^//\\s*param\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s*(.*)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One query of the library. */
    public record NamedQuery(String name, String title, String description, Map<String, Object> parameters,
            String text) {
    }

    private final Map<String, NamedQuery> queries = new LinkedHashMap<>();
    private final CypherConsole console;

    QueryLibraryReader(CypherLibrary cypher, CypherConsole console) {
        this.console = console;
        for (String file : cypher.listing("queries/INDEX")) {
            String name = file.endsWith(".cypher") ? file.substring(0, file.length() - ".cypher".length()) : file;
            queries.put(name, parse(name, cypher.text("queries/" + name + ".cypher")));
        }
    }

    static NamedQuery parse(String name, String text) {
        String title = name;
        String description = "";
        Map<String, Object> params = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("//")) {
                break;
            }
            Matcher m = PARAM.matcher(l);
            if (m.matches()) {
                params.put(m.group(1), example(name, m.group(2).strip()));
            } else if (l.matches("^//\\s*title\\s*:.*")) {
                title = l.substring(l.indexOf(':') + 1).strip();
            } else if (l.matches("^//\\s*description\\s*:.*")) {
                description = l.substring(l.indexOf(':') + 1).strip();
            } else if (!description.isEmpty() && params.isEmpty() && l.length() > 2) {
                description = description + " " + l.substring(2).strip(); // a description may run on
            }
        }
        return new NamedQuery(name, title, description, params, text);
    }

    private static Object example(String name, String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("query " + name + ": the example of a parameter is not JSON: " + json);
        }
    }

    public List<NamedQuery> list() {
        return List.copyOf(queries.values());
    }

    public NamedQuery get(String name) {
        return queries.get(name);
    }

    /**
     * Runs a library query with the given parameters; declared parameters not given are passed as null, so the
     * query's own defaults ({@code coalesce($x, ...)}) apply. Null when there is no such query.
     */
    public CypherConsole.Answer run(String name, Map<String, Object> given) {
        NamedQuery q = queries.get(name);
        if (q == null) {
            return null;
        }
        Map<String, Object> params = new HashMap<>();
        q.parameters().keySet().forEach(k -> params.put(k, null));
        if (given != null) {
            List<String> unknown = new ArrayList<>();
            for (var e : given.entrySet()) {
                if (!q.parameters().containsKey(e.getKey())) {
                    unknown.add(e.getKey());
                }
                params.put(e.getKey(), e.getValue());
            }
            if (!unknown.isEmpty()) {
                throw new CypherConsoleException(CypherConsoleException.Reason.INVALID, "query " + name
                        + " has no parameter " + String.join(", ", unknown) + "; its parameters are "
                        + String.join(", ", q.parameters().keySet()));
            }
        }
        return console.run(q.text(), params);
    }
}
