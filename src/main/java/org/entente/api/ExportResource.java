package org.entente.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.entente.graph.GraphReader;

/** The summary relations, filtered as in /api/relations, as a file: GraphML for Gephi, CSV, or JSON. */
@Path("/api/export")
public class ExportResource {

    /** Relations exported at most. */
    static final int MAX_EDGES = 100_000;

    private final GraphReader reader;
    private final ObjectMapper json;

    ExportResource(GraphReader reader, ObjectMapper json) {
        this.reader = reader;
        this.json = json;
    }

    @GET
    @Operation(summary = "Download the relations (filters of /api/relations) as graphml, csv or json")
    public Response export(
            @Parameter(description = "graphml, csv or json", example = "graphml") @QueryParam("format") String format,
            @QueryParam("type") String type, @QueryParam("entity") String entity, @QueryParam("asOf") String asOf,
            @QueryParam("minSources") Integer minSources, @QueryParam("source") String source) {
        String f = QueryParams.required(format, "format", "graphml").toLowerCase(java.util.Locale.ROOT);
        if (!List.of("graphml", "csv", "json").contains(f)) {
            throw new ApiException(400, "unknown format '" + format + "': use graphml, csv or json");
        }
        var filter = RelationsResource.filter(type, entity, asOf, minSources, source);
        var page = reader.relations(filter, 0, MAX_EDGES);
        if (page.total() == 0) {
            RelationsResource.requireEntity(reader, filter.entity(), "entity");
        }
        List<GraphReader.Relation> relations = page.items();
        String body;
        String mediaType;
        switch (f) {
            case "csv" -> {
                body = csv(relations);
                mediaType = "text/csv; charset=UTF-8";
            }
            case "json" -> {
                body = json(relations, page.total());
                mediaType = "application/json";
            }
            default -> {
                body = graphml(relations);
                mediaType = "application/graphml+xml; charset=UTF-8";
            }
        }
        return Response.ok(body.getBytes(StandardCharsets.UTF_8), mediaType)
                .header("Content-Disposition", "attachment; filename=\"entente-relations." + f + "\"")
                .header("X-Total-Count", page.total()).build();
    }

    private static Map<String, GraphReader.EntityRef> nodes(List<GraphReader.Relation> relations) {
        Map<String, GraphReader.EntityRef> nodes = new LinkedHashMap<>();
        for (var r : relations) {
            nodes.putIfAbsent(r.subject().id(), r.subject());
            nodes.putIfAbsent(r.object().id(), r.object());
        }
        return nodes;
    }

    static final List<String> CSV_HEADER = List.of("type", "relationship", "symmetric", "subject", "subjectName",
            "object", "objectName", "sourceCount", "newsSources", "datasets", "factCount", "firstSeen", "lastSeen",
            "validFrom", "validTo", "status", "confidence");

    static String csv(List<GraphReader.Relation> relations) {
        StringBuilder b = new StringBuilder(String.join(",", CSV_HEADER)).append("\r\n");
        for (var r : relations) {
            List<Object> row = List.of(nz(r.type()), nz(r.relationship()), r.symmetric(), r.subject().id(),
                    nz(r.subject().name()), r.object().id(), nz(r.object().name()), nz(r.sourceCount()),
                    nz(r.newsSources()), r.datasets() == null ? "" : String.join(";", r.datasets()),
                    nz(r.factCount()), nz(r.firstSeen()), nz(r.lastSeen()), nz(r.validFrom()), nz(r.validTo()),
                    nz(r.status()), nz(r.confidence()));
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(csvCell(String.valueOf(row.get(i))));
            }
            b.append("\r\n");
        }
        return b.toString();
    }

    private static Object nz(Object o) {
        return o == null ? "" : o;
    }

    private static String csvCell(String s) {
        // a leading = + - @ would be a formula in a spreadsheet
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?") ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private String json(List<GraphReader.Relation> relations, long total) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("nodes", List.copyOf(nodes(relations).values()));
        doc.put("edges", relations);
        doc.put("total", total);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String graphml(List<GraphReader.Relation> relations) {
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="name" for="node" attr.name="name" attr.type="string"/>
                  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
                  <key id="type" for="edge" attr.name="type" attr.type="string"/>
                  <key id="relationship" for="edge" attr.name="relationship" attr.type="string"/>
                  <key id="sourceCount" for="edge" attr.name="sourceCount" attr.type="long"/>
                  <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>
                  <key id="validFrom" for="edge" attr.name="validFrom" attr.type="string"/>
                  <key id="validTo" for="edge" attr.name="validTo" attr.type="string"/>
                  <key id="status" for="edge" attr.name="status" attr.type="string"/>
                  <graph id="entente" edgedefault="directed">
                """);
        for (var n : nodes(relations).values()) {
            b.append("    <node id=\"").append(xml(n.id())).append("\">");
            data(b, "name", n.name());
            data(b, "kind", n.kind());
            b.append("</node>\n");
        }
        int i = 0;
        for (var r : relations) {
            b.append("    <edge id=\"e").append(i++).append("\" source=\"").append(xml(r.subject().id()))
                    .append("\" target=\"").append(xml(r.object().id())).append('"')
                    .append(r.symmetric() ? " directed=\"false\"" : "").append('>');
            data(b, "type", r.type());
            data(b, "relationship", r.relationship());
            data(b, "sourceCount", r.sourceCount());
            data(b, "confidence", r.confidence());
            data(b, "validFrom", r.validFrom());
            data(b, "validTo", r.validTo());
            data(b, "status", r.status());
            b.append("</edge>\n");
        }
        return b.append("  </graph>\n</graphml>\n").toString();
    }

    private static void data(StringBuilder b, String key, Object value) {
        if (value != null) {
            b.append("<data key=\"").append(key).append("\">").append(xml(String.valueOf(value))).append("</data>");
        }
    }

    private static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
