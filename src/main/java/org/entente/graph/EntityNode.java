package org.entente.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** This entity and a later mention of the same id: names accumulate, the later kind and region win. */
    EntityNode mergedWith(EntityNode later) {
        Map<String, List<String>> all = new TreeMap<>();
        for (var m : List.of(names, later.names)) {
            m.forEach((lang, list) -> list.forEach(n -> {
                List<String> acc = all.computeIfAbsent(lang, k -> new ArrayList<>());
                if (!acc.contains(n)) {
                    acc.add(n);
                }
            }));
        }
        List<String> terms = new ArrayList<>(search);
        later.search.stream().filter(t -> !terms.contains(t)).forEach(terms::add);
        return new EntityNode(id, later.kind, name, all, terms, later.region != null ? later.region : region,
                catalogued || later.catalogued);
    }

    Map<String, Object> toParameters() {
        var p = new HashMap<String, Object>();
        p.put("id", id);
        p.put("kind", kind);
        p.put("name", name);
        p.put("names_en", names.getOrDefault("en", List.of()).stream().distinct().toList());
        p.put("names_ar", names.getOrDefault("ar", List.of()).stream().distinct().toList());
        p.put("names_fr", names.getOrDefault("fr", List.of()).stream().distinct().toList());
        p.put("search", search.stream().distinct().toList());
        p.put("region", region);
        p.put("catalogued", catalogued);
        return p;
    }
}
