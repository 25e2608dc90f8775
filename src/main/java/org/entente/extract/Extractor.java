package org.entente.extract;

import org.entente.extract.gazetteer.Entry;
import org.entente.extract.gazetteer.Entry.Kind;
import org.entente.extract.gazetteer.Gazetteer;
import org.entente.extract.rules.LangRules;
import org.entente.extract.text.LanguageDetector;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.SentenceSplitter;
import org.entente.extract.text.Token;
import org.entente.extract.text.Tokenizer;
import org.entente.resolve.Catalog;
import org.entente.resolve.CatalogEntity;
import org.entente.resolve.StateForms;
import org.entente.resolve.Title;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The extraction pipeline: language → tokens and normalised forms → sentences → catalog mentions → resolution
 * (metonymy, titles and office holders by date, surnames) → relation rules with modality and dates → facts with
 * evidence. Everything language-specific is data (catalog/*.json, rules/*.json), loaded once; {@link #extract} is
 * then thread-safe and allocation-light.
 */
public final class Extractor {
    public static final List<String> LANGUAGES = List.of("ar", "en", "fr");
    private static volatile Extractor cached;

    private final Catalog catalog;
    private final Map<String, LangRules> rules = new HashMap<>();
    private final Map<String, Gazetteer> gazetteers = new HashMap<>();
    private final Resolver resolver;

    private Extractor(Catalog catalog) {
        this.catalog = catalog;
        for (String l : LANGUAGES) {
            LangRules r = LangRules.fromClasspath(l);
            rules.put(l, r);
            gazetteers.put(l, buildGazetteer(catalog, r, l));
        }
        this.resolver = new Resolver(catalog);
    }

    /** The extractor over the classpath catalog and rules, built once per JVM. */
    public static Extractor fromClasspath() {
        Extractor x = cached;
        if (x == null) {
            synchronized (Extractor.class) {
                x = cached;
                if (x == null) {
                    x = new Extractor(Catalog.fromClasspath());
                    cached = x;
                }
            }
        }
        return x;
    }

    /** An extractor over another catalog (tests). */
    public static Extractor withCatalog(Catalog catalog) {
        return new Extractor(catalog);
    }

    public Catalog catalog() {
        return catalog;
    }

    public Extraction extract(String text, String lang, LocalDate published) {
        String t = text == null ? "" : text;
        String l = lang == null ? null : lang.trim().toLowerCase(Locale.ROOT);
        if (l != null && !l.isEmpty() && !LANGUAGES.contains(l)) {
            throw new UnsupportedLanguageException("lang '" + lang + "' is not supported: use ar, en or fr");
        }
        if (l != null && l.isEmpty()) l = null;
        List<Token> tokens = Tokenizer.tokenize(t);
        if (l == null) {
            if (t.isBlank()) return new Extraction(null, List.of(), List.of());
            l = LanguageDetector.detect(tokens);
        }
        try {
            return run(t, l, published, tokens);
        } catch (RuntimeException e) {
            // a bug, not bad input: said as such, so that no caller mistakes it for an article without facts
            throw new ExtractionFailedException(l, e);
        }
    }

    private Extraction run(String text, String lang, LocalDate published, List<Token> tokens) {
        if (tokens.isEmpty()) return new Extraction(lang, List.of(), List.of());
        LangRules r = rules.get(lang);
        List<Sentence> sentences = SentenceSplitter.split(tokens);
        Doc doc = new Doc(text, lang, published, tokens, sentences, r);
        Resolver.Result res = resolver.resolve(doc, gazetteers.get(lang));
        doc.covered = res.covered;
        List<DateFinder.DateMention> dates = DateFinder.find(doc);
        // the engine keeps per-sentence state: one per call keeps extract() thread-safe
        List<RelationEngine.Found> found = new RelationEngine(catalog).run(doc, res, dates);

        List<Fact> facts = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (OfficeClaim c : res.claims) {
            String key = "HOLDS_OFFICE|" + c.person().id() + "|" + c.of().id();
            if (index.containsKey(key)) {
                int k = index.get(key);
                if (facts.get(k).confidence() >= c.confidence()) continue;
                facts.set(k, officeFact(doc, c));
                continue;
            }
            index.put(key, facts.size());
            facts.add(officeFact(doc, c));
        }
        for (RelationEngine.Found f : found) {
            String a = f.subject().id();
            String b = f.object().id();
            if (LangRules.SYMMETRIC.contains(f.type()) && a.compareTo(b) > 0) {
                String x = a;
                a = b;
                b = x;
            }
            String key = f.type() + "|" + a + "|" + b + "|" + f.status();
            Fact fact = relationFact(doc, f, dates);
            Integer k = index.get(key);
            if (k != null) {
                Fact old = facts.get(k);
                if (old.confidence() < fact.confidence()) facts.set(k, fact);
                else if (old.date() == null && fact.date() != null) facts.set(k, withDate(old, fact.date()));
                continue;
            }
            index.put(key, facts.size());
            facts.add(fact);
        }
        return new Extraction(lang, res.book.entities(), List.copyOf(facts));
    }

    private static Fact withDate(Fact f, String date) {
        return new Fact(f.type(), f.subject(), f.object(), date, f.status(), f.confidence(), f.role(), f.rate(),
                f.goods(), f.reason(), f.evidence());
    }

    private Fact officeFact(Doc doc, OfficeClaim c) {
        Sentence s = doc.sentences.get(doc.sentenceOf[c.from()]);
        Evidence ev = new Evidence(doc.text.substring(s.start(), s.end()), s.start(), s.end(), doc.span(c.from(), c.to()));
        return new Fact("HOLDS_OFFICE", c.person(), c.of(), null, "active", c.confidence(), c.role(), null, null, null, ev);
    }

    private Fact relationFact(Doc doc, RelationEngine.Found f, List<DateFinder.DateMention> dates) {
        Sentence s = doc.sentences.get(f.sentence());
        String date = null;
        int best = Integer.MAX_VALUE;
        for (DateFinder.DateMention d : dates) {
            if (d.from() < s.from() || d.to() > s.to()) continue;
            int dist = d.from() >= f.trigTo() ? d.from() - f.trigTo() : f.trigFrom() - d.to();
            if (dist < 0) dist = 0;
            if (dist < best) {
                best = dist;
                date = d.value();
            }
        }
        Evidence ev = new Evidence(doc.text.substring(s.start(), s.end()), s.start(), s.end(), f.trigger());
        return new Fact(f.type(), f.subject(), f.object(), date, f.status(), f.conf(), null, f.rate(), f.goods(),
                f.reason(), ev);
    }

    // ------------------------------------------------------------------------------------------- gazetteer

    private static Gazetteer buildGazetteer(Catalog catalog, LangRules r, String lang) {
        Gazetteer g = new Gazetteer();
        boolean latin = !lang.equals("ar");
        for (CatalogEntity e : catalog.all()) {
            switch (e.kind()) {
                case CatalogEntity.STATE -> {
                    StateForms sf = catalog.stateForms(e.id());
                    Set<String> amb = sf == null ? Set.of() : sf.ambiguous();
                    for (String n : forms(e.names(), lang)) add(g, n, Kind.STATE, e.id(), lang, latin, amb);
                    if (sf != null) {
                        for (String n : forms(sf.capitals(), lang)) add(g, n, Kind.CAPITAL, e.id(), lang, latin, amb);
                        for (String n : forms(sf.seats(), lang)) add(g, n, Kind.SEAT, e.id(), lang, latin, amb);
                        for (String n : forms(sf.demonyms(), lang))
                            add(g, n, Kind.DEMONYM, e.id(), lang, lang.equals("en"), amb);
                    }
                }
                case CatalogEntity.ORGANIZATION -> {
                    for (String n : forms(e.names(), lang)) add(g, n, Kind.ORG, e.id(), lang, latin, Set.of());
                    if (lang.equals("fr")) for (String n : forms(e.names(), "en")) add(g, n, Kind.ORG, e.id(), "en", true, Set.of());
                }
                case CatalogEntity.PERSON -> {
                    for (String n : forms(e.names(), lang)) add(g, n, Kind.PERSON, e.id(), lang, latin, Set.of());
                    for (String n : forms(catalog.surnames(e.id()), lang)) add(g, n, Kind.SURNAME, e.id(), lang, latin, Set.of());
                    if (latin) {
                        String other = lang.equals("en") ? "fr" : "en";
                        for (String n : forms(e.names(), other)) add(g, n, Kind.PERSON, e.id(), other, true, Set.of());
                        for (String n : forms(catalog.surnames(e.id()), other)) add(g, n, Kind.SURNAME, e.id(), other, true, Set.of());
                    }
                }
                default -> { }
            }
        }
        for (Title t : catalog.titles().values()) {
            for (String f : t.forms().getOrDefault(lang, List.of())) {
                g.add(f, new Entry(Kind.TITLE, t.key(), lang, false, false, false));
                List<Token> toks = Tokenizer.tokenize(f);
                if (lang.equals("ar") && toks.size() >= 2) {
                    // construct state: "رئيس الوزراء" is also written "رئيس وزراء الهند"
                    String last = toks.get(toks.size() - 1).text;
                    if (last.startsWith("ال") && last.length() > 3) {
                        String v = f.substring(0, toks.get(toks.size() - 1).start) + last.substring(2);
                        g.add(v, new Entry(Kind.TITLE, t.key(), lang, false, false, false));
                    }
                }
                if (toks.size() >= 3 && !r.titleTailHeads.isEmpty() && tailHead(r, toks)) {
                    // "le ministre russe des Affaires étrangères", "le secrétaire américain au Trésor": the part
                    // after the demonym
                    g.add(f.substring(toks.get(1).start), new Entry(Kind.TAIL, t.key(), lang, false, false, false));
                }
            }
        }
        for (String f : r.counterpartForms) g.add(f, new Entry(Kind.COUNTERPART, "counterpart", lang, false, false, false));
        for (String f : r.pairPersonForms) g.add(f, new Entry(Kind.PAIR_PERSONS, "pair", lang, false, false, false));
        for (String f : r.pairStateForms) g.add(f, new Entry(Kind.PAIR_STATES, "pair", lang, false, false, false));
        for (String f : r.tripleStateForms) g.add(f, new Entry(Kind.TRIPLE_STATES, "triple", lang, false, false, false));
        // "l'Alliance" written with a capital matches only capitalised text
        for (String f : r.orgAnaphorForms)
            g.add(f, new Entry(Kind.ORG_ANAPHOR, "org", lang, !f.equals(f.toLowerCase(Locale.ROOT)), false, false));
        return g;
    }

    /** The title starts with one of the language's `titleTailHeads` ("ministre", "secrétaire au"). */
    private static boolean tailHead(LangRules r, List<Token> toks) {
        String[][] fs = new String[toks.size()][];
        for (int i = 0; i < fs.length; i++) fs[i] = new String[] {toks.get(i).norm};
        return r.titleTailHeads.matchAt(toks, fs, 0, fs.length) > 0;
    }

    private static List<String> forms(Map<String, List<String>> m, String lang) {
        return m == null ? List.of() : m.getOrDefault(lang, List.of());
    }

    private static void add(Gazetteer g, String alias, Kind kind, String id, String lang, boolean needUpper, Set<String> amb) {
        g.add(alias, new Entry(kind, id, lang, needUpper, false, amb.contains(alias)));
    }
}
