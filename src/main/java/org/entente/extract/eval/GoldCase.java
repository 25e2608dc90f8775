package org.entente.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** An article with its gold facts: NAME.json (facts, lang, published) beside NAME.txt (the text). */
public record GoldCase(String id, String lang, String published, String text, List<GoldFact> facts) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every case under the given folders (recursively) or files; sorted by path; cases without a .txt are skipped. */
    public static List<GoldCase> loadAll(Path... dirsOrFiles) {
        List<Path> files = new ArrayList<>();
        for (Path p : dirsOrFiles) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".json")).forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            }
        }
        files.sort(null);
        List<GoldCase> out = new ArrayList<>();
        for (Path f : files) {
            GoldCase c = load(f);
            if (c != null) out.add(c);
        }
        return out;
    }

    public static GoldCase load(Path json) {
        String name = json.getFileName().toString();
        Path txt = json.resolveSibling(name.substring(0, name.length() - 5) + ".txt");
        if (!Files.exists(txt)) return null;
        try {
            JsonNode g = JSON.readTree(json.toFile());
            if (!g.has("facts")) return null;
            List<GoldFact> facts = new ArrayList<>();
            for (JsonNode f : g.get("facts")) {
                facts.add(new GoldFact(f.path("type").asText(), id(f.get("subject")), id(f.get("object")),
                        f.path("required").asBoolean(true), text(f, "date"), text(f, "role"), text(f, "status"),
                        text(f, "note")));
            }
            String id = g.hasNonNull("id") ? g.get("id").asText() : name.substring(0, name.length() - 5);
            return new GoldCase(id, text(g, "lang"), text(g, "published"),
                    Files.readString(txt, StandardCharsets.UTF_8), List.copyOf(facts));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold case " + json, e);
        }
    }

    private static String id(JsonNode n) {
        if (n == null || n.isNull()) return "";
        return n.isObject() ? n.path("id").asText() : n.asText();
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
