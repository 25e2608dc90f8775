package org.entente.graph;

import java.util.HashMap;
import java.util.Map;

/**
 * One claim of one source (an article or a dataset), with its evidence. Symmetric types are stored with the smaller
 * id as subject, so that a claim has one key whichever order the text used.
 *
 * @param date     when it happened or started ({@code 2024}, {@code 2024-06}, {@code 2024-06-19}), or null
 * @param endDate  when it was lifted or ended, padded to the end of its period, or null
 * @param seen     when the source reported it (the article's date; for a dataset, the fact's own date)
 * @param extra    further attributes kept on the Fact node (for ATOP: obligations, treaty id)
 */
public record FactNode(String id, String type, String subjectId, String objectId, String status, String date,
        String endDate, String seen, double confidence, String sentence, Integer start, Integer end, String trigger,
        String role, String rate, String goods, String reason, Map<String, Object> extra) {

    Map<String, Object> toParameters(String sourceId, String source) {
        var p = new HashMap<String, Object>();
        p.put("id", id);
        p.put("type", type);
        p.put("subjectId", subjectId);
        p.put("objectId", objectId);
        p.put("status", status);
        p.put("date", date);
        p.put("endDate", endDate);
        p.put("seen", seen);
        p.put("confidence", confidence);
        p.put("sentence", sentence);
        p.put("start", start);
        p.put("end", end);
        p.put("trigger", trigger);
        p.put("role", role);
        p.put("rate", rate);
        p.put("goods", goods);
        p.put("reason", reason);
        p.put("sourceId", sourceId);
        p.put("source", source);
        p.put("extra", extra == null ? Map.of() : extra);
        return p;
    }
}
