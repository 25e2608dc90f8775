package org.entente.graph;

import java.util.List;
import java.util.Map;

/**
 * A state, person or organization as written to the graph.
 *
 * @param kind    {@code State}, {@code Person} or {@code Organization} (also the node label)
 * @param names   names by language ({@code en}, {@code ar}, {@code fr}); merged with the names already stored
 * @param search  folded forms of every name, for case-, accent- and diacritic-insensitive search
 */
public record EntityNode(String id, String kind, String name, Map<String, List<String>> names, List<String> search,
        String region, boolean catalogued) {

    public static final List<String> KINDS = List.of("State", "Person", "Organization");

    public EntityNode {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown entity kind " + kind);
        }
        names = names == null ? Map.of() : names;
        search = search == null ? List.of() : search;
    }

    Map<String, Object> toParameters() {
        var p = new java.util.HashMap<String, Object>();
        p.put("id", id);
        p.put("kind", kind);
        p.put("name", name);
        p.put("names_en", names.getOrDefault("en", List.of()));
        p.put("names_ar", names.getOrDefault("ar", List.of()));
        p.put("names_fr", names.getOrDefault("fr", List.of()));
        p.put("search", search);
        p.put("region", region);
        p.put("catalogued", catalogued);
        return p;
    }
}
