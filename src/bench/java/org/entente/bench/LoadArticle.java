package org.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A source article of the load test: our own gold and demo texts, each sent many times under distinct URLs. */
record LoadArticle(String text, String lang, String published) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The request body for one copy of this article. */
    String json(String url) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text);
        m.put("url", url);
        m.put("title", "load test " + url.substring(url.lastIndexOf('/') + 1));
        if (lang != null) {
            m.put("lang", lang);
        }
        if (published != null) {
            m.put("published", published);
        }
        m.put("source", "load-test");
        try {
            return JSON.writeValueAsString(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every .txt under the directories; lang and published from a .json of the same name when there is one. */
    static List<LoadArticle> read(List<Path> dirs) {
        List<LoadArticle> out = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(txt);
                    if (text.isBlank()) {
                        continue;
                    }
                    String lang = null;
                    String published = null;
                    Path meta = txt.resolveSibling(txt.getFileName().toString().replace(".txt", ".json"));
                    if (Files.exists(meta)) {
                        JsonNode j = JSON.readTree(meta.toFile());
                        lang = j.hasNonNull("lang") ? j.get("lang").asText() : null;
                        published = j.hasNonNull("published") ? j.get("published").asText() : null;
                    }
                    out.add(new LoadArticle(text, lang, published));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
