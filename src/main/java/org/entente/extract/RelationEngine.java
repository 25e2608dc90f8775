package org.entente.extract;

import org.entente.extract.rules.Cues;
import org.entente.extract.rules.LangRules;
import org.entente.extract.rules.TriggerRule;
import org.entente.extract.rules.TypeRule;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.resolve.Catalog;
import org.entente.resolve.CatalogEntity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies the trigger rules of the article's language sentence by sentence. For each trigger it takes the group
 * of coordinated mentions just before it and the groups after it, each tagged by the marker that introduces it
 * (object "on/على/sur", subject "by/من قبل/par", partner "with/between/مع/بين/avec/entre"), assigns subject and
 * object by voice and marker, then lets the modality cues decide: negated, denied or hypothetical triggers give
 * nothing, future ones give status planned, threats block TARIFF/SANCTION/ATTACK, lifting cues give "lifted".
 */
final class RelationEngine {
    private static final boolean DEBUG = Boolean.getBoolean("entente.extract.debug");
    /** A sentence-wide nominal meeting trigger pairs the people of the sentence only when there are at most this many. */
    private static final int SENTENCE_PEOPLE = 4;
    private final Catalog catalog;
    /** Directed facts of the current sentence whose trigger found a subject but no object (object left null). */
    private final List<Found> subjectOnly = new ArrayList<>();
    /** Symmetric nominal triggers of the current sentence that found no parties (subject and object left null). */
    private final List<Found> partyless = new ArrayList<>();
    /** The current sentence's meeting took its subject from the previous sentence (Arabic dropped subject). */
    private boolean proDrop;
    /** Types whose verb forms read as nouns after an article ("la surtaxe", "la signature", "a strike"). */
    /** The types whose agent an organization adjective may be ("European sanctions", "رسوم أوروبية"). */
    private static final Set<String> ORG_ADJECTIVE_TYPES = Set.of("SANCTION", "TARIFF");
    private static final Set<String> ARTICLE_BLOCKS = Set.of("TARIFF", "SANCTION", "AGREEMENT", "THREATEN", "MEETING");
    /** The required cue found for the current trigger ("tariff" in "a 50% U.S. tariff"), or -1. */
    private int reqFrom = -1;
    private int reqTo = -1;
    /** Types whose object a parallel clause may share: "France delivered guns to Ukraine, while Germany supplied …". */
    private static final Set<String> SHARED_OBJECT = Set.of("MILITARY_SUPPORT", "SANCTION", "TARIFF");
    /** Types whose agent an organ stands for its parent organization in ("UN Security Council sanctions"). */
    private static final Set<String> ORGAN_TYPES = Set.of("SANCTION", "THREATEN", "TARIFF");
    /** The current trigger is a tariff or sanction noun: an announcing verb before it is no reporting boundary. */
    private boolean announceable;
    /** Announced tariffs of the previous sentence, which a pause with a pronoun ("paused them") makes threats. */
    private final List<Found> announcedTariffs = new ArrayList<>();
    private final List<Found> announcedNow = new ArrayList<>();
    /** The tokens of the article's date mentions. */
    private boolean[] dateTokens = new boolean[0];
    /** Threats of retaliation of the current sentence with no target ("Islamabad vows to hit back"). */
    private final List<Found> retaliations = new ArrayList<>();
    /** The attacks of the previous sentence. */
    private final List<Found> prevAttacks = new ArrayList<>();

    RelationEngine(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A fact before evidence is attached: token positions of its trigger in the article. */
    record Found(String type, EntityRef subject, EntityRef object, String status, double conf, int sentence,
                 int trigFrom, int trigTo, String trigger, String rate, String goods, String reason,
                 boolean fallback) {}

    private enum Mk { NONE, SUBJ, OBJ, WITH, LOC }

    private static final class Group {
        final List<Arg> args = new ArrayList<>();
        Mk marker = Mk.NONE;
        int distance;
        /** The marker of this (right) group is a coordinator: "between X and Y". */
        boolean coordMarker;
        /** The marker of this (right) group is "between": the group is the whole set of parties. */
        boolean between;
        /** The marker of this (right) group is a genitive ("of", "de"): "the alliance of Russia and China". */
        boolean genitive;
        /** A comma stands between the trigger and this (right) group. */
        boolean comma;
        /** "Russia's …": the possessor of a nominal trigger. */
        boolean possessive;
        /** Found through a relative pronoun, an apposition or as the sentence's subject, not next to the trigger. */
        boolean remote;
        /** "Washington announced 25% tariffs": the announcer before a tariff or sanction noun is its agent. */
        boolean announced;
    }

    /** A trigger matched in a sentence, before its arguments are looked for. */
    private record Hit(TriggerRule rule, int from, int to, List<Integer> parts) {}

    /** "treaty allies" is an alliance, not also a treaty: a match whose words all lie in a longer one of another type. */
    private static boolean insideLonger(Hit h, List<Hit> hits) {
        for (Hit o : hits) {
            // "India was hit with a 25% levy": the passive reading of the same words wins over the active one
            if (o != h && o.rule.type().equals(h.rule.type()) && o.rule.passive() && !h.rule.passive() && !h.rule.noun()
                    && o.from == h.from && o.parts.size() > h.parts.size() && o.parts.containsAll(h.parts)) return true;
            if (o == h || o.rule.type().equals(h.rule.type()) || o.parts.size() <= h.parts.size()) continue;
            // "signed by A and B" is both their meeting and their agreement
            if (o.rule.type().equals("MEETING") && h.rule.type().equals("AGREEMENT")) continue;
            if (o.parts.containsAll(h.parts)) return true;
        }
        return false;
    }

    List<Found> run(Doc doc, Resolver.Result res, List<DateFinder.DateMention> dates) {
        List<Found> out = new ArrayList<>();
        boolean[] inDate = new boolean[doc.tokens.size() + 1];
        for (DateFinder.DateMention d : dates) for (int i = d.from(); i < d.to() && i < inDate.length; i++) inDate[i] = true;
        dateTokens = inDate;
        LangRules rules = doc.rules;
        List<TriggerRule> cands = new ArrayList<>();
        List<Integer> parts = new ArrayList<>();
        int ai = 0;
        Group prevSubject = null;
        for (int s = 0; s < doc.sentences.size(); s++) {
            Sentence sn = doc.sentences.get(s);
            List<Arg> args = new ArrayList<>();
            while (ai < res.args.size() && res.args.get(ai).from < sn.from()) ai++;
            for (int k = ai; k < res.args.size() && res.args.get(k).from < sn.to(); k++) args.add(res.args.get(k));
            Group before = prevSubject;
            boolean pronoun = startsWithPronoun(doc, sn);
            // "Putin … . He then met Modi. On Wednesday he received …": the subject carries over pronoun sentences
            if (!pronoun) prevSubject = args.isEmpty() ? null : openingGroup(doc, args, sn);
            proDrop = false;
            if (args.isEmpty() && (before == null || !pronoun)) {
                pausedAfterwards(doc, sn, List.of(), out);
                announcedTariffs.clear();
                prevAttacks.clear();
                continue;
            }
            if (DEBUG) System.err.println("S" + s + " " + args + " :: " + doc.text.substring(sn.start(), Math.min(sn.end(), sn.start() + 80)));
            List<Found> inSentence = new ArrayList<>();
            List<Hit> hits = new ArrayList<>();
            for (int i = sn.from(); i < sn.to(); i++) {
                if (res.covered[i] || !doc.tokens.get(i).word) continue;
                rules.candidates(doc.forms[i], cands);
                if (cands.isEmpty()) continue;
                for (TriggerRule tr : cands) {
                    int end = rules.matchTrigger(tr, doc.forms, i, sn.to(), parts);
                    if (end < 0) continue;
                    boolean inArg = false;
                    for (int p : parts) inArg |= res.covered[p];
                    if (inArg) continue;
                    hits.add(new Hit(tr, i, end, List.copyOf(parts)));
                }
            }
            subjectOnly.clear();
            partyless.clear();
            List<Arg> withAdjectives = null;
            for (Hit h : hits) {
                if (insideLonger(h, hits)) continue;
                TypeRule type = rules.types.get(h.rule.type());
                List<Arg> use = args;
                if (ORG_ADJECTIVE_TYPES.contains(type.type()) && !rules.orgAdjectives.isEmpty()) {
                    if (withAdjectives == null) withAdjectives = withOrgAdjectives(doc, res, sn, args);
                    use = withAdjectives;
                }
                apply(doc, res, type, h.rule, sn, s, h.from, h.to, h.parts, use, inSentence, inDate, before);
            }
            shareObjects(inSentence);
            retaliate(inSentence);
            // an Arabic sentence whose subject was dropped keeps the previous one for the next sentence
            if (proDrop) prevSubject = before;
            bracketedMembers(doc, args, sn, s, inSentence);
            subsume(inSentence);
            signedNouns(inSentence);
            // a sentence-wide meeting guess gives way to a meeting the sentence states with its participants
            boolean stated = false;
            for (Found f : inSentence) stated |= f.type.equals("MEETING") && !f.fallback;
            if (stated) inSentence.removeIf(f -> f.fallback);
            presence(doc, args, sn, inSentence);
            pausedAfterwards(doc, sn, inSentence, out);
            prevAttacks.clear();
            for (Found f : inSentence) if (f.type.equals("ATTACK") && "active".equals(f.status)) prevAttacks.add(f);
            announcedTariffs.clear();
            announcedTariffs.addAll(announcedNow);
            announcedNow.clear();
            out.addAll(inSentence);
        }
        return out;
    }

    /**
     * "the G7 - the United States, Japan, Germany … - met", "the GCC (Saudi Arabia, the UAE, Qatar …)": a list of two
     * or more states set off by dashes or brackets right after an organization names its members.
     */
    private void bracketedMembers(Doc doc, List<Arg> args, Sentence sn, int s, List<Found> out) {
        LangRules r = doc.rules;
        for (int k = 0; k < args.size(); k++) {
            Arg org = args.get(k);
            if (org.isPerson() || !CatalogEntity.ORGANIZATION.equals(org.stateKind) || org.to >= sn.to()) continue;
            Token open = doc.tokens.get(org.to);
            boolean paren = open.text.equals("(");
            boolean dash = isDash(doc, org.to) || dashBefore(doc, org.to);
            if (!paren && !dash) continue;
            int p = paren || isDash(doc, org.to) ? org.to + 1 : org.to;
            List<Arg> states = new ArrayList<>();
            int j = k + 1;
            while (j < args.size()) {
                Arg a = args.get(j);
                if (!states.isEmpty() && a.from == states.get(states.size() - 1).from) {
                    j++;
                    continue;
                }
                boolean gapOk = true;
                for (int i = p; i < a.from; i++) {
                    Token t = doc.tokens.get(i);
                    if (!isComma(t) && !r.coordination.matches(doc.forms[i]) && !r.skip.matches(doc.forms[i])) gapOk = false;
                }
                if (!gapOk || a.isPerson() || !CatalogEntity.STATE.equals(a.stateKind)) break;
                states.add(a);
                p = a.to;
                j++;
            }
            if (states.size() < 2 || p >= sn.to()) continue;
            Token close = doc.tokens.get(p);
            boolean closed = paren ? close.text.equals(")") : isDash(doc, p) || dashBefore(doc, p);
            if (!closed) continue;
            EntityRef o = ref(org.stateId, org.stateKind);
            Set<String> seen = new LinkedHashSet<>();
            for (Arg a : states) {
                if (!seen.add(a.stateId)) continue;
                out.add(new Found("MEMBER_OF", ref(a.stateId, a.stateKind), o, "active", 0.7, s, org.from, org.to,
                        paren ? "(" : "-", null, null, null, false));
            }
        }
    }

    /**
     * "… signed the accord in the presence of Marco Rubio", "sous l'égide de l'émir du Qatar", "بحضور …": the person
     * named right after a presence cue met each participant of the sentence's meeting.
     */
    private void presence(Doc doc, List<Arg> args, Sentence sn, List<Found> inSentence) {
        Cues c = doc.rules.presence;
        if (c.isEmpty()) return;
        List<Found> add = new ArrayList<>();
        for (int i = sn.from(); i < sn.to(); i++) {
            int len = c.matchAt(doc.tokens, doc.forms, i, sn.to());
            if (len == 0 || doc.covered != null && doc.covered[i]) continue;
            // the meeting stated before the cue, else the sentence's (not another one later in the sentence)
            boolean before = false;
            for (Found f : inSentence) before |= f.type.equals("MEETING") && f.trigTo <= i;
            Found model = null;
            Set<String> ids = new LinkedHashSet<>();
            List<EntityRef> parts = new ArrayList<>();
            for (Found f : inSentence) {
                if (!f.type.equals("MEETING") || before && f.trigTo > i) continue;
                if (model == null) model = f;
                if (ids.add(f.subject.id())) parts.add(f.subject);
                if (ids.add(f.object.id())) parts.add(f.object);
            }
            if (model == null) continue;
            Arg host = null;
            for (Arg a : args) {
                if (a.from < i + len) continue;
                if (a.from - (i + len) <= 3 && a.isPerson() && !a.romanised) host = a;
                break;
            }
            if (host == null) continue;
            EntityRef h = new EntityRef(host.personId, CatalogEntity.PERSON, host.personName);
            for (EntityRef p : parts) {
                if (p.id().equals(h.id())) continue;
                add.add(new Found("MEETING", h, p, model.status, model.conf * 0.9, model.sentence, i, i + len,
                        doc.span(i, i + len), null, null, null, false));
            }
        }
        inSentence.addAll(add);
    }

    /**
     * "India strikes Pakistan; Islamabad vows to hit back", "Islamabad jure de se venger": a threat of retaliation
     * with no target is aimed at the state that attacked the threatener (same or previous sentence).
     */
    private void retaliate(List<Found> inSentence) {
        List<Found> add = new ArrayList<>();
        for (Found t : retaliations) {
            Found hit = null;
            for (Found f : inSentence) {
                if (f.type.equals("ATTACK") && "active".equals(f.status) && f.object.id().equals(t.subject.id())) hit = f;
            }
            if (hit == null) {
                for (Found f : prevAttacks) if (f.object.id().equals(t.subject.id())) hit = f;
            }
            if (hit == null || hit.subject.id().equals(t.subject.id())) continue;
            add.add(new Found("THREATEN", t.subject, hit.subject, t.status, t.conf, t.sentence, t.trigFrom, t.trigTo,
                    t.trigger, null, null, null, false));
        }
        inSentence.addAll(add);
        retaliations.clear();
    }

    /**
     * "France delivered guns to Ukraine, while Germany supplied air defences": a verb that found only its subject
     * takes the object of the same type's fact stated earlier in the sentence by another subject.
     */
    private void shareObjects(List<Found> inSentence) {
        List<Found> add = new ArrayList<>();
        for (Found p : subjectOnly) {
            Found prev = null;
            for (Found f : inSentence) {
                if (f.type.equals(p.type) && f.trigTo <= p.trigFrom && !f.subject.id().equals(p.subject.id())
                        && "active".equals(f.status)) prev = f;
            }
            if (prev == null || prev.object.id().equals(p.subject.id())) continue;
            boolean dup = false;
            for (Found f : inSentence) dup |= f.type.equals(p.type) && f.subject.id().equals(p.subject.id());
            if (dup) continue;
            add.add(new Found(p.type, p.subject, prev.object, p.status, p.conf * 0.9, p.sentence, p.trigFrom, p.trigTo,
                    p.trigger, p.rate, p.goods, p.reason, false));
        }
        inSentence.addAll(add);
        subjectOnly.clear();
    }

    /**
     * "Putin and Kim signed a comprehensive strategic partnership treaty": a partnership or defence noun that found
     * no parties of its own, in the object of a signing verb, takes the signatories.
     */
    private void signedNouns(List<Found> inSentence) {
        List<Found> add = new ArrayList<>();
        for (Found p : partyless) {
            for (Found f : inSentence) {
                // a defence clause ("an attack on one is an attack on both", "تلزم كلا منهما …") anywhere in the
                // sentence of a signed treaty makes it a defence pact; other nouns stand in the signing verb's object
                boolean clause = p.type.equals("DEFENSE_PACT");
                if (!f.type.equals("AGREEMENT") || f.fallback
                        || !clause && (f.trigTo > p.trigFrom || p.trigFrom - f.trigTo > 8)) continue;
                boolean dup = false;
                for (Found g : inSentence) {
                    dup |= g.type.equals(p.type) && pairKey(g).equals(pairKey(f));
                }
                for (Found g : add) dup |= g.type.equals(p.type) && pairKey(g).equals(pairKey(f));
                if (dup) continue;
                add.add(new Found(p.type, f.subject, f.object, f.status, p.conf * 0.9, p.sentence, p.trigFrom, p.trigTo,
                        p.trigger, null, null, null, false));
            }
        }
        inSentence.addAll(add);
        partyless.clear();
    }

    /** A mutual-defence treaty is not also reported as a plain agreement for the same pair in the same sentence. */
    private static void subsume(List<Found> facts) {
        Set<String> pacts = new LinkedHashSet<>();
        for (Found f : facts) if (f.type.equals("DEFENSE_PACT")) pacts.add(pairKey(f));
        facts.removeIf(f -> f.type.equals("AGREEMENT") && pacts.contains(pairKey(f)));
    }

    private static String pairKey(Found f) {
        String a = f.subject.id();
        String b = f.object.id();
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private void apply(Doc doc, Resolver.Result res, TypeRule type, TriggerRule tr, Sentence sn, int s, int tf, int tt,
                       List<Integer> parts, List<Arg> args, List<Found> out, boolean[] inDate, Group prevSubject) {
        LangRules r = doc.rules;
        // a meeting's "phone"/"video" veto holds in its own clause ("held talks in Beijing, a month after they
        // spoke by phone" is a meeting), and outside it forbids only the sentence-wide guess at the participants;
        // the other types' vetoes hold in the whole sentence
        boolean noGuess = false;
        if (!tr.excludes().isEmpty() && tr.excludes().find(doc.tokens, doc.forms, sn.from(), sn.to()) >= 0) {
            if (!type.type().equals("MEETING")) return;
            if (tr.excludes().find(doc.tokens, doc.forms, clauseStart(doc, sn, tf), clauseEnd(doc, sn, tt)) >= 0) return;
            noGuess = true;
        }
        reqFrom = -1;
        reqTo = -1;
        if (!tr.requires().isEmpty()) {
            int from = Math.max(sn.from(), tf - tr.window());
            int to = Math.min(sn.to(), tt + tr.window());
            if (tr.requires().find(doc.tokens, doc.forms, from, to) < 0) return;
            int c = tr.requires().find(doc.tokens, doc.forms, tt, to);
            if (c >= 0) {
                reqFrom = c;
                reqTo = c + Math.max(1, tr.requires().matchAt(doc.tokens, doc.forms, c, sn.to()));
            }
        }
        if (!tr.excludesNear().isEmpty()) {
            int from = Math.max(sn.from(), tf - tr.nearWindow());
            int to = Math.min(sn.to(), tt + tr.nearWindow());
            if (tr.excludesNear().find(doc.tokens, doc.forms, from, tf) >= 0
                    || tr.excludesNear().find(doc.tokens, doc.forms, tt, to) >= 0) return;
        }
        // "la surtaxe américaine", "a hit": a verb form after an article is a noun
        // (for the types whose verbs double as nouns of another sense; "l'adhésion de la Suède", "l'offensive
        // russe" are the relation either way)
        if (!tr.noun() && !tr.passive() && tf > sn.from() && !doc.tokens.get(tf).arabic
                && (article(doc, tf - 1) || percentBefore(doc, tf)) && ARTICLE_BLOCKS.contains(type.type())) return;
        // "the alliance's border": a possessor, not a relation
        if (tr.noun() && tt < sn.to() && (doc.tokens.get(tt).norm.equals("'s") || doc.tokens.get(tt).norm.equals("'"))) return;
        String status = modality(doc, type, tr, sn, tf, tt, parts);
        if (status == null) return;

        boolean member = type.type().equals("MEMBER_OF");
        announceable = tr.noun() && ORG_ADJECTIVE_TYPES.contains(type.type()) && !r.mod("announced").isEmpty();
        Group left = leftGroup(doc, args, tf, sn, member, tr, prevSubject);
        announceable = false;
        // "The two leaders discussed the grain deal": a noun with a short left reach is no relation of a distant subject
        if (left != null && tr.leftReach() >= 0 && tr.noun() && !left.possessive && !left.remote
                && left.distance > tr.leftReach() && !possessiveSuffix(doc, tt - 1)) left = null;
        if (left == null && tr.noun() && type.symmetric() && (pluralSuffix(doc, tt - 1)
                || tf > sn.from() && r.pluralPossessives.matches(doc.forms[tf - 1]))) {
            // "أعلنت السعودية وإيران، أمس، اتفاقهما", "announced their agreement": the clause subject is the parties
            Group cs = sentenceSubject(doc, args, tf, sn, false);
            if (cs != null && distinctSpans(cs) >= 2) left = cs;
        }
        List<Group> right = rightGroups(doc, type, args, tt, sn, tr.reach() >= 0 ? tr.reach() : r.rightWindow, inDate);
        if (right.isEmpty() && !tr.noun() && !tr.requires().isEmpty()) {
            // "imposed tariffs of 50% on a large share of Indian goods": the object hangs on the required noun
            int c = tr.requires().find(doc.tokens, doc.forms, tt, Math.min(sn.to(), tt + tr.window()));
            if (c >= 0) {
                int end = c + Math.max(1, tr.requires().matchAt(doc.tokens, doc.forms, c, sn.to()));
                right = rightGroups(doc, type, args, end, sn, tr.reach() >= 0 ? tr.reach() : r.rightWindow, inDate);
            }
        }
        if (!tr.passive() && !tr.noun() && parts.size() > 1 && r.verbFirst && (left == null || left.remote)) {
            // verb first with a gap: "وأجرى عراقجي على هامش الاجتماع محادثات مع …": the name right after the verb
            // is its subject
            Group gap = new Group();
            for (Arg a : args) {
                if (a.from == tf + 1 && a.to <= parts.get(parts.size() - 1) && !parts.contains(a.from)) gap.args.add(a);
            }
            if (!gap.args.isEmpty()) {
                Arg a0 = gap.args.get(0);
                for (Arg a : args) {
                    if (a.from >= a0.to && a.to <= parts.get(parts.size() - 1) && !parts.contains(a.from)
                            && coordinated(doc, gap.args.get(gap.args.size() - 1).to, a.from, a)) gap.args.add(a);
                }
                left = gap;
            }
        }
        if (tr.passive() && parts.size() > 1) {
            // "under UN Security Council sanctions", "hit with US tariffs": a mention inside the gap is the agent
            Group gap = new Group();
            gap.marker = Mk.SUBJ;
            for (Arg a : args) if (a.from > tf && a.to < tt && !parts.contains(a.from)) gap.args.add(a);
            boolean patient = false;
            if (!gap.args.isEmpty() && left == null && r.verbFirst && gap.args.get(0).from <= tf + 2) {
                // verb first: "تخضع إيران لعقوبات أميركية", "ويخضع النظام البيلاروسي لعقوبات" — the name right
                // after the verb is its subject, the one under the sanctions, not their agent ("المفروضة من …")
                patient = true;
                for (int i = tf + 1; i < gap.args.get(0).from; i++) {
                    if (!doc.tokens.get(i).word || type.subjectMarkers().matches(doc.forms[i])
                            || doc.tokens.get(i).norm.equals("من")) patient = false;
                }
            }
            if (patient) {
                gap.marker = Mk.NONE;
                left = gap;
            } else if (!gap.args.isEmpty()) {
                right.add(0, gap);
            }
        }
        boolean meeting = type.type().equals("MEETING");
        if (DEBUG) {
            StringBuilder b = new StringBuilder("  T " + type.type() + " '" + tr.source() + "' " + status + " L=");
            b.append(left == null ? "-" : left.args + (left.remote ? "(remote)" : ""));
            for (Group g : right) b.append(" R").append(g.marker).append(g.distance).append(g.comma ? "," : "").append(g.args);
            System.err.println(b);
        }

        List<EntityRef[]> pairs = new ArrayList<>();
        boolean fallback = false;
        if (type.symmetric()) {
            Set<String> seen = new LinkedHashSet<>();
            List<EntityRef> leftParts = new ArrayList<>();
            List<EntityRef> rightParts = new ArrayList<>();
            // the partners of the ones before the trigger: "with"/"between" groups, or a direct object next to it
            List<List<EntityRef>> rightGroupsRefs = new ArrayList<>();
            if (left != null) for (Arg a : left.args) addRef(a, meeting, type.subjectKinds(), seen, leftParts);
            List<Boolean> coordJoined = new ArrayList<>();
            List<Boolean> rightGroupsPairable = new ArrayList<>();
            boolean agentAfter = tr.noun() && r.nounAgentAfter && !right.isEmpty() && right.get(0).marker == Mk.NONE
                    && right.get(0).distance == 0;
            boolean suffixPartner = agentAfter && possessiveSuffix(doc, tt - 1);
            if (agentAfter && !suffixPartner && distinctSpans(right.get(0)) >= 2) {
                // "الشراكة الروسية الصينية": the adjectives after the noun are the parties, not the clause subject
                // (one party after it, "أقرب حلفاء روسيا", "حليف بوتين", pairs with the one before)
                leftParts.clear();
                seen.clear();
            }
            List<EntityRef> betweenParts = new ArrayList<>();
            List<EntityRef> agentParts = new ArrayList<>();
            boolean frontedUsed = false;
            int real = 0;
            boolean verbSubjectTaken = false;
            int lastBetween = -2;
            boolean skipped = false;
            for (int g = 0; g < right.size(); g++) {
                Group gr = right.get(g);
                if (gr.marker == Mk.LOC) continue;
                List<EntityRef> probe = new ArrayList<>();
                for (Arg a : gr.args) addRef(a, meeting, type.subjectKinds(), new LinkedHashSet<>(), probe);
                if (probe.isEmpty()) continue;
                boolean first = real++ == 0;
                boolean direct = gr.marker == Mk.NONE && first && gr.distance <= 2 && !gr.comma
                        && (!tr.noun() || left == null || leftParts.isEmpty() || suffixPartner || agentAfter
                        // "its ally Tokyo", "son allié biélorusse": the partner right after a possessive
                        || gr.distance == 0 && possessiveAt(doc, tf, sn)
                        // "Washington's allies Japan and South Korea"
                        || gr.distance == 0 && left.possessive && !doc.rules.verbFirst
                        // "des alliés américains", "allié américain de longue date": a demonym right after the noun
                        || gr.distance == 0 && tr.noun() && !doc.rules.verbFirst && !meeting
                        && "DEMONYM".equals(gr.args.get(0).via));
                // verb first: "التقى بوتين مودي" — subject, then object right after it
                boolean object = gr.marker == Mk.NONE && real == 2 && verbSubjectTaken && gr.distance == 0 && !gr.comma;
                if (object) {
                    List<EntityRef> refs = new ArrayList<>();
                    for (Arg a : gr.args) addRef(a, meeting, type.subjectKinds(), seen, refs);
                    rightParts.addAll(refs);
                    rightGroupsRefs.add(refs);
                    coordJoined.add(false);
                    rightGroupsPairable.add(false);
                    continue;
                }
                if (gr.marker == Mk.SUBJ && !tr.noun() && first && gr.distance <= 1) {
                    // "the Abraham Accords, signed by Israel, the UAE and Bahrain": the agents are the parties
                    for (Arg a : gr.args) addRef(a, meeting, type.subjectKinds(), new LinkedHashSet<>(), agentParts);
                    continue;
                }
                if (gr.marker != Mk.WITH && !direct) {
                    // "between Israel and Hamas was brokered by Qatar and Egypt": a skipped group breaks the run
                    skipped = true;
                    continue;
                }
                // "During talks with Modi, Putin praised …": a fronted meeting phrase, then the clause subject
                if (gr.comma && meeting && tr.noun() && !rightParts.isEmpty() && leftParts.isEmpty() && !frontedUsed
                        && gr.marker == Mk.NONE && frontedPhrase(doc, args, tf, sn)) {
                    frontedUsed = true;
                    for (Arg a : gr.args) addRef(a, true, type.subjectKinds(), seen, leftParts);
                    continue;
                }
                // "a treaty ally of the United States, protested to Beijing": past a comma, another clause
                if (gr.comma && (!rightParts.isEmpty() || verbSubjectTaken && !rightParts.isEmpty())) continue;
                List<EntityRef> refs = new ArrayList<>();
                for (Arg a : gr.args) addRef(a, meeting, type.subjectKinds(), seen, refs);
                if (gr.between || !betweenParts.isEmpty() && gr.coordMarker && g == lastBetween + 1) {
                    // "the alliance between Washington and Manila": the whole set of parties (not "… was brokered
                    // by Qatar and Egypt": only the groups right after the "between" one)
                    betweenParts.addAll(refs);
                    lastBetween = g;
                }
                // (also a fronted participle: "Reçu par Xi Jinping, Vladimir Poutine a salué …", "Welcomed by Xi, Putin …")
                if (meeting && (tr.noun() || !doc.tokens.get(tf).arabic && tf - sn.from() <= 1)
                        && (gr.marker == Mk.WITH || gr.marker == Mk.SUBJ && !tr.noun()) && leftParts.isEmpty() && !frontedUsed && refs.size() >= 2
                        && distinctSpans(gr) >= 2 && frontedPhrase(doc, args, tf, sn)) {
                    // "During talks with Modi, Putin praised …": the comma list runs into the clause subject
                    Arg last = gr.args.get(gr.args.size() - 1);
                    int c = last.from - 1;
                    if (c > tf && isComma(doc.tokens.get(c)) && last.isPerson()) {
                        frontedUsed = true;
                        EntityRef subj = null;
                        for (EntityRef e : refs) if (e.id().equals(last.personId)) subj = e;
                        if (subj != null) {
                            refs.remove(subj);
                            leftParts.add(subj);
                        }
                    }
                }
                if (direct && (left == null || leftParts.isEmpty()) && (!tr.noun() || agentAfter)) {
                    verbSubjectTaken = !tr.noun();
                    // verb first ("وقعتها الإمارات والبحرين مع إسرائيل"): the group right after the verb is its subject
                    leftParts.addAll(refs);
                    continue;
                }
                rightParts.addAll(refs);
                rightGroupsRefs.add(refs);
                coordJoined.add(gr.coordMarker && !skipped);
                skipped = false;
                rightGroupsPairable.add(gr.between || gr.genitive || gr.marker == Mk.NONE);
            }
            if (tr.speaker() || (left == null || leftParts.isEmpty() || rightParts.isEmpty())
                    && possessiveBefore(doc, tf, sn)) {
                Arg sp = tr.speaker() ? res.speakers[s] : clauseSubject(doc, args, tf, sn);
                if (sp != null && !tr.speaker()) {
                    // "China, which calls Pakistan its partner": the clause subject is the other side
                    List<EntityRef> one = new ArrayList<>();
                    addRef(sp, meeting, type.subjectKinds(), seen, one);
                    if (leftParts.isEmpty()) leftParts.addAll(one);
                    else rightParts.addAll(one);
                } else if (sp != null) {
                    // "our partnership": the speaker's state and the people (else the one state) they speak of
                    addRef(sp, meeting, type.subjectKinds(), seen, leftParts);
                    List<Arg> others = new ArrayList<>();
                    for (Arg a : args) if (a.isPerson() && !a.personId.equals(sp.personId)) others.add(a);
                    if (others.isEmpty()) {
                        Set<String> states = new LinkedHashSet<>();
                        for (Arg a : args) if (!a.isPerson() && a.stateId != null) states.add(a.stateId);
                        if (states.size() == 1) for (Arg a : args) if (!a.isPerson()) others.add(a);
                    }
                    for (Arg a : others) addRef(a, meeting, type.subjectKinds(), seen, leftParts);
                }
            }
            if (left != null && left.possessive && rightParts.isEmpty() && tr.noun() && leftParts.size() == 1
                    && !right.isEmpty() && right.get(0).marker == Mk.NONE && right.get(0).distance == 0
                    ) {
                // "Venezuela's closest ally, Russia, …", "Russia's closest ally Belarus": the apposition after the
                // noun is the other party
                for (Arg a : right.get(0).args) addRef(a, meeting, type.subjectKinds(), seen, rightParts);
            }
            if (left != null && left.possessive && rightParts.isEmpty() && tr.noun() && leftParts.size() == 1) {
                // "Canada is Washington's closest partner": the possessor and the clause subject
                Group cs = sentenceSubject(doc, args, left.args.get(0).from, sn, false);
                if (cs == null) cs = relativeLeft(doc, args, left.args.get(0).from, sn, true);
                if (cs != null) for (Arg a : cs.args) addRef(a, meeting, type.subjectKinds(), seen, rightParts);
            } else if (left != null && !left.possessive && !left.remote && left.distance <= 1 && rightParts.isEmpty()
                    && tr.noun() && !meeting && leftParts.size() == 1 && distinctSpans(left) == 1) {
                // "Japan and the Philippines are U.S. treaty allies", "Seoul, a longtime US ally": the state right
                // before the noun and the subject of the copula or the head of the apposition
                Group cs = sentenceSubject(doc, args, left.args.get(0).from, sn, false);
                int csEnd = 0;
                if (cs != null) for (Arg a : cs.args) csEnd = Math.max(csEnd, a.to);
                if (cs != null && csEnd <= left.args.get(0).from && copulaOrApposition(doc, csEnd, left.args.get(0).from)) {
                    for (Arg a : cs.args) addRef(a, meeting, type.subjectKinds(), seen, rightParts);
                }
            }
            if (agentParts.size() >= 2 && betweenParts.size() < 2) betweenParts = agentParts;
            else if (agentParts.size() == 1) {
                leftParts.clear();
                leftParts.addAll(agentParts);
            }
            if (betweenParts.size() >= 2) {
                leftParts.clear();
                rightParts.clear();
                rightGroupsRefs.clear();
                coordJoined.clear();
                rightGroupsPairable.clear();
                rightGroupsRefs.add(betweenParts);
                coordJoined.add(false);
                rightGroupsPairable.add(true);
                rightParts.addAll(betweenParts);
            }
            List<EntityRef> all = new ArrayList<>(leftParts);
            all.addAll(rightParts);
            // a named party the fact cannot use (a romanised name) is still a party: no guessing from the sentence
            boolean unusable = false;
            if (left != null) for (Arg a : left.args) unusable |= a.isPerson() && a.romanised;
            for (Group gr : right) if (gr.marker == Mk.WITH) for (Arg a : gr.args) unusable |= a.isPerson() && a.romanised;
            if (meeting && tr.sentence() && all.size() < 2 && !unusable) {
                if (noGuess) return;
                // "خلال لقاء قمة جمعهما", "the talks": the people of the sentence, when there are few
                List<EntityRef> sent = new ArrayList<>();
                Set<String> seenAll = new LinkedHashSet<>();
                for (Arg a : args) if (a.isPerson()) addRef(a, true, type.subjectKinds(), seenAll, sent);
                if (sent.size() >= 2 && sent.size() <= SENTENCE_PEOPLE) {
                    for (int x = 0; x < sent.size(); x++)
                        for (int y = x + 1; y < sent.size(); y++) pairs.add(new EntityRef[] {sent.get(x), sent.get(y)});
                    fallback = true;
                }
            } else if (!leftParts.isEmpty() && !rightParts.isEmpty()) {
                // "Japan signed deals with Australia and with Britain": each partner with the subject, not each other
                for (EntityRef x : leftParts) for (EntityRef y : rightParts) pairs.add(new EntityRef[] {x, y});
            } else if (!leftParts.isEmpty()) {
                for (int x = 0; x < leftParts.size(); x++)
                    for (int y = x + 1; y < leftParts.size(); y++) pairs.add(new EntityRef[] {leftParts.get(x), leftParts.get(y)});
            } else {
                // "talks between X and Y", "with X, Y and Z": the members of a group, and groups joined by "and"
                // ("with A and B" are partners of someone else, never of each other)
                List<EntityRef> run = new ArrayList<>();
                boolean pairable = false;
                for (int g = 0; g < rightGroupsRefs.size(); g++) {
                    if (g > 0 && !coordJoined.get(g)) {
                        if (pairable) addAllPairs(run, pairs);
                        run = new ArrayList<>();
                    }
                    if (run.isEmpty()) pairable = rightGroupsPairable.get(g);
                    run.addAll(rightGroupsRefs.get(g));
                }
                if (pairable) addAllPairs(run, pairs);
            }
            int personGroups = 0;
            for (Group gr : right) {
                boolean person = false;
                for (Arg a : gr.args) person |= a.isPerson();
                if (person && !gr.comma) personGroups++;
            }
            if (meeting && pairs.isEmpty() && !tr.noun() && leftParts.size() == 1 && rightParts.isEmpty()
                    && objectPronoun(doc, tf, tt, sn)) {
                // "Putin arrived on Thursday; Xi welcomed him", "Modi est arrivé à Paris, où Macron l'a accueilli":
                // the last person named before the verb (in the sentence, else the previous sentence's subject)
                EntityRef subj = leftParts.get(0);
                Predicate<Arg> person = a -> a.isPerson() && !a.romanised && !a.personId.equals(subj.id());
                Arg other = lastBefore(args, tf, person);
                if (other == null && prevSubject != null) other = lastBefore(prevSubject.args, Integer.MAX_VALUE, person);
                if (other != null) {
                    pairs.add(new EntityRef[] {subj, new EntityRef(other.personId, CatalogEntity.PERSON, other.personName)});
                }
            }
            if (meeting && pairs.isEmpty() && prevSubject != null && verbSubjectTaken && leftParts.size() == 1
                    && rightParts.isEmpty() && personGroups == 1 && clauseInitialArabicVerb(doc, tf, sn)) {
                // "… وصل شي إلى موسكو. والتقى الرئيس الروسي بوتين": the dropped subject is the previous sentence's
                for (Arg a : prevSubject.args) {
                    if (!a.isPerson() || a.romanised || a.personId.equals(leftParts.get(0).id())) continue;
                    pairs.add(new EntityRef[] {new EntityRef(a.personId, CatalogEntity.PERSON, a.personName), leftParts.get(0)});
                }
                if (!pairs.isEmpty()) proDrop = true;
            }
        } else {
            List<Arg> subj = new ArrayList<>();
            List<Arg> obj = new ArrayList<>();
            // (only for supplying verbs: in "العقوبات التي فرضتها واشنطن" the suffix is the relative's antecedent)
            Group suffixObject = !type.type().equals("MILITARY_SUPPORT") || tf > sn.from() && r.relativePronouns.matches(doc.forms[tf - 1])
                    || member || tr.noun() || tr.passive() || !possessiveSuffix(doc, tt - 1) || right.isEmpty()
                    || right.get(0).marker != Mk.NONE || right.get(0).distance != 0 ? null
                    : sentenceSubject(doc, args, tf, sn, false);
            Group copulaSubject = null;
            if (tr.agent() && left != null && left.possessive) {
                // "The United States is Israel's main arms supplier": the possessor receives, the copula's subject gives
                Group cs = nearLeft(doc, args, left.args.get(0).from, sn, false, false);
                if (cs != null && onlyCopulas(doc, cs.args.get(0).to, left.args.get(0).from)) copulaSubject = cs;
            }
            if (copulaSubject != null) {
                subj.addAll(copulaSubject.args);
                obj.addAll(left.args);
            } else if (suffixObject != null && !suffixObject.args.contains(right.get(0).args.get(0))) {
                // "وتعتمد فنزويلا على السلاح الروسي، إذ زودتها موسكو بمقاتلات": the suffix is the sentence's subject,
                // the group after the verb its agent
                subj.addAll(right.get(0).args);
                obj.addAll(suffixObject.args);
            } else {
                assign(doc, type, tr, left, right, subj, obj, tt);
                if (!subj.isEmpty() && obj.isEmpty() && SHARED_OBJECT.contains(type.type()) && !tr.noun() && !tr.passive()
                        && pronounObject(doc, r.stateObjectPronouns, tf, tt, sn, true)) {
                    // "is Israel's closest ally and supplies it with weapons", "la Russie lui livre des armes": the
                    // last state named before the verb other than the subject
                    String agent = subj.get(0).stateId;
                    Arg last = lastBefore(args, tf, a -> !a.isPerson() && CatalogEntity.STATE.equals(a.stateKind)
                            && a.stateId != null && !a.stateId.equals(agent));
                    if (last != null) obj.add(last);
                }
            }
            if (!subj.isEmpty() && obj.isEmpty() && tr.noun() && ORG_ADJECTIVE_TYPES.contains(type.type())
                    && byBefore(doc, type, tf, sn)) {
                // "Niamey est frappé depuis juillet par de lourdes sanctions de la Cédéao": the clause subject of the
                // passive is the target
                Group cs = sentenceSubject(doc, args, tf, sn, false);
                String agent = subj.get(0).stateId;
                if (cs != null) for (Arg a : cs.args) if (!a.isPerson() && a.stateId != null && !a.stateId.equals(agent)) obj.add(a);
            }
            if (member && !subj.isEmpty() && obj.isEmpty()) {
                // "the group that Brazil founded with Russia": the one organization of the sentence
                Set<String> orgs = new LinkedHashSet<>();
                Arg only = null;
                for (Arg a : args) {
                    if (!a.isPerson() && CatalogEntity.ORGANIZATION.equals(a.stateKind) && orgs.add(a.stateId)) only = a;
                }
                if (orgs.size() == 1) obj.add(only);
                // "Turkey and Hungary, the only members yet to ratify": the organization the text is about
                if (orgs.isEmpty() && tr.noun()) {
                    // of the organizations of the last two sentences, the one the article names most
                    Map<String, Integer> counts = new LinkedHashMap<>();
                    for (Arg a : res.args) {
                        if (a.from >= sn.from()) break;
                        if (!a.isPerson() && CatalogEntity.ORGANIZATION.equals(a.stateKind)) counts.merge(a.stateId, 1, Integer::sum);
                    }
                    Arg last = null;
                    for (Arg a : res.args) {
                        if (a.from >= sn.from()) break;
                        if (a.isPerson() || !CatalogEntity.ORGANIZATION.equals(a.stateKind) || s - doc.sentenceOf[a.from] > 2) continue;
                        if (last == null || counts.get(a.stateId) >= counts.get(last.stateId)) last = a;
                    }
                    if (last != null) obj.add(last);
                }
            }
            if (type.type().equals("THREATEN") && !subj.isEmpty()) {
                // "… warned of tougher tariffs if Beijing retaliates", "would respond if Washington sent missiles to
                // Kyiv": the state the condition is about, unless an object stands before the condition
                for (int i = tt; i < sn.to(); i++) {
                    if (!r.conditional.matches(doc.forms[i])) continue;
                    if (!obj.isEmpty() && obj.get(0).from < i) break;
                    for (Arg a : args) {
                        if (a.from <= i || a.from > i + 3) continue;
                        if (!a.isPerson() && CatalogEntity.STATE.equals(a.stateKind) && !subj.get(0).stateId.equals(a.stateId)) {
                            obj.clear();
                            obj.add(a);
                        }
                        break;
                    }
                    break;
                }
            }
            for (Arg a : subj) {
                EntityRef sr = asKind(a, type.subjectKinds(), false);
                if (sr == null) continue;
                for (Arg b : obj) {
                    EntityRef or = asKind(b, type.objectKinds(), type.objectKinds().contains("Person"));
                    if (or == null || or.id().equals(sr.id())) continue;
                    pairs.add(new EntityRef[] {sr, or});
                }
            }
        }
        if (pairs.isEmpty()) {
            if (type.symmetric() && tr.noun() && !meeting && !type.type().equals("AGREEMENT")) {
                partyless.add(new Found(type.type(), null, null, status, tr.conf(), s, tf, tt, triggerText(doc, parts),
                        null, null, null, false));
            }
            if (!type.symmetric() && SHARED_OBJECT.contains(type.type()) && !tr.noun() && !tr.passive()) {
                List<Arg> subj = new ArrayList<>();
                List<Arg> obj = new ArrayList<>();
                assign(doc, type, tr, left, right, subj, obj, tt);
                if (!subj.isEmpty() && obj.isEmpty() && left != null && !left.remote) {
                    EntityRef sr = asKind(subj.get(0), type.subjectKinds(), false);
                    if (sr != null) subjectOnly.add(new Found(type.type(), sr, null, status, tr.conf(), s, tf, tt,
                            triggerText(doc, parts), null, null, null, false));
                }
            }
            if (type.type().equals("THREATEN") && !tr.noun()
                    && cue(doc, r.mod("retaliation"), tt, Math.min(sn.to(), tt + tr.window())) >= 0) {
                List<Arg> subj = new ArrayList<>();
                List<Arg> obj = new ArrayList<>();
                assign(doc, type, tr, left, right, subj, obj, tt);
                EntityRef sr = subj.isEmpty() || !obj.isEmpty() ? null : asKind(subj.get(0), type.subjectKinds(), false);
                if (sr != null) retaliations.add(new Found(type.type(), sr, null, status, tr.conf() * 0.9, s, tf, tt,
                        triggerText(doc, parts), null, null, null, false));
            }
            return;
        }
        String trigger = triggerText(doc, parts);
        String rate = null;
        String goods = null;
        String reason = null;
        if (type.type().equals("TARIFF") || type.type().equals("SANCTION")) {
            rate = rate(doc, sn, tf);
            goods = firstCue(doc, r.attr("goods"), tt, sn.to());
            reason = reason(doc, r.attr("reason"), tt, sn.to());
        }
        double conf = tr.conf();
        String outType = type.type();
        boolean announcedTariff = false;
        if (outType.equals("TARIFF")) {
            announcedTariff = announcedTariff(doc, sn, tf, tt, status, left);
            if (neverApplied(doc, sn, tf, tt, announcedTariff)) {
                // "announced 25% tariffs on Canada, but paused them": a threat, not a tariff
                outType = "THREATEN";
                status = "active";
                conf *= 0.9;
                announcedTariff = false;
            }
        }
        for (EntityRef[] p : pairs) {
            double c = conf;
            if (ORGAN_TYPES.contains(outType) && catalog.organOf(p[0].id()) != null) {
                // "UN Security Council sanctions" are the UN's
                p[0] = ref(catalog.organOf(p[0].id()), CatalogEntity.ORGANIZATION);
                if (p[0].id().equals(p[1].id())) continue;
            }
            Found f = new Found(outType, p[0], p[1], status, Math.max(0.05, Math.min(0.99, c)), s, tf, tt, trigger,
                    rate, goods, reason, fallback);
            out.add(f);
            if (announcedTariff && !"lifted".equals(status)) announcedNow.add(f);
        }
    }

    /**
     * The tariff was announced or planned rather than imposed: the status is planned, an announcing verb stands
     * before it in its clause ("a annoncé des droits de douane", "أعلن … فرض رسوم"), or its subject is an announcer.
     */
    private static boolean announcedTariff(Doc doc, Sentence sn, int tf, int tt, String status, Group left) {
        LangRules r = doc.rules;
        if ("planned".equals(status) || left != null && left.announced) return true;
        int from = Math.max(clauseStart(doc, sn, tf), tf - r.modalityWindow);
        return cue(doc, r.mod("announced"), from, tf) >= 0 || cue(doc, r.mod("future"), from, tt) >= 0;
    }

    /**
     * A tariff that never applied: a `neverApplied` cue ("postponed", "never took effect") in its clause or after it
     * in the sentence, or a `paused` cue ("paused", "suspendus", "علق") there when the tariff was only announced
     * ("announced tariffs on Canada, but paused them"; "paused the tariffs it imposed in March" stays a tariff).
     */
    private static boolean neverApplied(Doc doc, Sentence sn, int tf, int tt, boolean announced) {
        LangRules r = doc.rules;
        Cues never = r.mod("neverApplied");
        Cues paused = r.mod("paused");
        if (never.isEmpty() && paused.isEmpty()) return false;
        int from = Math.max(clauseStart(doc, sn, tf), tf - r.modalityWindow);
        if (cue(doc, never, from, tt) >= 0 || referredCue(doc, never, tt, sn.to())) return true;
        if (!announced) return false;
        return cue(doc, paused, from, tt) >= 0 || referredCue(doc, paused, tt, sn.to());
    }

    /**
     * A cue in [from, to) with a word pointing back to the tariffs within two words of it (`pausedReference`:
     * "paused them", "avant de les suspendre", "يعلقها", "the tariffs were postponed").
     */
    private static boolean referredCue(Doc doc, Cues c, int from, int to) {
        Cues ref = doc.rules.mod("pausedReference");
        for (int i = cue(doc, c, from, to); i >= 0; i = cue(doc, c, i + 1, to)) {
            int len = Math.max(1, c.matchAt(doc.tokens, doc.forms, i, to));
            if (cue(doc, ref, Math.max(from, i - 2), Math.min(to, i + len + 2)) >= 0) return true;
        }
        return false;
    }

    /**
     * "Washington announced tariffs on Canada. Two days later it paused them.": a sentence with no tariff of its
     * own whose pause cue has a pronoun next to it ("them", "les", "يعلقها") makes the previous sentence's
     * announced tariffs threats.
     */
    private void pausedAfterwards(Doc doc, Sentence sn, List<Found> inSentence, List<Found> out) {
        if (announcedTariffs.isEmpty()) return;
        for (Found f : inSentence) if (f.type.equals("TARIFF")) return;
        LangRules r = doc.rules;
        if (!referredCue(doc, r.mod("paused"), sn.from(), sn.to())
                && !referredCue(doc, r.mod("neverApplied"), sn.from(), sn.to())) return;
        for (Found f : announcedTariffs) {
            int k = out.indexOf(f);
            if (k < 0) continue;
            out.set(k, new Found("THREATEN", f.subject, f.object, "active", f.conf * 0.85, f.sentence, f.trigFrom,
                    f.trigTo, f.trigger, f.rate, f.goods, f.reason, f.fallback));
        }
    }

    private static void addAllPairs(List<EntityRef> xs, List<EntityRef[]> pairs) {
        for (int x = 0; x < xs.size(); x++)
            for (int y = x + 1; y < xs.size(); y++) pairs.add(new EntityRef[] {xs.get(x), xs.get(y)});
    }

    private void addRef(Arg a, boolean person, Set<String> kinds, Set<String> seen, List<EntityRef> out) {
        // a romanised Arabic name is a guess at an id: it names the person in HOLDS_OFFICE, not in meetings
        if (person && a.isPerson() && a.romanised) return;
        EntityRef ref = person ? (a.isPerson() ? new EntityRef(a.personId, CatalogEntity.PERSON, a.personName) : null)
                : asKind(a, kinds, false);
        if (ref != null && seen.add(ref.id())) out.add(ref);
    }

    /** The argument as an entity of an allowed kind; a person acts for their state unless persons are allowed. */
    private EntityRef asKind(Arg a, Set<String> kinds, boolean personAllowed) {
        if (a.isPerson()) {
            if (personAllowed && a.named) {
                // a romanised Arabic name is a guess: the target is that person, not their state
                return a.romanised ? null : new EntityRef(a.personId, CatalogEntity.PERSON, a.personName);
            }
            if (a.stateId != null && kinds.contains(a.stateKind)) return ref(a.stateId, a.stateKind);
            return null;
        }
        if (a.stateId == null || !kinds.contains(a.stateKind)) return null;
        return ref(a.stateId, a.stateKind);
    }

    private EntityRef ref(String id, String kind) {
        return catalog.find(id).map(e -> new EntityRef(e.id(), e.kind(), e.name())).orElse(new EntityRef(id, kind, id));
    }

    private void assign(Doc doc, TypeRule type, TriggerRule tr, Group left, List<Group> right, List<Arg> subj,
                        List<Arg> obj, int tt) {
        Set<String> sk = type.subjectKinds();
        Set<String> ok = type.objectKinds();
        boolean disjoint = true;
        for (String k : sk) if (ok.contains(k)) disjoint = false;
        if (disjoint) {
            // MEMBER_OF: the kinds tell the roles apart, wherever they stand
            List<Group> all = new ArrayList<>();
            if (left != null) all.add(left);
            for (Group g : right) {
                // "X, whose country is a NATO member since 1952, met Putin": past a comma, another clause
                // ("A NATO member since 1952, Turkey blocked …": a fronted apposition names only the organization)
                if (g.marker != Mk.LOC && !(g.comma && g.distance > 1 && g.marker == Mk.NONE && left != null
                        && !(onlyOrganizations(left) && left.distance == 0 && fronted(doc, left)))) all.add(g);
            }
            if (tr.passive()) {
                // "rejoints l'an dernier par l'Égypte", "later joined by South Africa": the group after the trigger
                for (Group g : right) {
                    if (all.contains(g) && g != left) {
                        all.remove(g);
                        all.add(0, g);
                        break;
                    }
                }
            }
            for (Group g : all) {
                for (Arg a : g.args) {
                    if (subj.isEmpty() || subj.get(0).from == a.from || groupOf(all, subj.get(0)) == g) {
                        if (asKind(a, sk, false) != null && !subj.contains(a)) subj.add(a);
                    }
                }
                if (!subj.isEmpty()) {
                    // "Japan sits, with the US, India and Australia, in the Quad": co-members; and right after the
                    // organization, "siège au sein du Quad aux côtés des États-Unis, du Japon et de l'Australie"
                    boolean orgSeen = false;
                    for (Group h : all) {
                        boolean org = false;
                        for (Arg a : h.args) org |= asKind(a, ok, false) != null;
                        if (org) {
                            if (orgSeen || h == g) break;
                            orgSeen = true;
                            continue;
                        }
                        if (h == g || h.marker != Mk.WITH || orgSeen && (h.comma || h.distance > 1)) continue;
                        for (Arg a : h.args) if (asKind(a, sk, false) != null && !subj.contains(a)) subj.add(a);
                        // "aux côtés des États-Unis, du Japon et de l'Australie": the genitive-joined list goes on
                        if (orgSeen) {
                            int at = all.indexOf(h);
                            for (int q = at + 1; q < all.size(); q++) {
                                Group nx = all.get(q);
                                if (!nx.genitive && !nx.coordMarker || !onlyStates(nx)) break;
                                for (Arg a : nx.args) if (asKind(a, sk, false) != null && !subj.contains(a)) subj.add(a);
                            }
                            break;
                        }
                    }
                    break;
                }
            }
            for (Group g : all) {
                for (Arg a : g.args) if (asKind(a, ok, false) != null && !subj.contains(a)) obj.add(a);
                if (!obj.isEmpty()) break;
            }
            return;
        }
        Group subjG = null;
        Group objG = null;
        boolean direct = tr.directObject() != null ? tr.directObject() : type.directObject();
        if (tr.passive()) {
            objG = left;
            if (objG == null && doc.rules.verbFirst && !right.isEmpty() && right.get(0).marker == Mk.NONE
                    && right.get(0).distance == 0 && !right.get(0).comma
                    && (reqFrom < 0 || right.get(0).args.get(0).from < reqFrom)) {
                // verb first: "وتحصل إسرائيل على مساعدات عسكرية أميركية" — the name right after the verb is its
                // subject, the one who receives or is targeted
                objG = right.get(0);
            }
            for (Group g : right) {
                if (g.marker == Mk.SUBJ) {
                    subjG = g;
                    break;
                }
            }
            // "يخضع مادورو لعقوبات أميركية", "hit with US tariffs": a demonym right after the trigger is the agent;
            // so is any state right after a trigger that needs its cue ("relies on Russia for military hardware")
            if (subjG == null) {
                for (Group g : right) {
                    if (g != objG && g.marker == Mk.NONE && g.distance == 0 && !g.comma
                            && (g.args.get(0).via.equals("DEMONYM") || type.type().equals("MILITARY_SUPPORT") && !tr.requires().isEmpty() && reqFrom > g.args.get(0).from)) {
                        subjG = g;
                        break;
                    }
                }
            }
            // "India faces a 50% U.S. tariff", "تخضع لرسم أميركي": the state named right before or after the required noun
            for (int pass = 0; pass < 2 && subjG == null && reqFrom >= 0; pass++) {
                for (Group g : right) {
                    if (g == objG || g.marker != Mk.NONE) continue;
                    Arg first = g.args.get(0);
                    Arg last = g.args.get(g.args.size() - 1);
                    // an adjective after the noun first; a mention before it only if it is a demonym or not Arabic
                    // ("وتواجه سويسرا رسوماً أميركية": Switzerland is the verb's subject)
                    // ("على الطائرات المسيرة الإيرانية": one Arabic adjective may stand between)
                    boolean hit = pass == 0 ? first.from == reqTo || first.from == reqTo + 1 && doc.tokens.get(reqTo).arabic
                            && doc.tokens.get(reqTo).norm.startsWith("ال") && "DEMONYM".equals(first.via)
                            : last.to == reqFrom && (!doc.lang.equals("ar") || "DEMONYM".equals(last.via));
                    if (hit) {
                        subjG = g;
                        break;
                    }
                }
            }
            if (subjG != null && objG != null && subjG.marker == Mk.SUBJ && subjG.distance > 2 && reqTo >= 0
                    && type.type().equals("MILITARY_SUPPORT")) {
                // "s'appuie sur des paramilitaires russes et sur des drones livrés par la Turquie": the demonym after
                // the required noun supplies too
                for (Group g : right) {
                    if (g == subjG || g == objG || g.marker != Mk.NONE || g.args.get(0).from != reqTo
                            || !"DEMONYM".equals(g.args.get(0).via)) continue;
                    Group both = new Group();
                    both.marker = Mk.SUBJ;
                    both.args.addAll(g.args);
                    both.args.addAll(subjG.args);
                    subjG = both;
                    break;
                }
            }
            if (objG == null) {
                for (Group g : right) {
                    if (g != subjG && (g.marker == Mk.NONE || g.marker == Mk.OBJ)) {
                        objG = g;
                        break;
                    }
                }
            }
        } else if (tr.agent()) {
            // "Washington was Ukraine's first arms supplier", "le premier fournisseur d'armes de l'Ukraine"
            subjG = left;
            for (Group g : right) {
                if (g.marker != Mk.LOC && (g.marker != Mk.SUBJ || g.genitive)) {
                    objG = g;
                    break;
                }
            }
        } else {
            if (tr.noun()) {
                Group after = right.isEmpty() ? null : right.get(0);
                if (doc.rules.nounAgentAfter && after != null && after.marker == Mk.NONE && after.distance == 0) {
                    // "الغزو الروسي لأوكرانيا": the adjective or genitive after the noun is its agent
                    subjG = after;
                } else if (left != null && (left.distance <= 1 || left.possessive && left.distance <= 3 || left.remote
                        || left.announced && left.distance <= 4)) {
                    subjG = left;
                }
                if (subjG == null) {
                    for (Group g : right) {
                        // "les droits de douane et condamné les frappes israéliennes": not across a coordinator
                        if (g.marker == Mk.SUBJ || (g.marker == Mk.NONE && g.distance <= 3
                                && !coordinatorBetween(doc, tt, g.args.get(0).from))) {
                            subjG = g;
                            break;
                        }
                        if (g.marker == Mk.OBJ) break;
                    }
                }
            } else {
                subjG = left;
                if (!right.isEmpty() && right.get(0).marker == Mk.SUBJ && right.get(0).distance == 0 && !right.get(0).comma
                        && left != null && !type.symmetric()) {
                    // "drones delivered by Turkey", "des drones livrés par la Turquie": the agent right after a
                    // participle; the clause's subject is then the recipient unless an object is marked
                    boolean marked = false;
                    for (Group g : right) marked |= g.marker == Mk.OBJ;
                    subjG = right.get(0);
                    if (!marked) objG = left;
                }
                if (subjG == null) {
                    for (Group g : right) {
                        if (g.marker == Mk.NONE || g.marker == Mk.SUBJ) {
                            subjG = g;
                            break;
                        }
                        if (g.marker == Mk.OBJ) break;
                    }
                }
            }
            // "l'invasion de l'Ukraine par la Russie": a "by" group after the object
            if (subjG == null) {
                for (Group g : right) {
                    if (g.marker == Mk.SUBJ) {
                        subjG = g;
                        break;
                    }
                }
            }
            // "China sanctioned U.S. defence firms over arms sales to Taiwan": the object right after the verb first
            if (direct && !tr.noun() && !right.isEmpty() && right.get(0) != subjG && right.get(0).marker == Mk.NONE
                    && right.get(0).distance == 0 && !right.get(0).comma) objG = right.get(0);
            for (Group g : right) {
                if (objG != null) break;
                if (g == subjG || g.marker != Mk.OBJ) continue;
                // "Ottawa impose … sur 30 milliards de dollars canadiens de marchandises américaines"
                if (subjG != null && sameEntities(g, subjG)) continue;
                objG = g;
                break;
            }
            if (objG == null && direct && !tr.noun()) {
                for (Group g : right) {
                    if (g == subjG || g.marker != Mk.NONE) continue;
                    if (!g.comma && g.distance <= 2) objG = g;
                    // verb first: "قصفت القوات الروسية مدينة خاركيف الأوكرانية" — the object two words after the subject
                    else if (!g.comma && doc.rules.verbFirst && subjG != null && right.contains(subjG)
                            && wordsBetween(doc, subjG.args.get(subjG.args.size() - 1).to, g.args.get(0).from) <= 2) objG = g;
                    break;
                }
            }
        }
        if (objG != null && type.objectKinds().contains(CatalogEntity.PERSON)) {
            // "عقوبات على قاضي المحكمة العليا البرازيلية ألكسندر دي مورايس": a demonym right before a person of its
            // state qualifies that person, who is the target
            Arg last = objG.args.get(objG.args.size() - 1);
            for (Group g : right) {
                if (g == objG || g == subjG || g.args.isEmpty()) continue;
                Arg p = g.args.get(0);
                if (p.from == last.to && p.isPerson() && p.named && !p.romanised && p.stateId != null
                        && p.stateId.equals(last.stateId) && !last.isPerson()) {
                    objG = g;
                    break;
                }
            }
        }
        if (subjG != null) subj.addAll(subjG.args);
        if (objG != null) obj.addAll(objG.args);
    }

    /** A subject marker ("by", "par") right before the noun, past an article and up to two adjectives. */
    private static boolean byBefore(Doc doc, TypeRule type, int tf, Sentence sn) {
        for (int i = tf - 1; i >= sn.from() && i >= tf - 4; i--) {
            if (!doc.tokens.get(i).word) return false;
            if (type.subjectMarkers().matches(doc.forms[i])) return true;
        }
        return false;
    }

    /** "a 25% levy", "une surtaxe de 10 %": a percent sign right before the word makes it a noun. */
    private static boolean percentBefore(Doc doc, int tf) {
        String p = doc.tokens.get(tf - 1).text;
        return p.equals("%") || p.equals("٪");
    }

    /** The closing comma of ", <date>," opened by the comma at c (before {@code to}), or -1. */
    private static int dateParenthetical(Doc doc, int c, int to, boolean[] inDate) {
        boolean date = false;
        for (int j = c + 1; j < to; j++) {
            if (isComma(doc.tokens.get(j))) return date ? j : -1;
            if (inDate[j]) date = true;
            else if (!doc.rules.auxiliaries.matches(doc.forms[j]) && !doc.rules.skip.matches(doc.forms[j])) return -1;
        }
        return -1;
    }

    private static int wordsBetween(Doc doc, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (isComma(doc.tokens.get(i)) || isStop(doc.tokens.get(i))) return 99;
            if (doc.tokens.get(i).word) n++;
        }
        return n;
    }

    /** The first token of the trigger's clause: after a stop or a left boundary word ("after", "بعد"). */
    private static int clauseStart(Doc doc, Sentence sn, int tf) {
        for (int i = tf - 1; i >= sn.from(); i--) {
            if (isStop(doc.tokens.get(i)) || doc.rules.leftBoundaries.matches(doc.forms[i])) return i + 1;
        }
        return sn.from();
    }

    /** The end of the trigger's clause: a stop or a right boundary word after it. */
    private static int clauseEnd(Doc doc, Sentence sn, int tt) {
        for (int i = tt; i < sn.to(); i++) {
            if (isStop(doc.tokens.get(i)) || doc.rules.rightBoundaries.matches(doc.forms[i])) return i;
        }
        return sn.to();
    }

    /** A short article ("the", "a", "la", "une", "l'"), not a demonstrative or relative "that". */
    /**
     * The sentence's mentions plus the organization adjectives standing next to a sanction or tariff noun
     * ("les sanctions européennes", "لعقوبات أوروبية", "European sanctions"): the organization is their agent.
     */
    private static List<Arg> withOrgAdjectives(Doc doc, Resolver.Result res, Sentence sn, List<Arg> args) {
        LangRules r = doc.rules;
        List<Arg> extra = new ArrayList<>();
        for (int i = sn.from(); i < sn.to(); i++) {
            if (res.covered[i] || !doc.tokens.get(i).word) continue;
            for (Map.Entry<String, Cues> e : r.orgAdjectives.entrySet()) {
                if (!e.getValue().matches(doc.forms[i])) continue;
                // the noun right before it (one more adjective may stand between), or right after it
                boolean head = false;
                for (int j = i - 1; j >= Math.max(sn.from(), i - 2) && !head; j--) {
                    if (!doc.tokens.get(j).word || res.covered[j]) break;
                    head = r.orgAdjectiveHeads.matches(doc.forms[j]);
                }
                if (!head && doc.lang.equals("en") && i + 1 < sn.to() && doc.tokens.get(i + 1).word && !res.covered[i + 1]) {
                    head = r.orgAdjectiveHeads.matches(doc.forms[i + 1]);
                }
                if (!head) continue;
                Arg a = new Arg(i, i + 1, "DEMONYM");
                a.stateId = e.getKey();
                a.stateKind = CatalogEntity.ORGANIZATION;
                extra.add(a);
                break;
            }
        }
        if (extra.isEmpty()) return args;
        List<Arg> all = new ArrayList<>(args);
        all.addAll(extra);
        all.sort((x, y) -> Integer.compare(x.from, y.from));
        return all;
    }

    private static boolean article(Doc doc, int i) {
        String n = doc.tokens.get(i).norm;
        if (n.length() > 3 || doc.rules.relativePronouns.matches(doc.forms[i])) return false;
        return doc.rules.definite.matchesForm(n) || doc.rules.indefinite.matches(doc.forms[i]) && !n.equals("one");
    }

    /** A coordinating word (not a comma) in tokens [from, to). */
    private static boolean coordinatorBetween(Doc doc, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!doc.tokens.get(i).word || !doc.rules.coordination.matches(doc.forms[i])) continue;
            // "sanctions économiques et financières de la Cédéao": two adjectives joined, then the genitive
            if (i + 2 < to && doc.tokens.get(i + 1).word && doc.rules.genitive.matches(doc.forms[i + 2])
                    && i - 1 >= from && doc.tokens.get(i - 1).word) {
                boolean rest = true;
                for (int j = i + 3; j < to; j++) rest &= doc.rules.definite.matchesForm(doc.tokens.get(j).norm);
                if (rest) continue;
            }
            return true;
        }
        return false;
    }

    private static int distinctSpans(Group g) {
        int n = 0;
        Arg prev = null;
        for (Arg a : g.args) {
            if (prev == null || a.from != prev.from || a.to != prev.to) n++;
            prev = a;
        }
        return n;
    }

    private static boolean sameEntities(Group a, Group b) {
        Set<String> ids = new LinkedHashSet<>();
        for (Arg x : b.args) ids.add(x.stateId);
        for (Arg x : a.args) if (x.isPerson() || !ids.contains(x.stateId)) return false;
        return true;
    }

    private static Group groupOf(List<Group> groups, Arg a) {
        for (Group g : groups) if (g.args.contains(a)) return g;
        return null;
    }

    // --------------------------------------------------------------------------------------------- groups

    /**
     * The subject side before the trigger: the coordinated mentions just before it (within the window and the
     * clause; across one apposition comma for nominal triggers: "La Chine, alliée du Pakistan"), else the
     * antecedent of a relative pronoun ("China, which joined …"), else, for a verb after a coordinator or a
     * parenthetical comma, the subject the sentence opens with ("Egypt, at odds with …, signed").
     */
    private Group leftGroup(Doc doc, List<Arg> args, int tf, Sentence sn, boolean member, TriggerRule tr,
                            Group prevSubject) {
        if (!tr.noun() && !tr.passive() && afterCoordinator(doc, tf, sn)) {
            // "X a gelé les avoirs d'oligarques russes et sanctionné la Biélorussie": the first verb's subject
            Group g = sentenceSubject(doc, args, tf, sn, true);
            if (g != null) return g;
        }
        Group g = nearLeft(doc, args, tf, sn, member, tr.noun() || tr.agent());
        if (member && tr.noun() && g != null && g.distance <= 2 && onlyOrganizations(g)) {
            // "Hungary is a NATO member", "Sweden became NATO's 32nd member": the state before the copula
            Arg first = g.args.get(g.args.size() - 1);
            Group s = nearLeft(doc, args, first.from, sn, true, false);
            if (s == null) s = whoseCountry(doc, args, first.from, sn);
            if (s != null && !onlyOrganizations(s) && onlyCopulas(doc, s.args.get(0).to, first.from)) {
                Group m = new Group();
                m.args.addAll(s.args);
                m.args.addAll(g.args);
                m.distance = g.distance;
                return m;
            }
        }
        if (g != null) {
            likeBefore(doc, args, g, sn);
            return g;
        }
        g = relativeLeft(doc, args, tf, sn, false);
        if (g != null) return g;
        if (tr.noun() || tr.passive()) return null;
        g = appositionSubject(doc, args, tf, sn);
        if (g != null) return g;
        int pro = pronounBefore(doc, tf, sn);
        if (pro >= 0) {
            // "… after Orban travelled to Kyiv, where he met …": the last person named before, in the sentence
            Arg person = null;
            for (Arg a : args) if (a.to <= pro && a.isPerson()) person = a;
            Group p = new Group();
            if (person != null) p.args.add(person);
            // "Il a reçu mardi M. Modi": the subject of the sentence before
            else if (prevSubject != null && pronounSubject(doc, tf, sn)) p.args.addAll(prevSubject.args);
            if (!p.args.isEmpty()) {
                p.remote = true;
                p.distance = doc.rules.leftWindow;
                return p;
            }
        }
        return sentenceSubject(doc, args, tf, sn, true);
    }

    /** "Germany, like France, is a member": the mention before ", like X," joins X as the subject. */
    private static void likeBefore(Doc doc, List<Arg> args, Group g, Sentence sn) {
        LangRules r = doc.rules;
        if (r.comparison.isEmpty() || g.args.size() != 1) return;
        Arg x = g.args.get(0);
        if (x.isPerson() || x.to >= sn.to() || !isComma(doc.tokens.get(x.to))) return;
        int i = x.from - 1;
        if (i - 1 <= sn.from() || !r.comparison.matches(doc.forms[i]) || !isComma(doc.tokens.get(i - 1))) return;
        for (Arg a : args) {
            if (a.to == i - 1 && !a.isPerson()) {
                g.args.add(0, a);
                return;
            }
        }
    }

    /** "Erdogan, whose country has been a NATO member": the mention before ", whose country". */
    private Group whoseCountry(Doc doc, List<Arg> args, int to, Sentence sn) {
        LangRules r = doc.rules;
        int i = to - 1;
        while (i > sn.from() && (r.copulas.matches(doc.forms[i]) || r.auxiliaries.matches(doc.forms[i])
                || r.skip.matches(doc.forms[i]))) i--;
        if (i - 2 < sn.from() || !r.countryNouns.matches(doc.forms[i]) || !r.possessiveRelatives.matches(doc.forms[i - 1])
                || !isComma(doc.tokens.get(i - 2))) return null;
        for (int k = args.size() - 1; k >= 0; k--) {
            if (args.get(k).to == i - 2) {
                Group g = new Group();
                g.args.add(args.get(k));
                return g;
            }
        }
        return null;
    }

    /**
     * The closing comma of ", الذي … ," when the gap [p, at) opens such a relative clause (comma, then the pronoun
     * within two words); -1 otherwise.
     */
    private static int parentheticalRelative(Doc doc, int p, int at, Sentence sn) {
        LangRules r = doc.rules;
        int c = -1;
        for (int i = p; i < at; i++) {
            if (isComma(doc.tokens.get(i))) {
                c = i;
                break;
            }
            if (doc.tokens.get(i).word) return -1;
        }
        if (c < 0 || c + 1 >= sn.to() || !r.relativePronouns.matches(doc.forms[c + 1])) return -1;
        for (int i = c + 2; i < sn.to() && i < c + 12; i++) {
            Token t = doc.tokens.get(i);
            if (isStop(t)) return -1;
            if (isComma(t)) return i;
        }
        return -1;
    }

    /**
     * "Le président de la transition malienne, le général Assimi Goïta, a reçu …": the person named in an apposition
     * closed by the comma before the verb is its subject.
     */
    private Group appositionSubject(Doc doc, List<Arg> args, int tf, Sentence sn) {
        LangRules r = doc.rules;
        int i = tf - 1;
        while (i > sn.from() && r.auxiliaries.matches(doc.forms[i])) i--;
        if (i <= sn.from() || !isComma(doc.tokens.get(i))) return null;
        Arg a = null;
        for (Arg x : args) if (x.to == i && x.isPerson()) a = x;
        if (a == null) return null;
        for (int j = a.from - 1; j >= sn.from() && j >= a.from - 4; j--) {
            Token t = doc.tokens.get(j);
            if (isComma(t)) {
                Group g = new Group();
                g.args.add(a);
                g.remote = true;
                g.distance = r.leftWindow;
                return g;
            }
            if (!r.skip.matches(doc.forms[j]) && !r.ranks.matches(doc.forms[j]) && !r.definite.matchesForm(t.norm)) return null;
        }
        return null;
    }

    /** The trigger stands in a short phrase that opens the sentence, with no mention before it ("Lors de sa rencontre"). */
    private static boolean frontedPhrase(Doc doc, List<Arg> args, int tf, Sentence sn) {
        if (tf - sn.from() > 4) return false;
        for (Arg a : args) if (a.from < tf) return false;
        for (int i = sn.from(); i < tf; i++) if (!doc.tokens.get(i).word) return false;
        return true;
    }

    /** An Arabic verb that opens its sentence ("والتقى", "كما التقى"): its subject may be dropped. */
    private static boolean clauseInitialArabicVerb(Doc doc, int tf, Sentence sn) {
        Token t = doc.tokens.get(tf);
        if (!t.arabic) return false;
        for (int i = sn.from(); i < tf; i++) if (!doc.rules.auxiliaries.matches(doc.forms[i])) return false;
        return tf > sn.from() || t.norm.startsWith("و") || t.norm.startsWith("ف");
    }

    /** The group stands at the very start of its sentence, an article aside ("A NATO member since 1952, …"). */
    private static boolean fronted(Doc doc, Group g) {
        int from = g.args.get(g.args.size() - 1).from;
        for (Arg a : g.args) from = Math.min(from, a.from);
        int s = doc.sentences.get(doc.sentenceOf[from]).from();
        for (int i = s; i < from; i++) {
            if (doc.tokens.get(i).word && !doc.rules.definite.matches(doc.forms[i]) && !doc.rules.indefinite.matches(doc.forms[i])) return false;
        }
        return true;
    }

    private static boolean onlyStates(Group g) {
        for (Arg a : g.args) if (a.isPerson() || !CatalogEntity.STATE.equals(a.stateKind)) return false;
        return !g.args.isEmpty();
    }

    private static boolean onlyOrganizations(Group g) {
        for (Arg a : g.args) if (a.isPerson() || !CatalogEntity.ORGANIZATION.equals(a.stateKind)) return false;
        return true;
    }

    /**
     * Nothing but copulas, auxiliaries and articles between two positions (at least one copula); also
     * ", whose country is" after the state's leader.
     */
    /**
     * The gap between a subject and the noun phrase it is said to be: a copula ("are") or an apposition comma, with
     * articles, auxiliaries and at most one other word ("a longtime"), and no clause boundary.
     */
    private static boolean copulaOrApposition(Doc doc, int from, int to) {
        LangRules r = doc.rules;
        boolean link = false;
        int others = 0;
        for (int i = from; i < to; i++) {
            Token t = doc.tokens.get(i);
            if (r.leftBoundaries.matches(doc.forms[i]) || r.reporting.matches(doc.forms[i]) || isStop(t)) return false;
            if (r.copulas.matches(doc.forms[i]) || isComma(t) && i == from) link = true;
            else if (isComma(t)) return false;
            else if (t.word && !r.skip.matches(doc.forms[i]) && !r.auxiliaries.matches(doc.forms[i])
                    && !r.definite.matches(doc.forms[i]) && !r.indefinite.matches(doc.forms[i])) others++;
        }
        return link && others <= 1;
    }

    private static boolean onlyCopulas(Doc doc, int from, int to) {
        LangRules r = doc.rules;
        if (from < to && isComma(doc.tokens.get(from)) && !r.apposedQuantifiers.isEmpty() && to - from <= 6) {
            // "Egypt, one of five new BRICS members": an apposition of quantifiers
            boolean all = to - from > 1;
            for (int i = from + 1; i < to && all; i++) {
                Token t = doc.tokens.get(i);
                all = t.word && (r.apposedQuantifiers.matches(doc.forms[i]) || Character.isDigit(t.text.charAt(0)));
            }
            if (all) return true;
        }
        boolean cop = false;
        for (int i = from; i < to; i++) {
            if (r.copulas.matches(doc.forms[i])) cop = true;
            else if (i == from && isComma(doc.tokens.get(i)) && i + 2 < to && r.possessiveRelatives.matches(doc.forms[i + 1])
                    && r.countryNouns.matches(doc.forms[i + 2])) i += 2;
            else if (!r.skip.matches(doc.forms[i]) && !r.auxiliaries.matches(doc.forms[i])) return false;
        }
        return cop;
    }

    /** A coordinator (no comma) stands right before the verb trigger, auxiliaries aside: "… and sanctioned …". */
    private static boolean afterCoordinator(Doc doc, int tf, Sentence sn) {
        LangRules r = doc.rules;
        int i = tf - 1;
        while (i >= sn.from() && r.auxiliaries.matches(doc.forms[i])) i--;
        return i > sn.from() && doc.tokens.get(i).word && r.coordination.matches(doc.forms[i]);
    }

    /** The subject pronoun right before a verb trigger (auxiliaries and elided clitics skipped), or -1. */
    private static int pronounBefore(Doc doc, int tf, Sentence sn) {
        LangRules r = doc.rules;
        if (r.subjectPronouns.isEmpty()) return -1;
        int i = tf - 1;
        while (i >= sn.from() && (r.auxiliaries.matches(doc.forms[i]) || doc.tokens.get(i).norm.endsWith("'")
                && doc.tokens.get(i).norm.length() <= 3)) i--;
        return i >= sn.from() && r.subjectPronouns.matches(doc.forms[i]) ? i : -1;
    }

    /** A subject pronoun opens the clause of the trigger ("Mercredi, il s'est entretenu avec …"). */
    private static boolean pronounSubject(Doc doc, int tf, Sentence sn) {
        LangRules r = doc.rules;
        if (r.subjectPronouns.isEmpty()) return false;
        int i = tf - 1;
        while (i >= sn.from() && (r.auxiliaries.matches(doc.forms[i]) || doc.tokens.get(i).norm.endsWith("'")
                && doc.tokens.get(i).norm.length() <= 3)) i--;
        if (i < sn.from() || !r.subjectPronouns.matches(doc.forms[i])) return false;
        if (i == sn.from()) return true;
        Token prev = doc.tokens.get(i - 1);
        return isComma(prev) || r.coordination.matches(doc.forms[i - 1]) || !prev.word;
    }

    private static boolean startsWithPronoun(Doc doc, Sentence sn) {
        for (int i = sn.from(); i < sn.to() && i < sn.from() + 4; i++) {
            if (doc.rules.subjectPronouns.matches(doc.forms[i])) return true;
        }
        return false;
    }

    /** The mentions a sentence opens with (after a dateline; after one verb in verb-first languages), or null. */
    private Group openingGroup(Doc doc, List<Arg> args, Sentence sn) {
        LangRules r = doc.rules;
        int start = sn.from();
        for (int i = sn.from(); i < Math.min(sn.to(), sn.from() + 15); i++) {
            // Arabic has no capitals: "بكين، 11 آذار (وكالات) – أعلنت …" is a dateline too
            boolean dateline = doc.tokens.get(sn.from()).allCaps || doc.tokens.get(sn.from()).arabic;
            if (isDash(doc, i)) {
                if (i > sn.from() && dateline) start = i + 1;
                break;
            }
            // "ABUJA, 11 août (Méridien) - Les dirigeants …": the tokenizer keeps no token for a hyphen
            if (i > sn.from() && dashBefore(doc, i)) {
                if (dateline) start = i;
                break;
            }
        }
        int idx = -1;
        for (int k = 0; k < args.size(); k++) {
            if (args.get(k).from >= start) {
                idx = k;
                break;
            }
        }
        if (idx < 0) return null;
        Arg first = args.get(idx);
        if (!first.isPerson() && locative(doc, first) && first.from - start <= 3) {
            // "وفي موسكو، توعدت المتحدثة …", "In Moscow, the spokeswoman …": a fronted place is no subject
            for (int j = first.to; j < Math.min(sn.to(), first.to + 2); j++) {
                if (!isComma(doc.tokens.get(j))) continue;
                idx = -1;
                for (int k = 0; k < args.size(); k++) {
                    if (args.get(k).from > j) {
                        idx = k;
                        break;
                    }
                }
                if (idx < 0) return null;
                start = j + 1;
                first = args.get(idx);
                break;
            }
        }
        int extra = r.verbFirst ? 1 : 0;
        // "Hôte du sommet, le président russe …", "On Wednesday, Putin …": one fronted phrase closed by a comma
        for (int j = start; j < Math.min(first.from, start + 7); j++) {
            if (isComma(doc.tokens.get(j))) {
                boolean plain = true;
                for (int q = start; q < j; q++) plain &= doc.tokens.get(q).word;
                if (plain) start = j + 1;
                break;
            }
        }
        for (int j = start; j < first.from; j++) {
            Token t = doc.tokens.get(j);
            // "Les dirigeants de la CEDEAO ont …", "Leaders of the G7 …": the organization or state acts
            if (r.collectiveHeads.matches(doc.forms[j]) && j + 1 < first.from + 1) {
                int q = j + 1;
                while (q < first.from && (r.genitive.matches(doc.forms[q]) || r.skip.matches(doc.forms[q])
                        || r.definite.matchesForm(doc.tokens.get(q).norm))) q++;
                if (q == first.from && q > j + 1 || q == first.from && doc.tokens.get(j).arabic) {
                    j = q - 1;
                    continue;
                }
            }
            if (t.word && !r.skip.matches(doc.forms[j]) && !r.definite.matchesForm(t.norm) && extra-- <= 0) return null;
        }
        int last = idx;
        while (last + 1 < args.size()) {
            Arg nx = args.get(last + 1);
            Arg cur = args.get(last);
            if (nx.from == cur.from && nx.to == cur.to) {
                last++;
                continue;
            }
            if (!coordinated(doc, cur.to, nx.from, nx)) break;
            last++;
        }
        Group g = groupEndingWith(doc, args, last);
        g.remote = true;
        g.distance = r.leftWindow;
        return g;
    }

    private Group nearLeft(Doc doc, List<Arg> args, int tf, Sentence sn, boolean member, boolean noun) {
        LangRules r = doc.rules;
        int idx = -1;
        for (int k = args.size() - 1; k >= 0; k--) {
            if (args.get(k).to <= tf) {
                idx = k;
                break;
            }
        }
        if (idx < 0) return null;
        Arg a = args.get(idx);
        // "President Emmanuel Macron of France met …": the person, not the state that qualifies them
        while (idx > 0 && !a.isPerson() && a.from >= 2 && r.genitive.matches(doc.forms[a.from - 1])) {
            Arg p = args.get(idx - 1);
            if (p.isPerson() && p.to == a.from - 1 && a.stateId != null && a.stateId.equals(p.stateId)) {
                idx--;
                a = p;
            } else {
                break;
            }
        }
        int dist = 0;
        int commaAt = -1;
        boolean announced = false;
        for (int i = a.to; i < tf; i++) {
            Token t = doc.tokens.get(i);
            if (announceable && noun && r.mod("announced").matches(doc.forms[i])) {
                // "Washington announced 25% tariffs on Canada": the announcer, not a reporter
                announced = true;
                if (t.word) dist++;
                continue;
            }
            if (r.leftBoundaries.matches(doc.forms[i]) || r.reporting.matches(doc.forms[i]) || isStop(t)) return null;
            if (isDash(doc, i)) return null;
            if (isComma(t)) {
                // "Putin, on Tuesday, met Xi", "استقبل X، أمس الثلاثاء،": a date between commas is transparent
                int k = i + 1 < tf ? dateParenthetical(doc, i, tf, dateTokens) : -1;
                if (k > 0 && k < tf) {
                    i = k;
                    continue;
                }
                // "Hungary, a member of NATO": an apposition is a clause only for the other types
                if (member) continue;
                if (!noun || i != a.to || commaAt >= 0 || locative(doc, a)) return null;
                commaAt = i;
                continue;
            }
            // an apposition is a few plain words: "Caracas, principal allié de La Havane"
            if (commaAt >= 0 && !t.word && !t.text.equals("-") && !t.text.equals("'")) return null;
            if (t.word && !r.skip.matches(doc.forms[i])) dist++;
        }
        if (dist > r.leftWindow) return null;
        if (commaAt >= 0 && dist > 3) return null;
        // "signed at the White House an agreement": a place, not a party
        if (!a.isPerson() && !member && locative(doc, a)) return null;
        Group g;
        if (commaAt >= 0 && !plural(doc, tf, commaAt)) {
            // "Washington and Caracas, the main ally of Havana": the apposition describes the nearest one
            g = new Group();
            g.args.add(a);
        } else {
            g = groupEndingWith(doc, args, idx);
        }
        g.distance = dist;
        g.remote = commaAt >= 0;
        g.announced = announced && commaAt < 0;
        if (a.to < tf) {
            String n = doc.tokens.get(a.to).norm;
            g.possessive = n.equals("'s") || n.equals("'");
        }
        return g;
    }

    /** The group whose last member is args[idx], with same-span args (a pair anaphor) and coordinated ones. */
    private Group groupEndingWith(Doc doc, List<Arg> args, int idx) {
        Group g = new Group();
        g.args.add(args.get(idx));
        for (int k = idx - 1; k >= 0; k--) {
            Arg b = args.get(k);
            Arg head = g.args.get(g.args.size() - 1);
            if (b.from == head.from && b.to == head.to) {
                g.args.add(b);
                continue;
            }
            if (b.to > head.from) continue;
            if (!coordinated(doc, b.to, head.from, head)) break;
            g.args.add(b);
        }
        return g;
    }

    /** Is the mention a place ("in Moscow")? */
    private static boolean locative(Doc doc, Arg a) {
        if (a.from == 0) return false;
        return doc.rules.mod("location").matches(doc.forms[a.from - 1])
                || !org.entente.extract.text.Arabic.preposition(a.clitic).isEmpty()
                && doc.rules.mod("location").matchesForm(org.entente.extract.text.Arabic.preposition(a.clitic));
    }

    /** A free-standing hyphen in the text right before token i (the tokenizer drops hyphens). */
    private static boolean dashBefore(Doc doc, int i) {
        if (i == 0) return false;
        int from = doc.tokens.get(i - 1).end;
        int to = doc.tokens.get(i).start;
        if (to - from < 3) return false;
        String gap = doc.text.substring(from, to);
        return gap.contains(" - ") || gap.contains(" -\n");
    }

    /** A free-standing dash (a dateline's "BAMAKO, Jan 28 (Meridian) -"), not a hyphen inside a word. */
    private static boolean isDash(Doc doc, int i) {
        Token t = doc.tokens.get(i);
        if (t.word) return false;
        String x = t.text;
        if (!(x.equals("-") || x.equals("\u2014") || x.equals("\u2013"))) return false;
        return i == 0 || doc.tokens.get(i - 1).end < t.start || x.length() == 1 && x.charAt(0) != '-';
    }

    /** A plural apposition ("Tokyo and Seoul, the two main allies of Washington") describes the whole group. */
    private static boolean plural(Doc doc, int tf, int commaAt) {
        LangRules r = doc.rules;
        for (int i = commaAt + 1; i < tf; i++) if (r.plural.matches(doc.forms[i])) return true;
        Token t = doc.tokens.get(tf);
        return !t.arabic && t.norm.length() > 3 && (t.norm.endsWith("s") || t.norm.endsWith("x"));
    }

    /** Is token i the second or later word of a date ("1er janvier", "تموز/يوليو")? Dates count as one word. */
    private static boolean datePart(Doc doc, int i, boolean[] inDate) {
        return i >= 0 && inDate[i];
    }

    private static boolean isComma(Token t) {
        return t.norm.equals(",") || t.norm.equals("،");
    }

    /**
     * "China, which joined the WTO", "la Russie, qui a livré …", "روسيا التي …": the antecedent of the relative
     * pronoun before the trigger. With {@code across}, other mentions may stand between the pronoun and the trigger.
     */
    private Group relativeLeft(Doc doc, List<Arg> args, int tf, Sentence sn, boolean across) {
        LangRules r = doc.rules;
        if (r.relativePronouns.isEmpty()) return null;
        int words = 0;
        for (int i = tf - 1; i >= sn.from(); i--) {
            Token t = doc.tokens.get(i);
            if (isStop(t)) return null;
            if (r.relativePronouns.matches(doc.forms[i])) {
                int end = i;
                if (end > sn.from() && isComma(doc.tokens.get(end - 1))) end--;
                // "la Communauté économique … (Cédéao), qui", "(إيكواس)، التي": the name in brackets
                if (end - 1 > sn.from() && doc.tokens.get(end - 1).text.equals(")")) end--;
                int idx = -1;
                for (int k = args.size() - 1; k >= 0; k--) {
                    Arg a = args.get(k);
                    if (a.to == end) {
                        idx = k;
                        break;
                    }
                    if (a.to < end) break;
                }
                if (idx < 0) return null;
                if (!across) for (Arg a : args) if (a.from > i && a.from < tf) return null;
                idx = apposedHead(doc, args, idx);
                Group g = groupEndingWith(doc, args, idx);
                g.distance = words;
                g.remote = true;
                return g;
            }
            if (isComma(t) && !across || isDash(doc, i)) return null;
            if (r.leftBoundaries.matches(doc.forms[i]) || r.reporting.matches(doc.forms[i])) return null;
            if (t.word && !r.skip.matches(doc.forms[i])) words++;
            if (words > r.leftWindow + 2) return null;
        }
        return null;
    }

    /**
     * The mentions a sentence opens with, as the subject of a verb that follows a coordinator or a comma
     * ("Helsinki applied to join …, and has since sent Kyiv …"). Not across reported speech.
     */
    private Group sentenceSubject(Doc doc, List<Arg> args, int tf, Sentence sn, boolean needJoint) {
        LangRules r = doc.rules;
        if (needJoint) {
            int i = tf - 1;
            while (i >= sn.from() && (r.auxiliaries.matches(doc.forms[i]))) i--;
            Token trig = doc.tokens.get(tf);
            // "والتقى جايشانكار": the Arabic coordinator is a clitic on the verb
            boolean clitic = trig.arabic && tf > sn.from() && (trig.norm.startsWith("و") || trig.norm.startsWith("ف"))
                    && doc.forms[tf].length > 1;
            if (!clitic && (i < sn.from() || !(r.coordination.matches(doc.forms[i]) || isComma(doc.tokens.get(i))))) return null;
        }
        // "les deux pays affichent des choix contrastés : la Pologne consacre …, et a livré": a clause after a colon
        // or semicolon opens with its own subject
        Group g = null;
        for (int i = tf - 1; i > sn.from(); i--) {
            String x = doc.tokens.get(i).text;
            // "…, while Saudi minister Adel al-Jubeir shuttled between the capitals and met …": after a clause link
            // the clause has its own subject
            if (x.equals(":") || x.equals(";") || r.clauseLinks.matches(doc.forms[i])) {
                if (i + 1 < tf) g = openingGroup(doc, args, new Sentence(i + 1, sn.to(), doc.tokens.get(i + 1).start, sn.end()));
                if (g != null && g.args.get(0).from >= tf) g = null;
                break;
            }
        }
        if (g == null) g = openingGroup(doc, args, sn);
        if (g == null) return null;
        int end = 0;
        for (Arg a : g.args) end = Math.max(end, a.to);
        if (end > tf || tf - end > 40) return null;
        for (int j = end; j < tf; j++) {
            if (isStop(doc.tokens.get(j)) || r.reporting.matches(doc.forms[j])) return null;
        }
        return g;
    }

    /**
     * "La Chine, alliée de longue date du Pakistan, qui …": when the mention before the relative pronoun is a
     * genitive complement inside an apposition, the antecedent is the head mention before the apposition's comma.
     */
    private static int apposedHead(Doc doc, List<Arg> args, int idx) {
        LangRules r = doc.rules;
        Arg a = args.get(idx);
        if (r.genitive.isEmpty() || a.from == 0 || !r.genitive.matches(doc.forms[a.from - 1])) return idx;
        for (int i = a.from - 2; i >= 0 && i >= a.from - 8; i--) {
            Token t = doc.tokens.get(i);
            if (isStop(t)) return idx;
            if (!isComma(t)) continue;
            for (int k = idx - 1; k >= 0; k--) {
                if (args.get(k).to == i) return k;
                if (args.get(k).to < i) break;
            }
            return idx;
        }
        return idx;
    }

    /** A subject for "its"/"their" before a nominal trigger: a relative antecedent, else the sentence's subject. */
    private Arg clauseSubject(Doc doc, List<Arg> args, int tf, Sentence sn) {
        Group g = relativeLeft(doc, args, tf, sn, true);
        if (g == null) g = sentenceSubject(doc, args, tf, sn, false);
        return g == null ? null : g.args.get(0);
    }

    /** "بحليفتها واشنطن" (its ally Washington): an Arabic pronoun suffix names the other party before the noun. */
    /** A dual or plural possessive suffix: "اتفاقهما", "تحالفهم". */
    private static boolean pluralSuffix(Doc doc, int i) {
        Token t = doc.tokens.get(i);
        if (!t.arabic || t.norm.length() < 6) return false;
        return t.norm.endsWith("هما") || t.norm.endsWith("هم");
    }

    private static boolean possessiveSuffix(Doc doc, int i) {
        Token t = doc.tokens.get(i);
        if (!t.arabic || t.norm.length() < 5) return false;
        return t.norm.endsWith("ها") || t.norm.endsWith("هما") || t.norm.endsWith("هم");
    }

    /** The antecedent of an object pronoun: the last mention before token {@code to} that passes {@code ok}. */
    private static Arg lastBefore(List<Arg> args, int to, Predicate<Arg> ok) {
        Arg last = null;
        for (Arg a : args) {
            if (a.from >= to) break;
            if (ok.test(a)) last = a;
        }
        return last;
    }

    /** An object pronoun right after the verb ("hosted him") or before it and its auxiliary ("l'a reçu", "la reçoit"). */
    private static boolean objectPronoun(Doc doc, int tf, int tt, Sentence sn) {
        // "استقبله", "التقاها": the object suffix of an Arabic verb
        Token v = doc.tokens.get(tt - 1);
        if (v.arabic) return v.norm.length() >= 5 && (v.norm.endsWith("ه") || v.norm.endsWith("ها"));
        return pronounObject(doc, doc.rules.objectPronouns, tf, tt, sn, false);
    }

    /** An object pronoun right after the verb (en: "welcomed him") or before it and its auxiliaries (fr: "l'a reçu"). */
    private static boolean pronounObject(Doc doc, Cues pronouns, int tf, int tt, Sentence sn, boolean stop) {
        LangRules r = doc.rules;
        if (pronouns.isEmpty() || doc.tokens.get(tt - 1).arabic) return false;
        if (tt < sn.to() && doc.lang.equals("en") && pronouns.matches(doc.forms[tt])) return true;
        if (!doc.lang.equals("fr")) return false;
        int i = tf - 1;
        while (i >= sn.from() && i >= tf - 3 && r.auxiliaries.matches(doc.forms[i]) && !(stop && pronouns.matches(doc.forms[i]))) i--;
        return i >= sn.from() && pronouns.matches(doc.forms[i]) && (i == tf - 1 || r.auxiliaries.matches(doc.forms[i + 1]));
    }

    /** A possessive determiner right before the trigger, or before one adjective before it ("its closest ally"). */
    private static boolean possessiveAt(Doc doc, int tf, Sentence sn) {
        LangRules r = doc.rules;
        if (r.possessives.isEmpty()) return false;
        for (int i = tf - 1; i >= sn.from() && i >= tf - 2; i--) {
            if (r.possessives.matches(doc.forms[i])) return true;
            if (!doc.tokens.get(i).word) return false;
        }
        return false;
    }

    /** "its partner", "leur allié": a possessive determiner shortly before a nominal trigger. */
    private static boolean possessiveBefore(Doc doc, int tf, Sentence sn) {
        LangRules r = doc.rules;
        if (r.possessives.isEmpty()) return false;
        for (int i = tf - 1; i >= sn.from() && i >= tf - 4; i--) {
            Token t = doc.tokens.get(i);
            if (isStop(t) || isComma(t)) return false;
            if (r.possessives.matches(doc.forms[i])) return true;
        }
        return false;
    }

    private boolean coordinated(Doc doc, int from, int to, Arg next) {
        if (to - from > 3) return false;
        // Arabic joins with the clitic و; juxtaposed adjectives ("الروسية الصينية") are coordinated too
        if (from == to && doc.tokens.get(to).arabic && !next.clitic.startsWith("و") && !next.via.equals("DEMONYM")) return false;
        LangRules r = doc.rules;
        boolean word = false;
        for (int i = from; i < to; i++) {
            if (!(r.coordination.matches(doc.forms[i]) || r.skip.matches(doc.forms[i]))) return false;
            word |= doc.tokens.get(i).word;
        }
        // "Israel, America's closest ally, struck …": a possessor after a comma opens an apposition
        if (!word && next.to < doc.tokens.size()) {
            String n = doc.tokens.get(next.to).norm;
            if (n.equals("'s") || n.equals("'")) return false;
        }
        return true;
    }

    private static boolean isStop(Token t) {
        if (t.word) return false;
        String p = t.text;
        // a "." inside a sentence ends an abbreviation ("M. Trump"): the splitter has already cut at real stops
        return p.equals(";") || p.equals("؛") || p.equals(":") || p.equals("?") || p.equals("!");
    }

    private List<Group> rightGroups(Doc doc, TypeRule type, List<Arg> args, int tt, Sentence sn, int reach,
                                    boolean[] inDate) {
        LangRules r = doc.rules;
        List<Group> out = new ArrayList<>();
        int p = tt;
        int dist = 0;
        boolean comma = false;
        Group cur = null;
        for (Arg a : args) {
            if (a.from < tt) continue;
            if (cur != null && a.from == cur.args.get(cur.args.size() - 1).from
                    && a.to == cur.args.get(cur.args.size() - 1).to) {
                cur.args.add(a);
                continue;
            }
            if (a.from < p) continue;
            // "والتقى وانغ يي، الذي رافق شي، نظيره الروسي": a relative clause between commas is no argument
            if (doc.tokens.get(a.from).arabic && cur != null) {
                int close = parentheticalRelative(doc, p, a.from, sn);
                if (close >= 0) {
                    p = close + 1;
                    if (a.from < p) continue;
                }
            }
            Mk marker = Mk.NONE;
            boolean coordMarker = false;
            boolean betweenMarker = false;
            boolean genitiveMarker = false;
            boolean sawCoord = false;
            boolean repeated = false;
            boolean onlyCoord = true;
            // nothing but coordinators (and commas, articles) between the last mention and this one
            boolean pureCoord = true;
            boolean stop = false;
            for (int i = p; i < a.from; i++) {
                Token t = doc.tokens.get(i);
                if (!r.coordination.matches(doc.forms[i]) && !r.skip.matches(doc.forms[i]) && !isComma(t)) pureCoord = false;
                // "the six member states: Saudi Arabia, the UAE …": a colon right after a membership noun opens its list
                if (t.text.equals(":") && out.isEmpty() && i - tt <= 2 && type.type().equals("MEMBER_OF")) continue;
                if (r.rightBoundaries.matches(doc.forms[i]) || isStop(t)) {
                    stop = true;
                    break;
                }
                if (isComma(t)) {
                    // "استقبل ولي العهد، أمس الثلاثاء، الرئيس الأوكراني", "received, on Tuesday, the Ukrainian
                    // president": a date between commas is transparent
                    int k = dateParenthetical(doc, i, a.from, inDate);
                    if (k > 0) {
                        i = k;
                        continue;
                    }
                    comma = true;
                    // ", and welcomed …": a new clause, not the next member of a list; ", and X" continues a list
                    // only after a list ("A, B, and C"), never after a place ("met Xi in Beijing, and Modi …")
                    if (i + 1 < a.from && r.coordination.matches(doc.forms[i + 1])) {
                        boolean words = false;
                        for (int j = i + 2; j < a.from; j++) {
                            if (doc.tokens.get(j).word && !r.skip.matches(doc.forms[j])
                                    && marker(type, doc.forms[j], r) == Mk.NONE) words = true;
                        }
                        boolean listEnd = cur != null && marker(type, doc.forms[i + 1], r) == Mk.NONE
                                && !r.sequence.matches(doc.forms[i + 1])
                                && (cur.marker == Mk.LOC || distinctSpans(cur) < 2)
                                // "avec Poutine, puis avec Xi": the same partner marker again
                                && !(cur.marker == Mk.WITH && i + 2 < a.from && marker(type, doc.forms[i + 2], r) == Mk.WITH);
                        if (words || listEnd) {
                            stop = true;
                            break;
                        }
                    }
                }
                Mk m = marker(type, doc.forms[i], r);
                // "en mars l'Iran", "in May 2022": the word belongs to the date
                if (m != Mk.NONE && inDate[i + 1]) m = Mk.NONE;
                if (inDate[i]) {
                    if (t.word && !r.months.isEmpty() && !datePart(doc, i - 1, inDate)) dist++;
                    onlyCoord = false;
                    continue;
                }
                // "dans le nord de la Syrie": the genitive is inside the place phrase
                if (m == Mk.WITH && marker == Mk.LOC && r.genitive.matches(doc.forms[i])) m = Mk.NONE;
                if (m != Mk.NONE) {
                    // "au Japon et à la Corée du Sud": a repeated marker after a coordinator continues the group
                    if (cur != null && m == cur.marker && sawCoord && onlyCoord) repeated = true;
                    marker = m;
                    coordMarker = r.coordination.matches(doc.forms[i]);
                    betweenMarker = r.between.matches(doc.forms[i]);
                    genitiveMarker = r.genitive.matches(doc.forms[i]);
                }
                boolean coord = r.coordination.matches(doc.forms[i]) || r.skip.matches(doc.forms[i]);
                if (r.coordination.matches(doc.forms[i])) sawCoord = true;
                if (!coord && m == Mk.NONE) onlyCoord = false;
                if (t.word && m == Mk.NONE && !coord) dist++;
            }
            if (stop || dist > reach) break;
            String prep = org.entente.extract.text.Arabic.preposition(a.clitic);
            if (!prep.isEmpty()) {
                Mk m = marker(type, new String[] {prep}, r);
                if (m != Mk.NONE) marker = m;
            }
            boolean sameGroup = cur != null && (marker == Mk.NONE || repeated) && onlyCoord && a.from - p <= 3;
            // "met A, B and C": a coordinator that is also a partner marker ends a comma list, not a new group
            if (!sameGroup && cur != null && pureCoord && sawCoord && a.from > p && a.from - p <= 3
                    && cur.marker != Mk.LOC && distinctSpans(cur) >= 2) sameGroup = true;
            // Arabic joins with the clitic و: "روسيا أوكرانيا" (subject, object) is no coordination
            if (sameGroup && a.from == p && doc.tokens.get(a.from).arabic && !a.clitic.startsWith("و")
                    && !(a.via.equals("DEMONYM") && cur.args.get(cur.args.size() - 1).via.equals("DEMONYM"))) sameGroup = false;
            // "a reçu à l'Élysée son homologue brésilien", "hosted in Paris the British prime minister": a place
            // is followed by the object, not by more of the place
            if (sameGroup && cur.marker == Mk.LOC && !sawCoord && !a.clitic.startsWith("و") && a.isPerson()) {
                sameGroup = false;
                marker = Mk.NONE;
            }
            if (sameGroup) {
                cur.args.add(a);
            } else {
                if (out.size() >= 4) break;
                cur = new Group();
                cur.marker = marker;
                cur.distance = dist;
                cur.comma = comma;
                cur.coordMarker = coordMarker;
                cur.between = betweenMarker;
                cur.genitive = genitiveMarker;
                cur.args.add(a);
                out.add(cur);
            }
            p = a.to;
        }
        return out;
    }

    private static Mk marker(TypeRule type, String[] forms, LangRules r) {
        if (type.objectMarkers().matches(forms)) return Mk.OBJ;
        if (type.subjectMarkers().matches(forms)) return Mk.SUBJ;
        if (type.withMarkers().matches(forms)) return Mk.WITH;
        if (r.mod("location").matches(forms)) return Mk.LOC;
        return Mk.NONE;
    }

    // --------------------------------------------------------------------------------------------- modality

    /** The fact's status, or null when the text does not assert it. */
    private String modality(Doc doc, TypeRule type, TriggerRule tr, Sentence sn, int tf, int tt, List<Integer> parts) {
        LangRules r = doc.rules;
        int w = r.modalityWindow;
        int from = Math.max(sn.from(), tf - w);
        // cues before the trigger, not across a clause boundary
        for (int i = tf - 1; i >= sn.from() && i >= tf - w; i--) {
            if (isStop(doc.tokens.get(i)) || r.leftBoundaries.matches(doc.forms[i])) {
                from = i + 1;
                break;
            }
            // "Ethiopia, which is not a member, has deployed …": the relative clause closed before the trigger
            if (isComma(doc.tokens.get(i)) && closesRelative(doc, sn, i)) {
                from = i + 1;
                break;
            }
        }
        // "عارضت المجر وسلوفاكيا، العضوان في الاتحاد": a nominal trigger opening an apposition is its own statement,
        // the verb's negation before the comma does not reach it
        int negFrom = from;
        if (tr.noun() || type.type().equals("MEMBER_OF")) {
            for (int i = tf - 1; i >= from && i >= tf - 3; i--) {
                if (isComma(doc.tokens.get(i))) {
                    negFrom = i + 1;
                    break;
                }
                if (!r.plural.matches(doc.forms[i]) && !r.definite.matches(doc.forms[i])) break;
            }
        }
        if (cue(doc, r.mod("negation"), negFrom, tt) >= 0) return null;
        if (cue(doc, r.mod("hypothetical"), from, tt) >= 0) return null;
        if (cue(doc, r.mod("denial"), sn.from(), tt) >= 0) return null;
        if (cue(doc, r.mod("negationAfter"), tt, Math.min(sn.to(), tt + 2)) >= 0) return null;
        if (tr.noun() && cue(doc, r.mod("hypothetical"), tt, Math.min(sn.to(), tt + 2)) >= 0) return null;
        if (type.blockedByThreat()
                && cue(doc, r.mod("threat"), Math.max(sn.from(), tf - 8), tt) >= 0) return null;
        if (tr.status() != null) return tr.status();
        if (type.liftable() && cue(doc, r.mod("lifted"), from, tt) >= 0) return "lifted";
        if (type.endable() && cue(doc, r.mod("ended"), from, tt) >= 0) return "ended";
        // a threat is about the future by nature: "vowed to strike", "a menacé de riposter" stay threats
        if (type.type().equals("THREATEN")) return cue(doc, r.mod("future"), from, tf) >= 0 ? "planned" : "active";
        if (cue(doc, r.mod("future"), from, tt) >= 0) return "planned";
        if (cue(doc, r.mod("futureAfter"), tt, Math.min(sn.to(), tt + 6)) >= 0) return "planned";
        if (!tr.noun() && futureVerb(doc, parts)) return "planned";
        return "active";
    }

    /** The first cue in tokens [from, to) that does not lie inside a catalog mention, or -1. */
    private static int cue(Doc doc, Cues c, int from, int to) {
        int i = c.find(doc.tokens, doc.forms, from, to);
        while (i >= 0 && doc.covered != null && doc.covered[i]) i = c.find(doc.tokens, doc.forms, i + 1, to);
        return i;
    }

    /** The comma at c closes a relative clause opened by ", which/who/qui …" earlier in the sentence. */
    private static boolean closesRelative(Doc doc, Sentence sn, int c) {
        LangRules r = doc.rules;
        for (int j = c - 1; j > sn.from(); j--) {
            Token t = doc.tokens.get(j);
            if (isStop(t)) return false;
            if (isComma(t)) return false;
            if (r.relativePronouns.matches(doc.forms[j])) return isComma(doc.tokens.get(j - 1));
        }
        return false;
    }

    /** سيوقع / ستفرض (Arabic future prefix), signera / rencontreront (French future tense). */
    private static boolean futureVerb(Doc doc, List<Integer> parts) {
        if (parts.isEmpty()) return false;
        Token t = doc.tokens.get(parts.get(0));
        if (t.arabic) {
            String w = t.norm;
            if (w.startsWith("و") || w.startsWith("ف")) w = w.substring(1);
            return w.length() >= 4 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0
                    && !w.startsWith("سيا") && !w.startsWith("سين");
        }
        if (doc.lang.equals("fr")) {
            String w = t.norm;
            return w.length() > 5 && (w.endsWith("era") || w.endsWith("eront") || w.endsWith("ira")
                    || w.endsWith("iront") || w.endsWith("rai"));
        }
        return false;
    }

    // --------------------------------------------------------------------------------------------- attributes

    private static String triggerText(Doc doc, List<Integer> parts) {
        StringBuilder b = new StringBuilder();
        int prev = -2;
        for (int p : parts) {
            if (b.length() > 0) b.append(p == prev + 1 ? " " : " … ");
            b.append(doc.tokens.get(p).text);
            prev = p;
        }
        return b.toString();
    }

    private static String rate(Doc doc, Sentence sn, int tf) {
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        Cues pct = doc.rules.attr("percent");
        for (int i = sn.from(); i + 1 < sn.to(); i++) {
            Token t = doc.tokens.get(i);
            if (!t.word || !Character.isDigit(t.text.charAt(0))) continue;
            Token n = doc.tokens.get(i + 1);
            boolean isPct = n.text.equals("%") || n.text.equals("٪") || pct.matchAt(doc.tokens, doc.forms, i + 1, sn.to()) > 0;
            if (!isPct) continue;
            int d = Math.abs(i - tf);
            if (d < bestDist) {
                bestDist = d;
                best = t.text + "%";
            }
        }
        return best;
    }

    private static String firstCue(Doc doc, Cues c, int from, int to) {
        int i = c.find(doc.tokens, doc.forms, from, to);
        if (i < 0) return null;
        int len = c.matchAt(doc.tokens, doc.forms, i, to);
        return doc.span(i, i + len);
    }

    private static String reason(Doc doc, Cues c, int from, int to) {
        int i = c.find(doc.tokens, doc.forms, from, to);
        if (i < 0) return null;
        int len = c.matchAt(doc.tokens, doc.forms, i, to);
        int s = i + len;
        int e = s;
        while (e < to && e - s < 10) {
            Token t = doc.tokens.get(e);
            if (isStop(t) || t.norm.equals(",") || t.norm.equals("،")) break;
            e++;
        }
        return e > s ? doc.span(s, e) : null;
    }

    static Map<String, Integer> counts(List<Found> f) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Found x : f) m.merge(x.type, 1, Integer::sum);
        return m;
    }
}
