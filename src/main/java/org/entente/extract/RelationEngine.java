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

/**
 * Applies the trigger rules of the article's language sentence by sentence. For each trigger it takes the group
 * of coordinated mentions just before it and the groups after it, each tagged by the marker that introduces it
 * (object "on/على/sur", subject "by/من قبل/par", partner "with/between/مع/بين/avec/entre"), assigns subject and
 * object by voice and marker, then lets the modality cues decide: negated, denied or hypothetical triggers give
 * nothing, future ones give status planned, threats block TARIFF/SANCTION/ATTACK, lifting cues give "lifted".
 */
final class RelationEngine {
    private static final boolean DEBUG = Boolean.getBoolean("entente.extract.debug");
    private final Catalog catalog;

    RelationEngine(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A fact before evidence is attached: token positions of its trigger in the article. */
    record Found(String type, EntityRef subject, EntityRef object, String status, double conf, int sentence,
                 int trigFrom, int trigTo, String trigger, String rate, String goods, String reason) {}

    private enum Mk { NONE, SUBJ, OBJ, WITH, LOC }

    private static final class Group {
        final List<Arg> args = new ArrayList<>();
        Mk marker = Mk.NONE;
        int distance;
    }

    List<Found> run(Doc doc, Resolver.Result res, List<DateFinder.DateMention> dates) {
        List<Found> out = new ArrayList<>();
        LangRules rules = doc.rules;
        List<TriggerRule> cands = new ArrayList<>();
        List<Integer> parts = new ArrayList<>();
        int ai = 0;
        for (int s = 0; s < doc.sentences.size(); s++) {
            Sentence sn = doc.sentences.get(s);
            List<Arg> args = new ArrayList<>();
            while (ai < res.args.size() && res.args.get(ai).from < sn.from()) ai++;
            for (int k = ai; k < res.args.size() && res.args.get(k).from < sn.to(); k++) args.add(res.args.get(k));
            if (args.isEmpty()) continue;
            if (DEBUG) System.err.println("S" + s + " " + args + " :: " + doc.text.substring(sn.start(), Math.min(sn.end(), sn.start() + 80)));
            List<Found> inSentence = new ArrayList<>();
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
                    TypeRule type = rules.types.get(tr.type());
                    apply(doc, res, type, tr, sn, s, i, end, parts, args, inSentence);
                }
            }
            subsume(inSentence);
            out.addAll(inSentence);
        }
        return out;
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
                       List<Integer> parts, List<Arg> args, List<Found> out) {
        LangRules r = doc.rules;
        if (!tr.excludes().isEmpty() && tr.excludes().find(doc.tokens, doc.forms, sn.from(), sn.to()) >= 0) return;
        if (!tr.requires().isEmpty()) {
            int from = Math.max(sn.from(), tf - tr.window());
            int to = Math.min(sn.to(), tt + tr.window());
            if (tr.requires().find(doc.tokens, doc.forms, from, to) < 0) return;
        }
        String status = modality(doc, type, tr, sn, tf, tt, parts);
        if (status == null) return;

        Group left = leftGroup(doc, args, tf, sn, type.type().equals("MEMBER_OF"));
        List<Group> right = rightGroups(doc, type, args, tt, sn);
        boolean meeting = type.type().equals("MEETING");

        List<EntityRef[]> pairs = new ArrayList<>();
        if (type.symmetric()) {
            Set<String> seen = new LinkedHashSet<>();
            List<EntityRef> parts2 = new ArrayList<>();
            if (left != null) for (Arg a : left.args) addRef(a, meeting, type.subjectKinds(), seen, parts2);
            for (int g = 0; g < right.size(); g++) {
                Group gr = right.get(g);
                if (gr.marker == Mk.WITH || (gr.marker == Mk.NONE && g == 0 && gr.distance <= 2)) {
                    for (Arg a : gr.args) addRef(a, meeting, type.subjectKinds(), seen, parts2);
                }
            }
            if (tr.speaker()) {
                Arg sp = res.speakers[s];
                if (sp != null) {
                    // "our partnership": the speaker's state and the people (else the one state) they speak of
                    addRef(sp, meeting, type.subjectKinds(), seen, parts2);
                    List<Arg> others = new ArrayList<>();
                    for (Arg a : args) if (a.isPerson() && !a.personId.equals(sp.personId)) others.add(a);
                    if (others.isEmpty()) {
                        Set<String> states = new LinkedHashSet<>();
                        for (Arg a : args) if (!a.isPerson() && a.stateId != null) states.add(a.stateId);
                        if (states.size() == 1) for (Arg a : args) if (!a.isPerson()) others.add(a);
                    }
                    for (Arg a : others) addRef(a, meeting, type.subjectKinds(), seen, parts2);
                }
            }
            if (meeting && tr.sentence() && parts2.size() < 2) {
                // "خلال لقاء قمة جمعهما", "the talks": the people of the sentence, when there are few
                List<EntityRef> all = new ArrayList<>();
                Set<String> seenAll = new LinkedHashSet<>();
                for (Arg a : args) if (a.isPerson()) addRef(a, true, type.subjectKinds(), seenAll, all);
                if (all.size() >= 2 && all.size() <= 4) {
                    parts2 = all;
                }
            }
            for (int x = 0; x < parts2.size(); x++)
                for (int y = x + 1; y < parts2.size(); y++) pairs.add(new EntityRef[] {parts2.get(x), parts2.get(y)});
        } else {
            List<Arg> subj = new ArrayList<>();
            List<Arg> obj = new ArrayList<>();
            assign(doc, type, tr, left, right, subj, obj);
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
        if (pairs.isEmpty()) return;
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
        for (EntityRef[] p : pairs) {
            double c = conf;
            out.add(new Found(type.type(), p[0], p[1], status, Math.max(0.05, Math.min(0.99, c)), s, tf, tt, trigger,
                    rate, goods, reason));
        }
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
            if (personAllowed && a.via.equals("NAME")) return new EntityRef(a.personId, CatalogEntity.PERSON, a.personName);
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
                        List<Arg> obj) {
        Set<String> sk = type.subjectKinds();
        Set<String> ok = type.objectKinds();
        boolean disjoint = true;
        for (String k : sk) if (ok.contains(k)) disjoint = false;
        if (disjoint) {
            // MEMBER_OF: the kinds tell the roles apart, wherever they stand
            List<Group> all = new ArrayList<>();
            if (left != null) all.add(left);
            for (Group g : right) if (g.marker != Mk.LOC) all.add(g);
            for (Group g : all) {
                for (Arg a : g.args) {
                    if (subj.isEmpty() || subj.get(0).from == a.from || groupOf(all, subj.get(0)) == g) {
                        if (asKind(a, sk, false) != null && !subj.contains(a)) subj.add(a);
                    }
                }
                if (!subj.isEmpty()) break;
            }
            for (Group g : all) {
                for (Arg a : g.args) if (asKind(a, ok, false) != null && !subj.contains(a)) obj.add(a);
                if (!obj.isEmpty()) break;
            }
            return;
        }
        Group subjG = null;
        Group objG = null;
        if (tr.passive()) {
            objG = left;
            for (Group g : right) {
                if (g.marker == Mk.SUBJ) {
                    subjG = g;
                    break;
                }
            }
            if (objG == null) for (Group g : right) if (g.marker == Mk.NONE || g.marker == Mk.OBJ) { objG = g; break; }
        } else {
            if (tr.noun()) {
                if (left != null && left.distance <= 1) subjG = left;
                if (subjG == null) {
                    for (Group g : right) {
                        if (g.marker == Mk.SUBJ || (g.marker == Mk.NONE && g.distance <= 3)) {
                            subjG = g;
                            break;
                        }
                        if (g.marker == Mk.OBJ) break;
                    }
                }
            } else {
                subjG = left;
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
            for (Group g : right) {
                if (g == subjG) continue;
                if (g.marker == Mk.OBJ) {
                    objG = g;
                    break;
                }
            }
            if (objG == null && type.directObject() && !tr.noun()) {
                for (Group g : right) {
                    if (g == subjG || g.marker != Mk.NONE) continue;
                    objG = g;
                    break;
                }
            }
        }
        if (subjG != null) subj.addAll(subjG.args);
        if (objG != null) obj.addAll(objG.args);
    }

    private static Group groupOf(List<Group> groups, Arg a) {
        for (Group g : groups) if (g.args.contains(a)) return g;
        return null;
    }

    // --------------------------------------------------------------------------------------------- groups

    /** The coordinated mentions just before the trigger, within the window and the clause. */
    private Group leftGroup(Doc doc, List<Arg> args, int tf, Sentence sn, boolean appositive) {
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
        int dist = 0;
        for (int i = a.to; i < tf; i++) {
            Token t = doc.tokens.get(i);
            if (r.leftBoundaries.matches(doc.forms[i]) || isStop(t)) return null;
            // "Hungary, a member of NATO": an apposition is a clause only for the other types
            if ((t.norm.equals(",") || t.norm.equals("،")) && !appositive) return null;
            if (t.word && !r.skip.matches(doc.forms[i])) dist++;
        }
        if (dist > r.leftWindow) return null;
        Group g = new Group();
        g.distance = dist;
        g.args.add(a);
        // same-span args (a pair anaphor) and coordinated ones
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

    private boolean coordinated(Doc doc, int from, int to, Arg next) {
        if (to - from > 3) return false;
        LangRules r = doc.rules;
        for (int i = from; i < to; i++) {
            if (!(r.coordination.matches(doc.forms[i]) || r.skip.matches(doc.forms[i]))) return false;
        }
        return true;
    }

    private static boolean isStop(Token t) {
        if (t.word) return false;
        String p = t.text;
        return p.equals(";") || p.equals("؛") || p.equals(":") || p.equals(".") || p.equals("?") || p.equals("!");
    }

    private List<Group> rightGroups(Doc doc, TypeRule type, List<Arg> args, int tt, Sentence sn) {
        LangRules r = doc.rules;
        List<Group> out = new ArrayList<>();
        int p = tt;
        int dist = 0;
        Group cur = null;
        for (Arg a : args) {
            if (a.from < tt) continue;
            if (cur != null && a.from == cur.args.get(cur.args.size() - 1).from
                    && a.to == cur.args.get(cur.args.size() - 1).to) {
                cur.args.add(a);
                continue;
            }
            if (a.from < p) continue;
            Mk marker = Mk.NONE;
            boolean onlyCoord = true;
            boolean stop = false;
            for (int i = p; i < a.from; i++) {
                Token t = doc.tokens.get(i);
                if (r.rightBoundaries.matches(doc.forms[i]) || isStop(t)) {
                    stop = true;
                    break;
                }
                Mk m = marker(type, doc.forms[i], r);
                if (m != Mk.NONE) marker = m;
                boolean coord = r.coordination.matches(doc.forms[i]) || r.skip.matches(doc.forms[i]);
                if (!coord) onlyCoord = false;
                if (t.word && m == Mk.NONE && !coord) dist++;
            }
            if (stop || dist > r.rightWindow) break;
            String prep = org.entente.extract.text.Arabic.preposition(a.clitic);
            if (!prep.isEmpty()) {
                Mk m = marker(type, new String[] {prep}, r);
                if (m != Mk.NONE) marker = m;
            }
            boolean sameGroup = cur != null && marker == Mk.NONE && onlyCoord && a.from - p <= 3;
            if (sameGroup) {
                cur.args.add(a);
            } else {
                if (out.size() >= 4) break;
                cur = new Group();
                cur.marker = marker;
                cur.distance = dist;
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
        }
        if (r.mod("negation").find(doc.tokens, doc.forms, from, tt) >= 0) return null;
        if (r.mod("hypothetical").find(doc.tokens, doc.forms, from, tt) >= 0) return null;
        if (r.mod("denial").find(doc.tokens, doc.forms, sn.from(), tt) >= 0) return null;
        if (r.mod("negationAfter").find(doc.tokens, doc.forms, tt, Math.min(sn.to(), tt + 2)) >= 0) return null;
        if (type.blockedByThreat()
                && r.mod("threat").find(doc.tokens, doc.forms, Math.max(sn.from(), tf - 8), tt) >= 0) return null;
        if (tr.status() != null) return tr.status();
        if (type.liftable() && r.mod("lifted").find(doc.tokens, doc.forms, from, tt) >= 0) return "lifted";
        if (type.endable() && r.mod("ended").find(doc.tokens, doc.forms, from, tt) >= 0) return "ended";
        if (r.mod("future").find(doc.tokens, doc.forms, from, tt) >= 0) return "planned";
        if (r.mod("futureAfter").find(doc.tokens, doc.forms, tt, Math.min(sn.to(), tt + 6)) >= 0) return "planned";
        if (!tr.noun() && futureVerb(doc, parts)) return "planned";
        return "active";
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
