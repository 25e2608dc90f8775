package org.entente.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.extract.Entity;
import org.entente.extract.EntityRef;
import org.entente.extract.Extraction;
import org.entente.extract.Fact;
import org.entente.graph.ArticleNode;
import org.entente.graph.EntityNode;
import org.entente.graph.FactNode;
import org.entente.graph.RelationTypes;
import org.entente.resolve.Catalog;
import org.entente.resolve.CatalogEntity;

/** Turns an extraction into what the graph stores: one Fact per article and claim, entities with all their names. */
final class ArticleMapper {

    private final Catalog catalog;

    ArticleMapper(Catalog catalog) {
        this.catalog = catalog;
    }

    ArticleNode toNode(String id, ArticleValidator.Checked article, Extraction x) {
        String published = article.published() == null ? null : article.published().toString();
        String seen = published != null ? published : LocalDate.now().toString();

        Map<String, EntityNode> entities = new LinkedHashMap<>();
        for (Entity e : x.entities()) {
            entities.putIfAbsent(e.id(), entityNode(e.id(), e.kind(), e.name(), e.catalogued(), x.lang()));
        }
        // one Fact per claim: the best-supported evidence of the article stands for it
        Map<String, Fact> claims = new LinkedHashMap<>();
        for (Fact f : x.facts()) {
            EntityRef[] so = ordered(f);
            String key = f.type() + "|" + so[0].id() + "|" + so[1].id() + "|" + f.role();
            claims.merge(key, f, (a, b) -> b.confidence() > a.confidence() ? b : a);
            for (EntityRef ref : so) {
                entities.computeIfAbsent(ref.id(), k -> entityNode(ref.id(), ref.kind(), ref.name(),
                        catalog.find(ref.id()).isPresent(), x.lang()));
            }
        }
        List<FactNode> facts = new ArrayList<>();
        for (Fact f : claims.values()) {
            EntityRef[] so = ordered(f);
            String status = f.status() == null ? "active" : f.status();
            boolean closed = status.equals("lifted") || status.equals("ended");
            String endDate = closed ? (f.date() != null ? endOfPeriod(f.date()) : seen) : null;
            var ev = f.evidence();
            facts.add(new FactNode(ArticleIds.factId(id, f.type(), so[0].id(), so[1].id(), f.role()), f.type(),
                    so[0].id(), so[1].id(), status, f.date(), endDate, seen, f.confidence(),
                    ev == null ? null : ev.sentence(), ev == null ? null : ev.start(), ev == null ? null : ev.end(),
                    ev == null ? null : ev.trigger(), f.role(), f.rate(), f.goods(), f.reason(), Map.of()));
        }
        return new ArticleNode(id, article.url(), article.title(), x.lang(), published, article.source(),
                ArticleIds.contentHash(article.text(), article.title(), published, x.lang()), article.text(),
                List.copyOf(entities.values()), facts);
    }

    /** A catalogued entity carries every name the catalog knows; others the name the text gave them. */
    EntityNode entityNode(String id, String kind, String name, boolean catalogued, String lang) {
        var known = catalog.find(id);
        if (known.isPresent()) {
            CatalogEntity c = known.get();
            return new EntityNode(id, c.kind(), c.name(), c.names(), searchTerms(id, c.names()), c.region(), true);
        }
        Map<String, List<String>> names = Map.of(lang == null ? "en" : lang, List.of(name));
        return new EntityNode(id, kind, name, names, searchTerms(id, names), null, catalogued);
    }

    static List<String> searchTerms(String id, Map<String, List<String>> names) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(SearchText.fold(id));
        names.values().forEach(list -> list.forEach(n -> terms.add(SearchText.fold(n))));
        terms.remove("");
        return List.copyOf(terms);
    }

    private static EntityRef[] ordered(Fact f) {
        if (RelationTypes.SYMMETRIC.contains(f.type()) && f.subject().id().compareTo(f.object().id()) > 0) {
            return new EntityRef[] {f.object(), f.subject()};
        }
        return new EntityRef[] {f.subject(), f.object()};
    }

    /** "2024" → "2024-12-31", "2024-06" → "2024-06-30": an end date covers its whole period. */
    static String endOfPeriod(String date) {
        try {
            if (date.length() == 4) {
                return date + "-12-31";
            }
            if (date.length() == 7) {
                return YearMonth.parse(date).atEndOfMonth().toString();
            }
        } catch (RuntimeException e) {
            return date;
        }
        return date;
    }
}
