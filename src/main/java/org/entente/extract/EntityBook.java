package org.entente.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects every mention's span per entity, in order of first mention. */
final class EntityBook {
    private static final class Acc {
        String id;
        String kind;
        String name;
        boolean catalogued;
        final List<Span> spans = new ArrayList<>();
    }

    private final Map<String, Acc> byKey = new LinkedHashMap<>();
    private final String text;

    EntityBook(String text) {
        this.text = text;
    }

    void add(String id, String kind, String name, boolean catalogued, int start, int end) {
        if (id == null) return;
        Acc a = byKey.computeIfAbsent(kind + "|" + id, k -> {
            Acc x = new Acc();
            x.id = id;
            x.kind = kind;
            x.name = name;
            x.catalogued = catalogued;
            return x;
        });
        for (Span s : a.spans) if (s.start() == start && s.end() == end) return;
        a.spans.add(new Span(start, end, text.substring(start, end)));
    }

    List<Entity> entities() {
        List<Entity> out = new ArrayList<>(byKey.size());
        for (Acc a : byKey.values()) {
            List<Span> spans = new ArrayList<>(a.spans);
            spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
            out.add(new Entity(a.id, a.kind, a.name, spans.size(), a.catalogued, List.copyOf(spans)));
        }
        return out;
    }
}
