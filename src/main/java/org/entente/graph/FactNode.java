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

    /**
     * The statement parameters: the ids to link by, and every property of the node in one map (null values left
     * out), so that the node gets them in one SET.
     */
    Map<String, Object> toParameters(String sourceId, String source) {
        var props = new HashMap<String, Object>(extra == null ? Map.of() : extra);
        props.put("id", id);
        props.put("type", type);
        props.put("subjectId", subjectId);
        props.put("objectId", objectId);
        props.put("status", status);
        props.put("date", date);
        props.put("endDate", endDate);
        props.put("seen", seen);
        props.put("confidence", confidence);
        props.put("sentence", sentence);
        props.put("start", start);
        props.put("end", end);
        props.put("trigger", trigger);
        props.put("role", role);
        props.put("rate", rate);
        props.put("goods", goods);
        props.put("reason", reason);
        props.put("sourceId", sourceId);
        props.put("source", source);
        props.values().removeIf(java.util.Objects::isNull);
        return Map.of("sourceId", sourceId, "subjectId", subjectId, "objectId", objectId, "props", props);
    }
}
