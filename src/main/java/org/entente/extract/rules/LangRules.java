package org.entente.extract.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one language, read from {@code rules/<lang>.json}: clause boundaries, coordination, modality cues,
 * date words, attribute cues and, per fact type, its argument contract and triggers. See rules/README.md.
 */
public final class LangRules {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final Set<String> SYMMETRIC = Set.of("ALLIANCE", "PARTNERSHIP", "DEFENSE_PACT", "AGREEMENT", "MEETING");

    public final String lang;
    public final int leftWindow;
    public final int rightWindow;
    public final int modalityWindow;
    public final Cues leftBoundaries;
    public final Cues rightBoundaries;
    public final Cues coordination;
    public final Cues skip;
    public final Cues titleConnectors;
    public final Cues counterpart;
    public final Cues reporting;
    public final Cues definite;
    public final Cues nameStops;
    /** Relative pronouns: "China, which joined …" takes China as the subject of "joined". */
    public final Cues relativePronouns;
    /** Auxiliaries and adverbs that may stand between a coordinator and its verb ("and has since sent"). */
    public final Cues auxiliaries;
    /** Copulas and the like between a state and "a NATO member": "Hungary is a NATO member", "Sweden became NATO's". */
    public final Cues copulas;
    /** "country", "pays": ", whose country is a NATO member" refers to the state of the person named before. */
    public final Cues countryNouns;
    /** "whose", "dont": ", whose country is …". */
    public final Cues possessiveRelatives;
    /** "the leaders of", "les dirigeants de", "قادة": words before a sentence's opening mention that keep it the agent. */
    public final Cues collectiveHeads;
    /** "their", "leur": "X and Y announced their agreement" makes the clause subject the parties. */
    public final Cues pluralPossessives;
    /** Adjectives that name an organization as the agent of a sanction or tariff noun ("sanctions européennes"). */
    public final Map<String, Cues> orgAdjectives = new LinkedHashMap<>();
    /** The nouns such an adjective must stand next to ("sanctions", "عقوبات"). */
    public final Cues orgAdjectiveHeads;
    /** "King", "roi", "الملك": a catalogued name that starts with one of them says the sovereign's office. */
    public final Cues sovereignTitles;
    /** Possessive determiners that point back to the clause subject ("calls Pakistan its partner"). */
    public final Cues possessives;
    /** Words that make a title not the current holder's ("former", "-elect"). */
    public final Cues notCurrent;
    /** Military ranks and honorifics between a state and a name ("Burkina Faso's Captain Ibrahim Traore"). */
    public final Cues ranks;
    /** First words of plural titles ("presidents", "les présidents", "الرئيسان"): one office per coordinated state. */
    public final Cues pluralTitles;
    /** "in the presence of", "en présence de", "بحضور": the person named next takes part in the sentence's meeting. */
    public final Cues presence;
    /** "welcomed him", "l'a reçu": an object pronoun next to a meeting verb stands for the last person named. */
    public final Cues objectPronouns;
    /** "then", "puis", "ثم": after a comma, the same verb goes on to its next partner ("a rencontré X, puis Y"). */
    public final Cues sequence;
    /** Surnames that are also common words ("لولا", "if not for"): a name only right after a title or a demonym. */
    public final Cues titledSurnames;
    /** "like", "comme", "مثل": "Germany, like France, is a member" states the fact of both. */
    public final Cues comparison;
    /**
     * Title heads a demonym may follow ("ministre", "secrétaire au"): the rest of a title starting with one is also
     * matched on its own after "le ministre russe" (fr: "le ministre russe des Affaires étrangères").
     */
    public final Cues titleTailHeads;
    /** "supplies it with", "lui livre": an object pronoun standing for a state (the last one named before the verb). */
    public final Cues stateObjectPronouns;
    /** "in", "à", "إلى": a state named after one is where a visitor went ("the two leaders": visitor and host). */
    public final Cues destination;
    /** "while", "tandis que", "فيما": a clause after one has its own subject for the verbs that follow. */
    public final Cues clauseLinks;
    /** "one of five new": quantifiers of an apposition that names a state as one member among others. */
    public final Cues apposedQuantifiers;
    /** Plural words in an apposition ("both", "the two"): it then describes the whole coordinated group. */
    public final Cues plural;
    /** Indefinite determiners: "a US official", "un responsable américain" names nobody in particular. */
    public final Cues indefinite;
    /** Genitive words ("of", "de"): a mention after one is a complement inside a noun phrase. */
    public final Cues genitive;
    /** "between", "entre", "بين": a group after it is the whole set of parties of a symmetric fact. */
    public final Cues between;
    /** Subject pronouns ("he", "il"): a clause-initial one stands for the previous sentence's subject. */
    public final Cues subjectPronouns;
    /** "if", "si", "إذا": a threat's target is often the state the condition is about. */
    public final Cues conditional;
    /** "the three countries": the last three states named. */
    public final List<String> tripleStateForms;
    /** Verb-subject-object order (Arabic): a sentence may open with one verb before its subject. */
    public final boolean verbFirst;
    /** A nominal trigger takes its agent after it ("الغزو الروسي"), not the mention before it. */
    public final boolean nounAgentAfter;
    /** Words between a possessive state and its title that keep the holder current ("Mali's interim president"). */
    public final Cues titleModifiers;
    /** "the bloc", "the alliance": the organization named last. */
    public final List<String> orgAnaphorForms;
    /** Raw forms that become gazetteer entries: counterparts and "the two leaders / the two countries". */
    public final List<String> counterpartForms;
    public final List<String> pairPersonForms;
    public final List<String> pairStateForms;
    public final Map<String, Cues> modality = new HashMap<>();
    public final Map<String, Cues> attributes = new HashMap<>();
    public final Map<String, Integer> months = new HashMap<>();
    public final Map<String, Integer> weekdays = new HashMap<>();
    public final Map<String, Cues> relative = new HashMap<>();
    /** "the two ministers": a pair anaphor word and the roles of the people it may stand for. */
    public final Map<String, Set<String>> pairRoles = new HashMap<>();
    public final Map<String, TypeRule> types = new LinkedHashMap<>();
    /** Triggers by first word; stems by their first two letters. */
    private final Map<String, List<TriggerRule>> byExact = new HashMap<>();
    private final Map<String, List<TriggerRule>> byPrefix2 = new HashMap<>();
    private final List<TriggerRule> shortPrefix = new ArrayList<>();

    private LangRules(JsonNode r) {
        lang = r.path("lang").asText();
        leftWindow = r.path("window").path("left").asInt(6);
        rightWindow = r.path("window").path("right").asInt(8);
        modalityWindow = r.path("window").path("modality").asInt(5);
        leftBoundaries = cues(r.get("leftBoundaries"));
        rightBoundaries = cues(r.get("rightBoundaries"));
        coordination = cues(r.get("coordination"));
        skip = cues(r.get("skip"));
        titleConnectors = cues(r.get("titleConnectors"));
        counterpart = cues(r.get("counterpart"));
        reporting = cues(r.get("reporting"));
        definite = cues(r.get("definite"));
        nameStops = cues(r.get("nameStops"));
        relativePronouns = cues(r.get("relativePronouns"));
        auxiliaries = cues(r.get("auxiliaries"));
        copulas = cues(r.get("copulas"));
        countryNouns = cues(r.get("countryNouns"));
        possessiveRelatives = cues(r.get("possessiveRelatives"));
        collectiveHeads = cues(r.get("collectiveHeads"));
        pluralPossessives = cues(r.get("pluralPossessives"));
        JsonNode oa = r.get("orgAdjectives");
        if (oa != null && oa.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = oa.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                orgAdjectives.put(e.getKey(), cues(e.getValue()));
            }
        }
        orgAdjectiveHeads = cues(r.get("orgAdjectiveHeads"));
        sovereignTitles = cues(r.get("sovereignTitles"));
        possessives = cues(r.get("possessives"));
        notCurrent = cues(r.get("notCurrent"));
        ranks = cues(r.get("ranks"));
        pluralTitles = cues(r.get("pluralTitles"));
        presence = cues(r.get("presence"));
        objectPronouns = cues(r.get("objectPronouns"));
        sequence = cues(r.get("sequence"));
        titledSurnames = cues(r.get("titledSurnames"));
        comparison = cues(r.get("comparison"));
        titleTailHeads = cues(r.get("titleTailHeads"));
        stateObjectPronouns = cues(r.get("stateObjectPronouns"));
        destination = cues(r.get("destination"));
        clauseLinks = cues(r.get("clauseLinks"));
        apposedQuantifiers = cues(r.get("apposedQuantifiers"));
        plural = cues(r.get("plural"));
        indefinite = cues(r.get("indefinite"));
        genitive = cues(r.get("genitive"));
        between = cues(r.get("between"));
        subjectPronouns = cues(r.get("subjectPronouns"));
        conditional = cues(r.get("conditional"));
        tripleStateForms = strings(r.get("tripleStates"));
        verbFirst = r.path("verbFirst").asBoolean(false);
        nounAgentAfter = r.path("nounAgentAfter").asBoolean(false);
        titleModifiers = cues(r.get("titleModifiers"));
        orgAnaphorForms = strings(r.get("orgAnaphors"));
        counterpartForms = strings(r.get("counterpart"));
        pairPersonForms = strings(r.get("pairPersons"));
        pairStateForms = strings(r.get("pairStates"));
        fields(r.get("modality"), (k, v) -> modality.put(k, cues(v)));
        fields(r.get("attributes"), (k, v) -> attributes.put(k, cues(v)));
        JsonNode d = r.path("dates");
        fields(d.get("months"), (k, v) -> months.put(Cues.foldPart(k), v.asInt()));
        fields(d.get("weekdays"), (k, v) -> weekdays.put(Cues.foldPart(k), v.asInt()));
        fields(d.get("relative"), (k, v) -> relative.put(k, cues(v)));
        fields(r.get("types"), (type, t) -> {
            List<TriggerRule> trs = new ArrayList<>();
            for (JsonNode tr : t.path("triggers")) {
                for (String f : strings(tr.get("forms"))) {
                    TriggerRule rule = new TriggerRule(type, new Pattern(f), tr.path("conf").asDouble(0.8),
                            tr.path("noun").asBoolean(false), tr.path("passive").asBoolean(false),
                            tr.path("speaker").asBoolean(false), tr.path("sentence").asBoolean(false), cues(tr.get("requires")), cues(tr.get("excludes")),
                            tr.path("window").asInt(8), tr.hasNonNull("status") ? tr.get("status").asText() : null,
                            cues(tr.get("excludesNear")), tr.path("nearWindow").asInt(3), tr.path("reach").asInt(-1),
                            tr.hasNonNull("directObject") ? tr.get("directObject").asBoolean() : null,
                            tr.path("agent").asBoolean(false), tr.path("leftReach").asInt(-1));
                    trs.add(rule);
                    index(rule);
                }
            }
            types.put(type, new TypeRule(type, SYMMETRIC.contains(type), new HashSet<>(strings(t.get("subject"))),
                    new HashSet<>(strings(t.get("object"))), cues(t.get("subjectMarkers")),
                    cues(t.get("objectMarkers")), cues(t.get("withMarkers")), t.path("blockedByThreat").asBoolean(false),
                    t.path("liftable").asBoolean(false), t.path("endable").asBoolean(false),
                    t.path("directObject").asBoolean(true), trs));
        });
    }

    public static LangRules fromClasspath(String lang) {
        String res = "rules/" + lang + ".json";
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) cl = LangRules.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(res)) {
            if (in == null) throw new IllegalStateException("missing rule file " + res + " on the classpath");
            return new LangRules(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable rule file " + res, e);
        }
    }

    public Cues mod(String name) {
        return modality.getOrDefault(name, EMPTY);
    }

    public Cues attr(String name) {
        return attributes.getOrDefault(name, EMPTY);
    }

    private static final Cues EMPTY = new Cues();

    private void index(TriggerRule r) {
        String f = r.pattern().first();
        if (f.endsWith("*") && f.length() > 1) {
            String p = f.substring(0, f.length() - 1);
            if (p.length() >= 2) byPrefix2.computeIfAbsent(p.substring(0, 2), k -> new ArrayList<>()).add(r);
            else shortPrefix.add(r);
        } else {
            byExact.computeIfAbsent(f, k -> new ArrayList<>()).add(r);
        }
    }

    /** The trigger rules whose first element may match a token with these readings. */
    public void candidates(String[] forms, List<TriggerRule> out) {
        out.clear();
        for (String f : forms) {
            List<TriggerRule> l = byExact.get(f);
            if (l != null) out.addAll(l);
            if (f.length() >= 2) {
                List<TriggerRule> p = byPrefix2.get(f.substring(0, 2));
                if (p != null) {
                    for (TriggerRule r : p) {
                        String e = r.pattern().first();
                        if (f.startsWith(e.substring(0, e.length() - 1)) && !out.contains(r)) out.add(r);
                    }
                }
            }
        }
        out.addAll(shortPrefix);
    }

    public int matchTrigger(TriggerRule r, String[][] forms, int i, int limit, List<Integer> parts) {
        return r.pattern().match(forms, i, limit, parts);
    }

    private interface FieldFn {
        void accept(String k, JsonNode v);
    }

    private static void fields(JsonNode n, FieldFn fn) {
        if (n == null || !n.isObject()) return;
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            fn.accept(e.getKey(), e.getValue());
        }
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) return out;
        if (n.isTextual()) out.add(n.asText());
        else for (JsonNode x : n) out.add(x.asText());
        return out;
    }

    private static Cues cues(JsonNode n) {
        return Cues.of(strings(n));
    }
}
