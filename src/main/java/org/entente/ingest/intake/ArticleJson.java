package org.entente.ingest.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.entente.ingest.ArticleInput;

/**
 * The wire format of the Kafka intake: one article per record, as a JSON object of the {@link ArticleInput} shape
 * ({@code {"text": ..., "url": ..., "title": ..., "published": ..., "lang": ..., "source": ...}}), UTF-8.
 */
public final class ArticleJson {

    private static final String[] FIELDS = {"text", "url", "title", "published", "lang", "source"};

    private final ObjectMapper json;

    public ArticleJson(ObjectMapper json) {
        this.json = json;
    }

    /** The record value for an article; absent fields are left out. */
    public String write(ArticleInput a) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "text", a.text());
        put(m, "url", a.url());
        put(m, "title", a.title());
        put(m, "published", a.published());
        put(m, "lang", a.lang());
        put(m, "source", a.source());
        try {
            return json.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    /** Reads a record value; a message that says what is wrong when it is not an article. */
    public ArticleInput read(String value) {
        if (value == null || value.isBlank()) {
            throw new BadRecordException("empty record: expected a JSON article {\"text\": ...}");
        }
        JsonNode node;
        try {
            node = json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new BadRecordException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadRecordException("not a JSON object with a \"text\" field");
        }
        String[] v = new String[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            JsonNode f = node.get(FIELDS[i]);
            if (f != null && !f.isNull()) {
                if (!f.isTextual()) {
                    throw new BadRecordException("field '" + FIELDS[i] + "' must be a string, not "
                            + f.getNodeType().toString().toLowerCase(Locale.ROOT));
                }
                v[i] = f.asText();
            }
        }
        return new ArticleInput(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /** A record that is not an article at all: it goes to the dead-letter topic. */
    public static final class BadRecordException extends RuntimeException {

        public BadRecordException(String message) {
            super(message, null, false, false);
        }
    }
}
