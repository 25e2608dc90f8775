package org.entente.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers shared by the extractor tests: find entities and facts, and check spans against the text. */
final class Snippets {
    static final Extractor X;

    static {
        X = Extractor.fromClasspath();
    }

    private Snippets() {}

    static Extraction run(String text, String lang, String published) {
        return X.extract(text, lang, published == null ? null : LocalDate.parse(published));
    }

    static Optional<Entity> entity(Extraction e, String id) {
        return e.entities().stream().filter(x -> x.id().equals(id)).findFirst();
    }

    /** The entity is found, with a span exactly over the n-th occurrence of {@code surface}. */
    static void hasSpan(Extraction e, String text, String id, String surface, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) at = text.indexOf(surface, at + 1);
        assertThat(at).as("'%s' occurs in the text", surface).isGreaterThanOrEqualTo(0);
        int start = at;
        Entity en = entity(e, id).orElseThrow(() -> new AssertionError("no entity " + id + " in " + e.entities()));
        assertThat(en.spans()).as("spans of %s", id).contains(new Span(start, start + surface.length(), surface));
    }

    static void hasSpan(Extraction e, String text, String id, String surface) {
        hasSpan(e, text, id, surface, 0);
    }

    static List<Fact> facts(Extraction e, String type) {
        return e.facts().stream().filter(f -> f.type().equals(type)).toList();
    }

    static Optional<Fact> fact(Extraction e, String type, String subject, String object) {
        boolean sym = List.of("ALLIANCE", "PARTNERSHIP", "DEFENSE_PACT", "AGREEMENT", "MEETING").contains(type);
        return e.facts().stream().filter(f -> f.type().equals(type)
                && ((f.subject().id().equals(subject) && f.object().id().equals(object))
                || (sym && f.subject().id().equals(object) && f.object().id().equals(subject)))).findFirst();
    }

    /** An asserted (not planned) fact exists. */
    static Fact asserted(Extraction e, String type, String subject, String object) {
        Fact f = fact(e, type, subject, object).orElseThrow(() -> new AssertionError(
                "no " + type + " " + subject + " -> " + object + " in " + e.facts()));
        assertThat(f.status()).isNotEqualTo("planned");
        return f;
    }

    static void absent(Extraction e, String type, String subject, String object) {
        assertThat(fact(e, type, subject, object).filter(f -> !"planned".equals(f.status())))
                .as("%s %s %s should not be asserted", type, subject, object).isEmpty();
    }
}
