package org.entente.extract;

import org.entente.extract.gazetteer.Entry;
import org.entente.extract.gazetteer.Entry.Kind;
import org.entente.extract.gazetteer.Gazetteer;
import org.entente.extract.gazetteer.Match;
import org.entente.extract.rules.Cues;
import org.entente.extract.rules.LangRules;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.resolve.Catalog;
import org.entente.resolve.CatalogEntity;
import org.entente.resolve.Office;
import org.entente.resolve.Title;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns gazetteer hits into resolved mentions: capitals and seats of power stand for their state, a title with a
 * state ("the Russian president", "الرئيس الروسي", "le président russe") becomes the office holder on the article's
 * date unless a name follows, a surname or a bare title refers back to someone already named, and a titled name
 * that is not in the catalog becomes an uncatalogued person. Also records the offices the text gives people.
 */
final class Resolver {
    private static final Set<String> STATE_ROLES = Set.of("head_of_state", "head_of_government", "leader",
            "foreign_minister", "defense_minister", "minister", "spokesperson", "ambassador", "official");

    private static final Set<String> GENERIC_TITLES = Set.of("minister", "ambassador", "special_envoy", "adviser",
            "official");

    private static final Set<String> SINGLE_ROLES = Set.of("head_of_state", "head_of_government", "leader",
            "foreign_minister", "defense_minister", "spokesperson");

    private static final Set<String> LEADING = Set.of("head_of_state", "head_of_government", "leader",
            "foreign_minister");

    private final Catalog catalog;

    Resolver(Catalog catalog) {
        this.catalog = catalog;
    }

    static final class Result {
        final List<Arg> args = new ArrayList<>();
        final List<OfficeClaim> claims = new ArrayList<>();
        boolean[] covered;
        Arg[] speakers;
        EntityBook book;
    }

    private static final class Raw {
        final int from;
        final int to;
        Kind kind;
        String id;
        final String clitic;
        final List<String> alternatives = new ArrayList<>();
        boolean consumed;

        Raw(int from, int to, Kind kind, String id, String clitic) {
            this.from = from;
            this.to = to;
            this.kind = kind;
            this.id = id;
            this.clitic = clitic;
        }

        boolean stateish() {
            return kind == Kind.STATE || kind == Kind.CAPITAL || kind == Kind.SEAT || kind == Kind.DEMONYM
                    || kind == Kind.ORG;
        }

        boolean personish() {
            return kind == Kind.PERSON || kind == Kind.SURNAME;
        }
    }

    Result resolve(Doc doc, Gazetteer gz) {
        Result res = new Result();
        res.book = new EntityBook(doc.text);
        res.covered = new boolean[doc.tokens.size()];
        List<Raw> raws = raws(doc, gz);
        for (Raw r : raws) for (int i = r.from; i < r.to; i++) res.covered[i] = true;
        dropUnsupportedAmbiguous(doc, raws);
        resolveSurnames(doc, raws);

        Arg lastPerson = null;
        for (int k = 0; k < raws.size(); k++) {
            Raw r = raws.get(k);
            if (r.consumed || r.id == null && r.kind != Kind.PAIR_PERSONS && r.kind != Kind.PAIR_STATES
                    && r.kind != Kind.TRIPLE_STATES) continue;
            switch (r.kind) {
                case TITLE, COUNTERPART -> {
                    List<Arg> made = title(doc, raws, k, res, lastPerson);
                    if (k > 0) {
                        Raw prev = raws.get(k - 1);
                        if (prev.stateish() && prev.id != null && !prev.consumed) {
                            prev.consumed = true;
                            res.args.add(stateArg(prev));
                        }
                    }
                    for (Arg a : made) {
                        res.args.add(a);
                        if (a.isPerson()) lastPerson = a;
                    }
                }
                case PERSON, SURNAME -> {
                    r.consumed = true;
                    Arg a = personArg(doc, r.from, r.to, r.id, "NAME");
                    a.named = true;
                    // "وأردوغان": the clitic joins the name to a group, "بلافروف" marks a partner
                    a.clitic = r.clitic;
                    rankedHolder(doc, raws, k, a, res);
                    titledName(doc, r, a, res);
                    addPersonSpan(doc, res, a, r.from, r.to, r.clitic);
                    res.args.add(a);
                    lastPerson = a;
                }
                case STATE, CAPITAL, SEAT, DEMONYM, ORG -> {
                    // "Finnish President …": leave the state to the title that follows it
                    if (k + 1 < raws.size() && (raws.get(k + 1).kind == Kind.TITLE
                            || raws.get(k + 1).kind == Kind.COUNTERPART) && leftState(doc, raws, k + 1) == r) {
                        continue;
                    }
                    // "the U.S. and Russian presidents": the first of coordinated states before a plural title
                    if (k + 2 < raws.size() && raws.get(k + 1).stateish() && raws.get(k + 2).kind == Kind.TITLE
                            && pluralTitle(doc, raws.get(k + 2))
                            && leftState(doc, raws, k + 2) == raws.get(k + 1)
                            && onlyCoordinationBetween(doc, r.to, raws.get(k + 1).from)) {
                        continue;
                    }
                    r.consumed = true;
                    Arg a = stateArg(r);
                    addStateSpan(doc, res, r);
                    res.args.add(a);
                }
                case PAIR_PERSONS, PAIR_STATES, TRIPLE_STATES -> res.args.addAll(pair(doc, r, res.args));
                case ORG_ANAPHOR -> {
                    Arg a = orgAnaphor(doc, r, res.args);
                    if (a != null) res.args.add(a);
                    // an anaphor that refers to nothing leaves its words to the triggers ("the alliance between …")
                    else for (int i = r.from; i < r.to; i++) res.covered[i] = false;
                }
                default -> { }
            }
        }
        // state spans of states consumed inside titles still count as mentions
        for (Raw r : raws) if (r.stateish() && r.id != null) addStateSpan(doc, res, r);
        res.args.sort((a, b) -> a.from != b.from ? Integer.compare(a.from, b.from) : Integer.compare(a.to, b.to));
        mergeSamePerson(doc, res.args);
        res.speakers = speakers(doc, res.args);
        return res;
    }

    /**
     * "Burkina Faso's Captain Ibrahim Traore", "Niger's General Abdourahamane Tchiani": a state, a rank and a name
     * give the office the catalog knows that person holds in that state on the article's date.
     */
    private void rankedHolder(Doc doc, List<Raw> raws, int k, Arg a, Result res) {
        if (doc.rules.ranks.isEmpty()) return;
        if (k > 0) {
            Raw s = raws.get(k - 1);
            // the state was met first and is already a mention of its own: it also gives the office
            if (s.stateish() && s.id != null) {
                int i = s.to;
                if (i < a.from && (doc.tokens.get(i).norm.equals("'s") || doc.tokens.get(i).norm.equals("'"))) i++;
                int ranks = 0;
                boolean ok = true;
                for (; i < a.from && ok; i++) {
                    if (doc.rules.ranks.matches(doc.forms[i])) ranks++;
                    else if (!(doc.tokens.get(i).text.equals(".") && ranks > 0)) ok = false;
                }
                if (ok && ranks > 0 && ranks <= 3 && claimCatalogOffice(doc, s, a, s.from, a.to, res)) return;
            }
        }
        // "le colonel Assimi Goïta au Mali": a rank before the name, the state after a place word
        boolean rank = a.from > 0 && doc.rules.ranks.matches(doc.forms[a.from - 1]);
        if (!rank || k + 1 >= raws.size()) return;
        Raw s = raws.get(k + 1);
        if (!s.stateish() || s.id == null || s.consumed || s.from - a.to > 2) return;
        for (int i = a.to; i < s.from; i++) {
            if (!doc.rules.mod("location").matches(doc.forms[i]) && !doc.rules.definite.matchesForm(doc.tokens.get(i).norm)) return;
        }
        if (s.from == a.to && org.entente.extract.text.Arabic.preposition(s.clitic).isEmpty()) return;
        claimCatalogOffice(doc, s, a, a.from - 1, s.to, res);
    }

    /**
     * "King Salman", "le roi Mohammed VI", "السلطان هيثم": a catalogued name that starts with a sovereign's title says
     * the office the catalog knows for that person on the date.
     */
    private void titledName(Doc doc, Raw r, Arg a, Result res) {
        if (doc.rules.sovereignTitles.isEmpty() || r.id == null) return;
        String[] first = doc.forms[r.from];
        boolean titled = doc.rules.sovereignTitles.matches(first);
        if (!titled && doc.tokens.get(r.from).arabic) {
            // the clitic-free reading: "والملك سلمان"
            String n = doc.tokens.get(r.from).norm;
            if (r.clitic != null && !r.clitic.isEmpty() && n.startsWith(r.clitic)) {
                titled = doc.rules.sovereignTitles.matches(new String[] {n.substring(r.clitic.length())});
            }
        }
        if (!titled) return;
        for (Office o : catalog.officesOn(a.personId, doc.asOf)) {
            if (!"head_of_state".equals(o.role()) && !"leader".equals(o.role())) continue;
            a.stateId = o.of();
            a.stateKind = kindOf(o.of());
            res.claims.add(new OfficeClaim(personRef(a), ref(o.of()), o.role(), r.from, r.to, 0.85));
            return;
        }
    }

    private boolean claimCatalogOffice(Doc doc, Raw s, Arg a, int from, int to, Result res) {
        for (Office o : catalog.officesOn(a.personId, doc.asOf)) {
            if (!s.id.equals(o.of())) continue;
            s.consumed = true;
            addStateSpan(doc, res, s);
            a.stateId = s.id;
            a.stateKind = kindOf(s.id);
            res.claims.add(new OfficeClaim(personRef(a), ref(s.id), o.role(), from, to, 0.85));
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- raw mentions

    private List<Raw> raws(Doc doc, Gazetteer gz) {
        List<Raw> out = new ArrayList<>();
        for (Match m : gz.findAll(doc.tokens)) {
            Entry chosen = null;
            List<String> surnameIds = new ArrayList<>();
            boolean article = m.clitic().endsWith("ال") || m.clitic().endsWith("لل");
            for (Entry e : m.entries()) {
                if (!allowed(doc, m, e)) continue;
                // "the bloc" refers back, a bare "bloc" or "alliance" is a common noun (and may be a trigger)
                if (e.kind() == Kind.ORG_ANAPHOR && !doc.lang.equals("ar")
                        && !doc.rules.definite.matchesForm(doc.tokens.get(m.from()).norm)) continue;
                // names never take the article: "الأولى" is "the first", not a surname
                if (article && (e.kind() == Kind.PERSON || e.kind() == Kind.SURNAME)) continue;
                if (e.kind() == Kind.SURNAME) {
                    if (!surnameIds.contains(e.id())) surnameIds.add(e.id());
                    if (chosen == null || chosen.kind() == Kind.SURNAME) chosen = chosen == null ? e : chosen;
                    continue;
                }
                if (chosen == null || rank(e.kind()) < rank(chosen.kind())
                        || (rank(e.kind()) == rank(chosen.kind()) && e.lang().equals(doc.lang) && !chosen.lang().equals(doc.lang))) {
                    chosen = e;
                }
            }
            if (chosen == null) continue;
            if (chosen.kind() == Kind.SURNAME && !titledSurname(doc, m, out)) continue;
            Raw r = new Raw(m.from(), m.to(), chosen.kind(), chosen.id(), m.clitic());
            if (chosen.kind() == Kind.SURNAME) r.alternatives.addAll(surnameIds);
            if (chosen.ambiguous()) {
                r.alternatives.add("?ambiguous");
                // "congolais": the other states the same word names
                for (Entry e : m.entries()) {
                    if (e.ambiguous() && e.kind() == chosen.kind() && !r.alternatives.contains(e.id())) r.alternatives.add(e.id());
                }
            }
            out.add(r);
        }
        return out;
    }

    /**
     * A surname that is also a common word ("لولا", "if not for") names someone only with no clitic and right after a
     * title, a demonym, or a title's state ("الرئيس لولا", "الرئيس البرازيلي لولا", "رئيس البرازيل لولا").
     */
    private static boolean titledSurname(Doc doc, Match m, List<Raw> before) {
        if (doc.rules.titledSurnames.isEmpty() || m.to() - m.from() != 1) return true;
        String norm = doc.tokens.get(m.from()).norm;
        String bare = norm.length() > m.clitic().length() ? norm.substring(m.clitic().length()) : norm;
        if (!doc.rules.titledSurnames.matchesForm(norm) && !doc.rules.titledSurnames.matchesForm(bare)) return true;
        if (!m.clitic().isEmpty() || before.isEmpty()) return false;
        Raw p = before.get(before.size() - 1);
        if (p.to != m.from()) return false;
        if (p.kind == Kind.TITLE || p.kind == Kind.DEMONYM || p.kind == Kind.TAIL || p.kind == Kind.COUNTERPART) return true;
        if ((p.kind == Kind.STATE || p.kind == Kind.CAPITAL) && before.size() >= 2) {
            Raw q = before.get(before.size() - 2);
            return q.kind == Kind.TITLE && q.to == p.from;
        }
        return false;
    }

    private static int rank(Kind k) {
        return switch (k) {
            case PERSON -> 0;
            case ORG -> 1;
            case STATE -> 2;
            case CAPITAL -> 3;
            case SEAT -> 4;
            case TITLE -> 5;
            case COUNTERPART -> 6;
            case TAIL -> 7;
            case DEMONYM -> 8;
            case PAIR_PERSONS, PAIR_STATES, TRIPLE_STATES, ORG_ANAPHOR -> 9;
            case SURNAME -> 10;
        };
    }

    private static boolean allowed(Doc doc, Match m, Entry e) {
        List<Token> t = doc.tokens;
        if (e.acronym()) {
            for (int i = m.from(); i < m.to(); i++) if (t.get(i).word && !t.get(i).allCaps) return false;
        }
        if (e.needUpper()) {
            boolean any = false;
            for (int i = m.from(); i < m.to() && !any; i++) {
                Token x = t.get(i);
                any = x.capitalized && !doc.rules.definite.matchesForm(x.norm);
            }
            if (!any) return false;
        }
        return true;
    }

    /** An alias that is also a common word or a US state counts only if the text names the entity unambiguously too. */
    private void dropUnsupportedAmbiguous(Doc doc, List<Raw> raws) {
        Set<String> sure = new HashSet<>();
        for (Raw r : raws) if (!r.alternatives.contains("?ambiguous") && r.id != null) sure.add(r.id);
        for (int k = 0; k < raws.size(); k++) {
            Raw r = raws.get(k);
            if (!r.alternatives.contains("?ambiguous") || sure.contains(r.id)) continue;
            String pick = null;
            for (String c : r.alternatives) if (!c.startsWith("?") && sure.contains(c)) pick = c;
            // "les présidents congolais Félix Tshisekedi et …": the state the named person holds office in
            if (pick == null && k + 1 < raws.size() && raws.get(k + 1).kind == Kind.PERSON && raws.get(k + 1).id != null
                    && raws.get(k + 1).from - r.to <= 1) {
                for (Office o : catalog.officesOn(raws.get(k + 1).id, doc.asOf)) {
                    if (o.of() != null && (o.of().equals(r.id) || r.alternatives.contains(o.of()))) pick = o.of();
                }
            }
            // "Brussels imposed sanctions": a capital that seats an organization the article names (and not its
            // state) stands for that organization, when only one such organization is named
            if (pick == null && r.kind == Kind.CAPITAL && r.id != null) {
                String org = null;
                int n = 0;
                for (String o : catalog.orgsSeatedIn(r.id)) {
                    if (sure.contains(o)) {
                        org = o;
                        n++;
                    }
                }
                if (n == 1) {
                    r.kind = Kind.ORG;
                    pick = org;
                }
            }
            r.id = pick;
        }
    }

    /** Surnames: the person named in full in this article, else the only catalogued bearer, else the one in office. */
    private void resolveSurnames(Doc doc, List<Raw> raws) {
        Set<String> full = new HashSet<>();
        for (Raw r : raws) if (r.kind == Kind.PERSON && r.id != null) full.add(r.id);
        for (Raw r : raws) {
            if (r.kind != Kind.SURNAME) continue;
            String pick = null;
            for (String c : r.alternatives) if (full.contains(c)) { pick = c; break; }
            if (pick == null) {
                // a surname alone stands for someone only if they lead a state or its diplomacy on that date
                List<String> inOffice = new ArrayList<>();
                for (String c : r.alternatives) {
                    for (Office o : catalog.officesOn(c, doc.asOf)) {
                        if (LEADING.contains(o.role())) {
                            inOffice.add(c);
                            break;
                        }
                    }
                }
                if (inOffice.size() == 1) pick = inOffice.get(0);
            }
            r.id = pick;
        }
    }

    // --------------------------------------------------------------------------------------------------- titles

    private List<Arg> title(Doc doc, List<Raw> raws, int k, Result res, Arg lastPerson) {
        Raw t = raws.get(k);
        t.consumed = true;
        LangRules rules = doc.rules;
        boolean counterpart = t.kind == Kind.COUNTERPART;
        String titleKey = t.id;
        // "Putin met his Indian counterpart": a state's executive leader meets the other state's executive leader
        boolean executive = false;
        if (counterpart) {
            titleKey = counterpartTitle(doc, res.args, t.from);
            if (titleKey != null && !catalog.titles().containsKey(titleKey)) titleKey = null;
            if (titleKey == null) return List.of();
            executive = executiveCounterpart(doc, res.args, t.from, titleKey);
        }
        // the state or organization the title belongs to
        List<Raw> states = new ArrayList<>();
        Raw tail = null;
        boolean leftFirst = doc.lang.equals("en");
        Raw left = leftState(doc, raws, k);
        Raw right = rightState(doc, raws, k, t.to);
        Raw st = leftFirst ? (left != null ? left : right) : (right != null ? right : left);
        // "Lavrov flew to Pyongyang and met his counterpart": the one other state the sentence names
        Raw implied = null;
        if (counterpart && st == null && !personAt(raws, nextRawIndex(raws, t.to), doc, t.to)) implied = otherState(doc, raws, res.args, t);
        int blockFrom = t.from;
        int blockTo = t.to;
        boolean plural = !counterpart && pluralTitle(doc, t);
        if (st != null) {
            states.add(st);
            blockFrom = Math.min(blockFrom, st.from);
            blockTo = Math.max(blockTo, st.to);
            if (plural && st.to <= t.from) {
                // "the U.S. and Russian presidents": coordinated states before a plural title
                int idx = raws.indexOf(st) - 1;
                while (idx >= 0 && raws.get(idx).stateish() && raws.get(idx).id != null && !raws.get(idx).consumed
                        && onlyCoordinationBetween(doc, raws.get(idx).to, blockFrom)) {
                    states.add(0, raws.get(idx));
                    blockFrom = raws.get(idx).from;
                    idx--;
                }
            }
            if ((counterpart || plural && nextPersonAfter(doc, raws, st) == null) && st.from >= t.to) {
                // "نظيريه الروسي والكوري الشمالي": coordinated states after a counterpart
                int idx = raws.indexOf(st) + 1;
                while (idx < raws.size() && raws.get(idx).stateish() && raws.get(idx).id != null
                        && onlyCoordination(doc, blockTo, raws.get(idx))) {
                    states.add(raws.get(idx));
                    blockTo = raws.get(idx).to;
                    idx++;
                }
            }
            // "le ministre russe des Affaires étrangères": the rest of the title after the demonym
            int idx = raws.indexOf(st) + 1;
            if (st.from >= t.to && idx < raws.size() && raws.get(idx).kind == Kind.TAIL && raws.get(idx).from == st.to) {
                tail = raws.get(idx);
                tail.consumed = true;
                titleKey = tail.id;
                blockTo = tail.to;
            }
        } else {
            int idx = k + 1;
            if (idx < raws.size() && raws.get(idx).kind == Kind.TAIL && raws.get(idx).from == t.to) {
                tail = raws.get(idx);
                tail.consumed = true;
                titleKey = tail.id;
                blockTo = tail.to;
                Raw r2 = rightState(doc, raws, idx, blockTo);
                if (r2 != null) {
                    states.add(r2);
                    blockTo = r2.to;
                }
            }
        }
        for (Raw s : states) s.consumed = true;
        if (implied != null) states.add(implied);
        Title title = catalog.titles().get(titleKey);
        String role = title != null ? title.role() : "official";
        boolean former = notCurrent(doc, blockFrom, blockTo);
        // "a US official", "un responsable américain", "la plus haute responsable": nobody in particular
        boolean indefinite = blockFrom > 0 && (doc.rules.indefinite.matches(doc.forms[blockFrom - 1])
                || blockFrom > 1 && doc.rules.indefinite.matches(doc.forms[blockFrom - 2])
                && doc.rules.titleModifiers.matches(doc.forms[blockFrom - 1]));

        // the person the title is given to
        Raw person = null;
        int after = nextRawIndex(raws, blockTo);
        if (states.size() <= 1 && after >= 0) {
            Raw p = raws.get(after);
            if (p.personish() && p.id != null && !p.consumed && gapIsLoose(doc, blockTo, p.from)) person = p;
        }
        // "la porte-parole du ministère chinois des Affaires étrangères, Hua Chunying", "spokesman for the Chinese
        // foreign ministry Lin Jian", "المتحدث باسم مجلس الأمن القومي في البيت الأبيض جون كيربي": the title's
        // complement names the state, the name follows it
        if (person == null && states.size() <= 1 && !counterpart) {
            int[] comp = complement(doc, raws, res.covered, blockTo, states.isEmpty() ? null : states.get(0),
                    "ambassador".equals(role));
            if (comp != null) {
                Raw cs = raws.get(comp[0]);
                if (states.isEmpty()) states.add(cs);
                if (!cs.consumed) addStateSpan(doc, res, cs);
                cs.consumed = true;
                blockTo = comp[1];
                int nx = nextRawIndex(raws, blockTo);
                if (nx >= 0 && raws.get(nx).personish() && raws.get(nx).id != null && !raws.get(nx).consumed
                        && gapIsLoose(doc, blockTo, raws.get(nx).from)) person = raws.get(nx);
            }
        }
        String newName = null;
        int nameFrom = -1;
        int nameTo = -1;
        if (person == null && states.size() == 1) {
            int[] span = nameAfter(doc, res.covered, blockTo);
            if (span != null) {
                nameFrom = span[0];
                nameTo = span[1];
                // "Bruno Rodriguez": a first name the catalog does not know, then a catalogued surname
                int nx = nextRawIndex(raws, nameTo);
                if (!doc.lang.equals("ar") && nx >= 0 && raws.get(nx).from == nameTo && raws.get(nx).kind == Kind.SURNAME
                        && !raws.get(nx).consumed) {
                    raws.get(nx).consumed = true;
                    nameTo = raws.get(nx).to;
                }
                String raw = doc.span(nameFrom, nameTo);
                newName = doc.lang.equals("ar") ? Translit.latin(raw) : raw.replaceAll("\\s+", " ");
            }
        }
        // "Ahmed Kamal, Egypt's foreign minister, said": a name the catalog does not know, set off before the title
        boolean nameFirst = false;
        if (person == null && newName == null && !counterpart && states.size() == 1 && !doc.lang.equals("ar")) {
            int[] span = nameBefore(doc, res, blockFrom);
            if (span != null) {
                nameFrom = span[0];
                nameTo = span[1];
                nameFirst = true;
                newName = doc.span(nameFrom, nameTo).replaceAll("\\s+", " ");
            }
        }
        // appositive: "Vladimir Putin, the Russian president"
        if (person == null && newName == null && !counterpart && lastPerson != null && lastPerson.titleKey == null
                && lastPerson.to < t.from && appositive(doc, lastPerson.to, blockFrom)) {
            String of = states.isEmpty() ? officeOf(lastPerson.personId, titleKey, doc) : states.get(0).id;
            if (of != null && !former) {
                lastPerson.titleKey = titleKey;
                lastPerson.stateId = of;
                lastPerson.stateKind = kindOf(of);
                res.claims.add(new OfficeClaim(personRef(lastPerson), ref(of), role, lastPerson.from, t.to,
                        states.isEmpty() ? 0.8 : 0.9));
            }
            return List.of();
        }

        List<Arg> out = new ArrayList<>();
        if (person != null) {
            person.consumed = true;
            Arg a = personArg(doc, Math.min(blockFrom, person.from), person.to, person.id, "TITLE");
            a.named = true;
            a.titleKey = titleKey;
            addPersonSpan(doc, res, a, person.from, person.to, person.clitic);
            String of = states.isEmpty() ? officeOf(person.id, titleKey, doc) : states.get(0).id;
            if (of != null && !former) {
                a.stateId = of;
                a.stateKind = kindOf(of);
                res.claims.add(new OfficeClaim(personRef(a), ref(of), role, a.from, a.to, states.isEmpty() ? 0.85 : 0.95));
            }
            a.clitic = t.clitic;
            out.add(a);
            if ((plural || counterpart) && states.size() == 1) {
                // "les présidents rwandais Paul Kagame et congolais Félix Tshisekedi", "ونظيريه البوركينابي قسوم
                // كوليبالي والنيجري ساليفو مودي": the next state and name
                int end = person.to;
                int idx = nextRawIndex(raws, end);
                while (idx >= 0 && idx + 1 < raws.size()) {
                    Raw s2 = raws.get(idx);
                    Raw p2 = raws.get(idx + 1);
                    if (!s2.stateish() || s2.id == null || s2.consumed || !p2.personish() || p2.id == null || p2.consumed) break;
                    boolean joined = onlyCoordinationBetween(doc, end, s2.from) && s2.from > end
                            || s2.from == end && s2.clitic.startsWith("و");
                    if (!joined || !gapIsLoose(doc, s2.to, p2.from)) break;
                    s2.consumed = true;
                    p2.consumed = true;
                    Arg b = personArg(doc, s2.from, p2.to, p2.id, "TITLE");
                    b.named = true;
                    b.titleKey = titleKey;
                    addPersonSpan(doc, res, b, p2.from, p2.to, p2.clitic);
                    addStateSpan(doc, res, s2);
                    if (!former) {
                        b.stateId = s2.id;
                        b.stateKind = kindOf(s2.id);
                        res.claims.add(new OfficeClaim(personRef(b), ref(s2.id), role, b.from, b.to, 0.9));
                    }
                    b.clitic = s2.clitic;
                    out.add(b);
                    end = p2.to;
                    idx = nextRawIndex(raws, end);
                }
            }
        } else if (newName != null) {
            Arg a = new Arg(nameFirst ? nameFrom : blockFrom, nameFirst ? blockTo : nameTo, "TITLE");
            a.personId = newName;
            a.personName = newName;
            a.personCatalogued = false;
            a.named = true;
            a.romanised = doc.lang.equals("ar");
            a.titleKey = titleKey;
            a.stateId = states.get(0).id;
            a.stateKind = kindOf(a.stateId);
            a.clitic = t.clitic;
            res.book.add(newName, CatalogEntity.PERSON, newName, false, doc.tokens.get(nameFrom).start,
                    doc.tokens.get(nameTo - 1).end);
            if (!former) res.claims.add(new OfficeClaim(personRef(a), ref(a.stateId), role, a.from, a.to, 0.8));
            out.add(a);
        } else if (!states.isEmpty()) {
            // "وزيرا خارجية أرمينيا وأذربيجان، أرارات ميرزويان و…": names follow the list; the catalog is no guide
            boolean namesFollow = plural && states.size() >= 2 && namesAfter(doc, res.covered, raws, blockTo);
            for (Raw s : states) {
                String holder = former || indefinite || namesFollow ? null
                        : "leader".equals(role) ? mentionedLeader(res.args, s.id, doc) : null;
                String sRole = role;
                String sKey = titleKey;
                if (holder == null && !former && !indefinite && !namesFollow && executive) {
                    String exec = catalog.executiveRole(s.id);
                    List<CatalogEntity> h = catalog.holdersByRole(s.id, exec, doc.asOf);
                    if (!h.isEmpty()) {
                        holder = h.get(0).id();
                        sRole = exec;
                        for (Office o : catalog.officesOn(holder, doc.asOf)) if (s.id.equals(o.of()) && exec.equals(o.role())) sKey = o.title();
                    }
                }
                if (holder == null && !former && !indefinite && !namesFollow) holder = holder(s.id, titleKey, role, doc);
                if (holder != null) {
                    int from = states.size() == 1 ? blockFrom : s.from;
                    int to = states.size() == 1 ? blockTo : s.to;
                    Arg a = personArg(doc, from, to, holder, counterpart ? "COUNTERPART" : "TITLE");
                    a.titleKey = sKey;
                    a.stateId = s.id;
                    a.stateKind = kindOf(s.id);
                    a.clitic = states.size() == 1 ? t.clitic : s.clitic;
                    res.book.add(holder, CatalogEntity.PERSON, a.personName, true, doc.tokens.get(from).start,
                            doc.tokens.get(to - 1).end);
                    res.claims.add(new OfficeClaim(personRef(a), ref(s.id), sRole, from, to, 0.75));
                    out.add(a);
                } else {
                    out.add(copyState(stateArg(s), s.from, s.to, "TITLE"));
                }
            }
        } else if (!counterpart && !former && definite(doc, t)) {
            // "the president said": the last person given that title
            for (int i = res.args.size() - 1; i >= 0; i--) {
                Arg p = res.args.get(i);
                if (p.isPerson() && titleKey.equals(p.titleKey)) {
                    Arg a = personArg(doc, t.from, t.to, p.personId, "TITLE");
                    a.personName = p.personName;
                    a.personCatalogued = p.personCatalogued;
                    a.romanised = p.romanised;
                    a.titleKey = titleKey;
                    a.stateId = p.stateId;
                    a.stateKind = p.stateKind;
                    a.clitic = t.clitic;
                    res.book.add(p.personId, CatalogEntity.PERSON, p.personName, p.personCatalogued,
                            doc.tokens.get(t.from).start, doc.tokens.get(t.to - 1).end);
                    out.add(a);
                    break;
                }
            }
        }
        return out;
    }

    private static Arg copyState(Arg a, int from, int to, String via) {
        Arg b = new Arg(from, to, via);
        b.stateId = a.stateId;
        b.stateKind = a.stateKind;
        b.clitic = a.clitic;
        return b;
    }

    /** The title of the person the counterpart is compared with: the last titled person before it. */
    private String counterpartTitle(Doc doc, List<Arg> args, int at) {
        int sentence = doc.sentenceOf[at];
        for (int i = args.size() - 1; i >= 0; i--) {
            Arg a = args.get(i);
            if (a.from >= at || !a.isPerson()) continue;
            if (doc.sentenceOf[a.from] != sentence) break;
            if (a.titleKey != null) return a.titleKey;
            Office best = null;
            for (Office o : catalog.officesOn(a.personId, doc.asOf)) {
                if (best == null || rolePriority(o.role()) < rolePriority(best.role())) best = o;
            }
            return best == null ? null : best.title();
        }
        return null;
    }

    /**
     * The person a counterpart is compared with leads their state's government (a president in a presidential state,
     * a prime minister in a parliamentary one, a leader): the counterpart is then the other state's executive leader.
     */
    private boolean executiveCounterpart(Doc doc, List<Arg> args, int at, String titleKey) {
        Title t = catalog.titles().get(titleKey);
        if (t == null) return false;
        String role = t.role();
        if ("leader".equals(role)) return true;
        if (!"head_of_state".equals(role) && !"head_of_government".equals(role)) return false;
        int sentence = doc.sentenceOf[at];
        for (int i = args.size() - 1; i >= 0; i--) {
            Arg a = args.get(i);
            if (a.from >= at || !a.isPerson()) continue;
            if (doc.sentenceOf[a.from] != sentence) break;
            return a.stateId != null && role.equals(catalog.executiveRole(a.stateId));
        }
        return false;
    }

    private static int rolePriority(String role) {
        int i = List.of("head_of_state", "leader", "head_of_government", "foreign_minister", "defense_minister",
                "minister", "spokesperson", "ambassador", "official").indexOf(role);
        return i < 0 ? 99 : i;
    }

    private Raw leftState(Doc doc, List<Raw> raws, int k) {
        if (k == 0) return null;
        Raw t = raws.get(k);
        Raw s = raws.get(k - 1);
        if (!s.stateish() || s.id == null || s.consumed) return null;
        int gap = t.from - s.to;
        if (gap == 0) return s;
        Token g = doc.tokens.get(s.to);
        boolean poss = g.norm.equals("'s") || g.norm.equals("'");
        if (gap == 1) return poss ? s : null;
        // "Mali's interim president", "Russia's former president"
        if (!poss || gap > 3) return null;
        for (int i = s.to + 1; i < t.from; i++) {
            if (!doc.rules.titleModifiers.matches(doc.forms[i]) && !doc.rules.notCurrent.matches(doc.forms[i])) return null;
        }
        return s;
    }

    private Raw rightState(Doc doc, List<Raw> raws, int k, int from) {
        int idx = nextRawIndex(raws, from);
        if (idx < 0) return null;
        Raw s = raws.get(idx);
        if (!s.stateish() || s.id == null || s.consumed) return null;
        if (s.from - from > 3) return null;
        for (int i = from; i < s.from; i++) {
            if (!doc.rules.titleConnectors.matches(doc.forms[i])) return null;
        }
        return s;
    }

    private static int nextRawIndex(List<Raw> raws, int tokenFrom) {
        for (int i = 0; i < raws.size(); i++) if (raws.get(i).from >= tokenFrom) return i;
        return -1;
    }

    /** Only coordinators (and articles) in tokens [from, to), at most two of them. */
    private static boolean onlyCoordinationBetween(Doc doc, int from, int to) {
        if (to - from > 3 || to < from) return false;
        int words = 0;
        for (int i = from; i < to; i++) {
            if (doc.tokens.get(i).text.equals(".")) continue;
            words++;
            if (!doc.rules.coordination.matches(doc.forms[i]) && !doc.rules.definite.matchesForm(doc.tokens.get(i).norm)) return false;
        }
        return words <= 2;
    }

    /** A name (a catalogued person, or an uncatalogued name) starts right after token {@code at}, a comma aside. */
    private boolean namesAfter(Doc doc, boolean[] covered, List<Raw> raws, int at) {
        int i = at;
        if (i < doc.tokens.size() && (doc.tokens.get(i).norm.equals(",") || doc.tokens.get(i).norm.equals("،"))) i++;
        int idx = nextRawIndex(raws, i);
        if (idx >= 0 && raws.get(idx).from == i && raws.get(idx).personish()) return true;
        return nameAfter(doc, covered, i) != null;
    }

    /** Is there a person (raw) right after token {@code at} (a comma aside)? */
    private static boolean personAt(List<Raw> raws, int idx, Doc doc, int at) {
        if (idx < 0) return false;
        Raw p = raws.get(idx);
        return p.personish() && p.from - at <= 1;
    }

    /**
     * The only state other than the reference person's that the sentence of a bare counterpart names (places
     * included), or null.
     */
    private Raw otherState(Doc doc, List<Raw> raws, List<Arg> before, Raw t) {
        int sentence = doc.sentenceOf[t.from];
        String own = null;
        for (int i = before.size() - 1; i >= 0; i--) {
            Arg a = before.get(i);
            if (doc.sentenceOf[a.from] != sentence) break;
            if (a.isPerson()) {
                own = a.stateId;
                break;
            }
        }
        if (own == null) return null;
        Raw found = null;
        for (Raw r : raws) {
            if (doc.sentenceOf[r.from] != sentence || !r.stateish() || r.id == null || r.kind == Kind.ORG
                    || r.id.equals(own)) continue;
            if (found != null && !found.id.equals(r.id)) return null;
            if (found == null) found = r;
        }
        return found;
    }

    /** The catalogued person right after a state raw (a name after "présidents rwandais"), or null. */
    private Raw nextPersonAfter(Doc doc, List<Raw> raws, Raw st) {
        int idx = raws.indexOf(st) + 1;
        if (idx >= raws.size()) return null;
        Raw p = raws.get(idx);
        return p.personish() && p.id != null && !p.consumed && gapIsLoose(doc, st.to, p.from) ? p : null;
    }

    /** "the foreign ministers of", "les ministres", "وزراء خارجية": a plural title (any of its words or phrases). */
    private static boolean pluralTitle(Doc doc, Raw t) {
        return doc.rules.pluralTitles.matchAt(doc.tokens, doc.forms, t.from, t.to) > 0;
    }

    private boolean onlyCoordination(Doc doc, int from, Raw next) {
        if (next.from - from > 2) return false;
        for (int i = from; i < next.from; i++) if (!doc.rules.coordination.matches(doc.forms[i])) return false;
        return true;
    }

    /** Up to one comma, colon or article between a title and its name. */
    private static boolean gapIsLoose(Doc doc, int from, int to) {
        int loose = 0;
        int ranks = 0;
        if (from < to && doc.tokens.get(from).arabic && doc.tokens.get(from).norm.startsWith("لل")
                && doc.tokens.get(from).norm.length() > 4) {
            // "وزير الدولة الرواندي للتكامل الإقليمي جيمس كاباريبي", "… للشؤون الخارجية عادل الجبير": the portfolio
            // (ل + noun, up to two adjectives) between the title's state and the name
            int i = from + 1;
            while (i < to && i <= from + 2 && doc.tokens.get(i).arabic && doc.tokens.get(i).norm.startsWith("ال")) i++;
            if (i == to) return true;
        }
        for (int i = from; i < to; i++) {
            String n = doc.tokens.get(i).norm;
            if (doc.rules.ranks.matches(doc.forms[i]) || n.equals(".") && ranks > 0) {
                ranks++;
                continue;
            }
            if (!(n.equals(",") || n.equals("،") || n.equals(":") || doc.rules.definite.matchesForm(n))) return false;
            loose++;
        }
        return loose <= 1 && ranks <= 3;
    }

    /** Does a title modifier say the holder is not the current one ("former president", "president-elect")? */
    private static boolean notCurrent(Doc doc, int from, int to) {
        LangRules r = doc.rules;
        if (r.notCurrent.isEmpty()) return false;
        for (int i = Math.max(0, from - 2); i < from; i++) {
            if (r.notCurrent.matches(doc.forms[i]) && (i == from - 1 || r.definite.matchesForm(doc.tokens.get(from - 1).norm)
                    || r.notCurrent.matches(doc.forms[from - 1]))) return true;
        }
        for (int i = from; i < to; i++) if (r.notCurrent.matches(doc.forms[i])) return true;
        for (int i = to; i < Math.min(doc.tokens.size(), to + 2); i++) {
            Token t = doc.tokens.get(i);
            if (r.notCurrent.matches(doc.forms[i])) return i == to || doc.tokens.get(to).text.equals("-");
            if (!t.text.equals("-")) break;
        }
        return false;
    }

    /** "the British leader": the leader of that state already named in the article, if any. */
    private String mentionedLeader(List<Arg> before, String stateId, Doc doc) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Arg a = before.get(i);
            if (!a.isPerson() || a.romanised || !stateId.equals(a.stateId)) continue;
            Title t = a.titleKey == null ? null : catalog.titles().get(a.titleKey);
            if (t != null && Set.of("head_of_state", "head_of_government", "leader").contains(t.role())) return a.personId;
            for (Office o : catalog.officesOn(a.personId, doc.asOf)) {
                if (stateId.equals(o.of()) && Set.of("head_of_state", "head_of_government", "leader").contains(o.role()))
                    return a.personId;
            }
        }
        return null;
    }

    private static boolean appositive(Doc doc, int personEnd, int titleFrom) {
        if (titleFrom - personEnd < 1 || titleFrom - personEnd > 2) return false;
        String n = doc.tokens.get(personEnd).norm;
        if (!(n.equals(",") || n.equals("،") || n.equals("("))) return false;
        for (int i = personEnd + 1; i < titleFrom; i++) {
            if (!doc.rules.definite.matchesForm(doc.tokens.get(i).norm) && !doc.rules.indefinite.matches(doc.forms[i])) return false;
        }
        return true;
    }

    private static boolean definite(Doc doc, Raw t) {
        Token first = doc.tokens.get(t.from);
        if (doc.lang.equals("ar")) {
            // a construct title is definite by its last word: "ولي العهد", "وزير الخارجية"
            if (first.norm.startsWith("ال") || t.clitic.endsWith("ال") || t.clitic.endsWith("لل")) return true;
            for (int i = t.from + 1; i < t.to; i++) if (doc.tokens.get(i).norm.startsWith("ال")) return true;
            return false;
        }
        if (t.from > 0 && doc.rules.definite.matchesForm(doc.tokens.get(t.from - 1).norm)) return true;
        return first.capitalized && t.from > 0 && doc.tokens.get(t.from - 1).word;
    }

    /** A name that follows a title and is not in the catalog: capitalised words (en/fr), two or three words (ar). */
    private int[] nameAfter(Doc doc, boolean[] covered, int from) {
        List<Token> t = doc.tokens;
        int i = from;
        if (i < t.size() && (t.get(i).norm.equals(",") || t.get(i).norm.equals("،"))) i++;
        int start = i;
        int words = 0;
        if (doc.lang.equals("ar")) {
            while (i < t.size() && words < 3) {
                Token x = t.get(i);
                // names do not take the article: "للشؤون", "المملكة" end the name
                boolean article = x.norm.startsWith("ال") || x.norm.startsWith("لل") || x.norm.startsWith("وال")
                        || x.norm.startsWith("بال");
                if (!x.word || !x.arabic || covered[i] || article || x.newlineBefore && i > start
                        || doc.rules.nameStops.matches(doc.forms[i]) || isDateWord(doc, i)) break;
                i++;
                words++;
            }
            return words >= 2 ? new int[] {start, i} : null;
        }
        while (i < t.size() && words < 4) {
            Token x = t.get(i);
            // "Vice Premier He Lifeng": a short capitalised stop word right before another name word is a name
            boolean shortName = words == 0 && x.word && x.capitalized && x.text.length() <= 3 && i + 1 < t.size()
                    && t.get(i + 1).word && t.get(i + 1).capitalized && !covered[i + 1]
                    && !doc.rules.nameStops.matchesForm(t.get(i + 1).norm);
            if (x.word && x.capitalized && !covered[i] && (shortName || !doc.rules.nameStops.matchesForm(x.norm))
                    && !isDateWord(doc, i) && !(x.newlineBefore && i > start)) {
                i++;
                words++;
                // an initial: "S. Jaishankar"
                if (x.text.length() == 1 && i < t.size() && t.get(i).text.equals(".")) i++;
                continue;
            }
            if (words > 0 && x.word && !x.capitalized && PARTICLES.contains(x.norm) && i + 1 < t.size()
                    && t.get(i + 1).capitalized && !covered[i + 1]) {
                i++;
                continue;
            }
            break;
        }
        while (i > start && !t.get(i - 1).word) i--;
        return words >= 1 ? new int[] {start, i} : null;
    }

    /**
     * "Lin Jian, a spokesman for China's foreign ministry": two to four capitalised words no mention covers, closed by
     * the comma before the title (an article aside), and opening their phrase (sentence start, a comma, a quote or a
     * lower-case word before them).
     */
    private int[] nameBefore(Doc doc, Result res, int titleFrom) {
        List<Token> t = doc.tokens;
        int i = titleFrom - 1;
        if (i >= 0 && (doc.rules.definite.matchesForm(t.get(i).norm) || doc.rules.indefinite.matches(doc.forms[i]))) i--;
        if (i < 1 || !t.get(i).norm.equals(",")) return null;
        int end = i;
        int sentence = doc.sentenceOf[titleFrom];
        int words = 0;
        int j = end - 1;
        while (j >= 0 && doc.sentenceOf[j] == sentence && words < 5) {
            Token x = t.get(j);
            if (x.word && x.capitalized && !x.allCaps && !res.covered[j] && !doc.rules.nameStops.matchesForm(x.norm)
                    && !isDateWord(doc, j)) {
                words++;
                j--;
                continue;
            }
            if (words > 0 && x.word && !x.capitalized && PARTICLES.contains(x.norm)) {
                j--;
                continue;
            }
            break;
        }
        int start = j + 1;
        while (start < end && !t.get(start).capitalized) start++;
        if (words < 2 || words > 4) return null;
        if (j >= 0 && doc.sentenceOf[j] == sentence) {
            Token b = t.get(j);
            boolean opens = !b.word || (!b.capitalized && !res.covered[j]);
            if (!opens) return null;
        }
        for (Arg a : res.args) if (a.from < end && a.to > start) return null;
        return new int[] {start, end};
    }

    private static final Set<String> PARTICLES = Set.of("bin", "ben", "al", "el", "de", "van", "von", "da", "der", "du");

    private static boolean isDateWord(Doc doc, int i) {
        for (String f : doc.forms[i]) if (doc.rules.months.containsKey(f) || doc.rules.weekdays.containsKey(f)) return true;
        return false;
    }

    // ------------------------------------------------------------------------------------------ holders, offices

    /** Who holds the title of {@code of} on the article's date: by title key, then by the title's role. */
    private String holder(String of, String titleKey, String role, Doc doc) {
        // "the Saudi minister of state", "a US official": a generic title names nobody in particular
        if (GENERIC_TITLES.contains(titleKey)) return null;
        List<CatalogEntity> h = catalog.holders(of, titleKey, doc.asOf);
        // by role only for offices one person holds at a time: "minister" or "official" names nobody in particular
        if (h.isEmpty() && role != null && SINGLE_ROLES.contains(role)) h = catalog.holdersByRole(of, role, doc.asOf);
        if (h.isEmpty() && ("leader".equals(role) || "head_of_state".equals(role))) {
            h = catalog.holdersByRole(of, "leader", doc.asOf);
            // "the Indian leader" is the prime minister of a parliamentary state
            if (h.isEmpty() && "leader".equals(role)) h = catalog.holdersByRole(of, catalog.executiveRole(of), doc.asOf);
            if (h.isEmpty()) h = catalog.holdersByRole(of, "head_of_state", doc.asOf);
        }
        return h.isEmpty() ? null : h.get(0).id();
    }

    private String officeOf(String personId, String titleKey, Doc doc) {
        return catalog.officeOf(personId, titleKey, doc.asOf).map(Office::of).orElse(null);
    }

    /** The state a named person acts for on the date: their current office, state offices first. */
    private String stateOfPerson(String personId, Doc doc) {
        List<Office> now = catalog.officesOn(personId, doc.asOf);
        for (String role : List.of("head_of_state", "leader", "head_of_government", "foreign_minister",
                "defense_minister", "minister", "spokesperson", "ambassador", "official")) {
            for (Office o : now) if (role.equals(o.role()) && isState(o.of())) return o.of();
        }
        for (Office o : now) if (o.of() != null) return o.of();
        return null;
    }

    private boolean isState(String id) {
        return catalog.find(id).map(e -> CatalogEntity.STATE.equals(e.kind())).orElse(false);
    }

    private String kindOf(String id) {
        return catalog.find(id).map(CatalogEntity::kind).orElse(CatalogEntity.STATE);
    }

    private EntityRef ref(String id) {
        return catalog.find(id).map(e -> new EntityRef(e.id(), e.kind(), e.name()))
                .orElse(new EntityRef(id, CatalogEntity.STATE, id));
    }

    private static EntityRef personRef(Arg a) {
        return new EntityRef(a.personId, CatalogEntity.PERSON, a.personName);
    }

    // --------------------------------------------------------------------------------------------------- args

    private Arg personArg(Doc doc, int from, int to, String personId, String via) {
        Arg a = new Arg(from, to, via);
        a.personId = personId;
        a.personName = catalog.find(personId).map(CatalogEntity::name).orElse(personId);
        a.stateId = stateOfPerson(personId, doc);
        a.stateKind = a.stateId == null ? null : kindOf(a.stateId);
        return a;
    }

    private Arg stateArg(Raw r) {
        Arg a = new Arg(r.from, r.to, switch (r.kind) {
            case CAPITAL -> "CAPITAL";
            case SEAT -> "SEAT";
            case DEMONYM -> "DEMONYM";
            case ORG -> "ORG";
            default -> "NAME";
        });
        a.stateId = r.id;
        a.stateKind = r.kind == Kind.ORG ? CatalogEntity.ORGANIZATION : CatalogEntity.STATE;
        a.clitic = r.clitic;
        return a;
    }

    private void addStateSpan(Doc doc, Result res, Raw r) {
        CatalogEntity e = catalog.find(r.id).orElse(null);
        if (e == null) return;
        int[] se = trimClitic(doc, r.from, r.to, r.clitic);
        res.book.add(e.id(), e.kind(), e.name(), true, se[0], se[1]);
    }

    private void addPersonSpan(Doc doc, Result res, Arg a, int from, int to, String clitic) {
        int[] se = trimClitic(doc, from, to, clitic);
        res.book.add(a.personId, CatalogEntity.PERSON, a.personName, a.personCatalogued, se[0], se[1]);
    }

    /** Character span of tokens [from, to) without the proclitic letters of the first token (وبوتين → بوتين). */
    static int[] trimClitic(Doc doc, int from, int to, String clitic) {
        Token first = doc.tokens.get(from);
        int start = first.start;
        int end = doc.tokens.get(to - 1).end;
        if (clitic != null && !clitic.isEmpty()) {
            String raw = first.text;
            int letters = 0;
            int i = 0;
            // "لل" stands for ل + the article's ل: keep the article's letter when the alias starts with ال
            int strip = clitic.length();
            while (i < raw.length() && letters < strip) {
                char c = raw.charAt(i);
                int type = Character.getType(c);
                if (type != Character.NON_SPACING_MARK && c != '\u0640') letters++;
                i++;
            }
            while (i < raw.length() && (Character.getType(raw.charAt(i)) == Character.NON_SPACING_MARK
                    || raw.charAt(i) == '\u0640')) i++;
            if (i < raw.length()) start = first.start + i;
        }
        return new int[] {start, end};
    }

    /**
     * The host of the one person named before a pair anaphor: the state named after a `destination` word ("in
     * Moscow", "à Pékin", "إلى موسكو") in that person's sentence or the anaphor's, not the visitor's own, and its
     * executive on the article's date.
     */
    private Arg visitHost(Doc doc, Raw r, List<Arg> before, Arg visitor) {
        Cues dest = doc.rules.destination;
        if (dest.isEmpty() || visitor.stateId == null) return null;
        int s1 = doc.sentenceOf[visitor.from];
        int s2 = doc.sentenceOf[r.from];
        if (s2 - s1 > 1) return null;
        String host = null;
        for (Arg a : before) {
            int s = doc.sentenceOf[a.from];
            if (s != s1 && s != s2 || a.isPerson() || a.stateId == null || !CatalogEntity.STATE.equals(a.stateKind)
                    || a.stateId.equals(visitor.stateId) || a.from == 0 || !dest.matches(doc.forms[a.from - 1])) continue;
            if (host != null && !host.equals(a.stateId)) return null;
            host = a.stateId;
        }
        if (host == null) return null;
        List<CatalogEntity> h = catalog.holdersByRole(host, catalog.executiveRole(host), doc.asOf);
        if (h.size() != 1) return null;
        Arg a = new Arg(r.from, r.to, "ANAPHOR");
        a.personId = h.get(0).id();
        a.personName = h.get(0).name();
        a.stateId = host;
        a.stateKind = CatalogEntity.STATE;
        return a;
    }

    /** "the two leaders", "الزعيمان": the last two people named before; "البلدين": the last two states. */
    private List<Arg> pair(Doc doc, Raw r, List<Arg> before) {
        boolean persons = r.kind == Kind.PAIR_PERSONS;
        int n = r.kind == Kind.TRIPLE_STATES ? 3 : 2;
        Set<String> seen = new LinkedHashSet<>();
        List<Arg> picked = new ArrayList<>();
        if (n == 3) {
            // "Le Mali, le Burkina Faso et le Niger … (Alger) … les trois pays": the last three states named
            // together, before the last three named
            List<Arg> run = lastCoordinatedStates(doc, before, 3, doc.sentenceOf[r.from]);
            if (run != null) {
                picked.addAll(run);
                for (Arg a : run) seen.add(a.stateId);
            }
        }
        if (!persons) {
            // "Trump and the crown prince … the two governments": the states of the people of the same sentence
            int sentence = doc.sentenceOf[r.from];
            for (int i = before.size() - 1; i >= 0 && picked.size() < n; i--) {
                Arg a = before.get(i);
                if (doc.sentenceOf[a.from] != sentence) break;
                // the people's states, and the governments named by their seat ("the Kremlin") in the same sentence
                if (!a.isPerson() && !"SEAT".equals(a.via) || a.stateId == null || !CatalogEntity.STATE.equals(a.stateKind)) continue;
                if (seen.add(a.stateId)) {
                    Arg st = new Arg(a.from, a.to, "ANAPHOR");
                    st.stateId = a.stateId;
                    st.stateKind = a.stateKind;
                    picked.add(st);
                }
            }
            if (picked.size() < n) {
                picked.clear();
                seen.clear();
            }
        }
        // "les deux ministres arabes": only people holding such an office
        Set<String> roles = null;
        if (persons) {
            for (int i = r.from; i < r.to && roles == null; i++) {
                for (String f : doc.forms[i]) {
                    Set<String> x = doc.rules.pairRoles.get(f);
                    if (x != null) {
                        roles = x;
                        break;
                    }
                }
            }
        }
        // the states named, and those of the people named in this sentence or the one before ("Xi arrived in Moscow.
        // The two countries signed …")
        int limit = doc.sentenceOf[r.from] - 1;
        for (int i = before.size() - 1; i >= 0 && picked.size() < n; i--) {
            Arg a = before.get(i);
            String id = persons ? a.personId : (a.isPerson() && doc.sentenceOf[a.from] < limit ? null : a.stateId);
            // "… met Rubio in Kuala Lumpur. Both countries …": a city named as a place is not one of the two, the
            // people who met are
            boolean place = !persons && "CAPITAL".equals(a.via) && a.from > 0
                    && doc.rules.mod("location").matches(doc.forms[a.from - 1]);
            if (place) {
                List<Arg> people = new ArrayList<>();
                for (int j = i - 1; j >= 0 && doc.sentenceOf[before.get(j).from] == doc.sentenceOf[a.from]; j--) {
                    Arg q = before.get(j);
                    if (q.isPerson() && q.stateId != null && CatalogEntity.STATE.equals(q.stateKind)) people.add(q);
                }
                if (!people.isEmpty()) {
                    Set<String> theirs = new LinkedHashSet<>();
                    for (Arg q : people) {
                        theirs.add(q.stateId);
                        if (picked.size() < n && seen.add(q.stateId)) {
                            Arg st = new Arg(q.from, q.to, "ANAPHOR");
                            st.stateId = q.stateId;
                            st.stateKind = q.stateKind;
                            picked.add(st);
                        }
                    }
                    // one visitor in another state's capital ("Xi arrived in Moscow"): the host state is the other
                    if (theirs.size() > 1 || theirs.contains(a.stateId)) continue;
                }
            }
            if (id == null || (!persons && !CatalogEntity.STATE.equals(a.stateKind))) continue;
            if (roles != null && !hasRole(a, roles, doc)) continue;
            if (seen.add(id)) picked.add(a);
        }
        if (persons && roles == null && picked.size() == 1) {
            // "Modi arrived in Moscow on Monday. The two leaders …": the visitor and the executive of the host state
            Arg host = visitHost(doc, r, before, picked.get(0));
            if (host != null) picked.add(host);
        }
        if (picked.size() < n) return List.of();
        List<Arg> out = new ArrayList<>();
        for (Arg p : picked) {
            Arg a = new Arg(r.from, r.to, "ANAPHOR");
            a.personId = p.personId;
            a.personName = p.personName;
            a.personCatalogued = p.personCatalogued;
            a.romanised = p.romanised;
            a.stateId = p.stateId;
            a.stateKind = p.stateKind;
            a.titleKey = p.titleKey;
            a.clitic = r.clitic;
            out.add(a);
        }
        return out;
    }

    /**
     * The complement of a title that names its state: up to eight tokens of connectors, lower-case words, institution
     * names and one state (or the state the title already has), ending right before a name (a comma aside).
     * Returns {raw index of the state, end of the complement} or null.
     */
    private int[] complement(Doc doc, List<Raw> raws, boolean[] covered, int from, Raw known, boolean envoy) {
        List<Token> t = doc.tokens;
        if (from >= t.size()) return null;
        int sentence = doc.sentenceOf[from];
        int stateIdx = known == null ? -1 : raws.indexOf(known);
        int i = from;
        int words = 0;
        boolean comma = false;
        while (i < t.size() && i < from + 10 && doc.sentenceOf[i] == sentence) {
            Token x = t.get(i);
            int ri = rawAt(raws, i);
            if (ri >= 0) {
                Raw r = raws.get(ri);
                if (r.personish()) break;
                if (r.kind == Kind.TITLE || r.kind == Kind.COUNTERPART || r.kind == Kind.PAIR_PERSONS) return null;
                if (r.stateish() && r.id != null && !r.consumed && r.kind != Kind.ORG) {
                    // "China's ambassador to Washington, Xie Feng": an envoy's complement names the host state
                    if (envoy && known != null && !known.id.equals(r.id)) {
                        i = r.to;
                        words++;
                        continue;
                    }
                    if (stateIdx >= 0 && !raws.get(stateIdx).id.equals(r.id)) return null;
                    stateIdx = ri;
                }
                i = r.to;
                words++;
                continue;
            }
            if (x.norm.equals(",") || x.norm.equals("،")) {
                i++;
                comma = true;
                break;
            }
            if (!x.word || doc.rules.reporting.matches(doc.forms[i]) || doc.rules.auxiliaries.matches(doc.forms[i])
                    || doc.rules.copulas.matches(doc.forms[i]) || doc.rules.subjectPronouns.matches(doc.forms[i])
                    || doc.rules.relativePronouns.matches(doc.forms[i])
                    || doc.rules.nameStops.matches(doc.forms[i]) && x.norm.length() > 3
                    && !doc.rules.titleConnectors.matches(doc.forms[i])) return null;
            i++;
            words++;
        }
        if (stateIdx < 0 || words == 0 || i >= t.size()) return null;
        // a catalogued name, or (after the comma that closes the complement) two or more capitalised words
        int ri = rawAt(raws, i);
        boolean name = ri >= 0 && raws.get(ri).personish() && raws.get(ri).id != null && !raws.get(ri).consumed
                && comma;
        if (!name && comma && !t.get(i).arabic && t.get(i).capitalized && !covered[i]) {
            int[] span = nameAfter(doc, covered, i);
            int w = 0;
            if (span != null) for (int k = span[0]; k < span[1]; k++) if (t.get(k).word) w++;
            name = w >= 2;
        }
        return name ? new int[] {stateIdx, i} : null;
    }

    private static int rawAt(List<Raw> raws, int tok) {
        for (int k = 0; k < raws.size(); k++) {
            Raw r = raws.get(k);
            if (r.from == tok) return k;
            if (r.from > tok) break;
        }
        return -1;
    }

    /** The latest run of exactly n distinct states joined by coordinators within the last five sentences, or null. */
    private static List<Arg> lastCoordinatedStates(Doc doc, List<Arg> before, int n, int sentence) {
        List<Arg> run = new ArrayList<>();
        for (int i = before.size() - 1; i >= 0; i--) {
            Arg a = before.get(i);
            if (sentence - doc.sentenceOf[a.from] > 5) break;
            boolean state = !a.isPerson() && a.stateId != null && CatalogEntity.STATE.equals(a.stateKind);
            boolean joined = !run.isEmpty() && state && joinedBy(doc, a.to, run.get(run.size() - 1).from);
            if (joined) {
                boolean dup = false;
                for (Arg b : run) dup |= b.stateId.equals(a.stateId);
                if (!dup) run.add(a);
                continue;
            }
            if (run.size() == n) return run;
            run = new ArrayList<>();
            if (state) run.add(a);
        }
        return run.size() == n ? run : null;
    }

    private static boolean joinedBy(Doc doc, int from, int to) {
        if (to < from || to - from > 3) return false;
        for (int i = from; i < to; i++) {
            String n = doc.tokens.get(i).norm;
            if (!doc.rules.coordination.matches(doc.forms[i]) && !doc.rules.skip.matches(doc.forms[i])
                    && !doc.rules.definite.matchesForm(n)) return false;
        }
        return true;
    }

    /**
     * "ولي العهد السعودي الأمير محمد بن سلمان": a title resolved to its holder right before that holder's name is one
     * mention, not two.
     */
    private static void mergeSamePerson(Doc doc, List<Arg> args) {
        for (int i = 0; i + 1 < args.size(); i++) {
            Arg a = args.get(i);
            Arg b = args.get(i + 1);
            if (!a.isPerson() || !b.isPerson() || !a.personId.equals(b.personId) || b.from < a.to || b.from - a.to > 1) continue;
            if (b.from > a.to && !doc.tokens.get(a.to).word) continue;
            Arg m = new Arg(a.from, b.to, b.via);
            m.personId = b.personId;
            m.personName = b.personName;
            m.personCatalogued = b.personCatalogued;
            m.romanised = b.romanised;
            m.named = a.named || b.named;
            m.stateId = a.stateId != null ? a.stateId : b.stateId;
            m.stateKind = a.stateId != null ? a.stateKind : b.stateKind;
            m.clitic = a.clitic;
            m.titleKey = a.titleKey != null ? a.titleKey : b.titleKey;
            args.set(i, m);
            args.remove(i + 1);
            i--;
        }
    }

    /** "the bloc", "the alliance", "l'organisation": the organization named last, within the last few sentences. */
    private static Arg orgAnaphor(Doc doc, Raw r, List<Arg> before) {
        int sentence = doc.sentenceOf[r.from];
        // among the organizations of the last sentences, the one the article names most ("le groupe" after a
        // passing mention of the ICC is still BRICS); the latest on a tie
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Arg p : before) {
            if (!p.isPerson() && CatalogEntity.ORGANIZATION.equals(p.stateKind)) counts.merge(p.stateId, 1, Integer::sum);
        }
        Arg best = null;
        for (int i = before.size() - 1; i >= 0; i--) {
            Arg p = before.get(i);
            if (sentence - doc.sentenceOf[p.from] > 3) break;
            if (p.isPerson() || !CatalogEntity.ORGANIZATION.equals(p.stateKind)) continue;
            if (best == null || counts.get(p.stateId) > counts.get(best.stateId)) best = p;
        }
        if (best != null) {
            Arg p = best;
            Arg a = new Arg(r.from, r.to, "ANAPHOR");
            a.stateId = p.stateId;
            a.stateKind = p.stateKind;
            a.clitic = r.clitic;
            return a;
        }
        return null;
    }

    private boolean hasRole(Arg a, Set<String> roles, Doc doc) {
        Title t = a.titleKey == null ? null : catalog.titles().get(a.titleKey);
        if (t != null) return roles.contains(t.role());
        for (Office o : catalog.officesOn(a.personId, doc.asOf)) if (roles.contains(o.role())) return true;
        return false;
    }

    /** Per sentence, the person whose words are reported (carried over while the quote goes on). */
    private static Arg[] speakers(Doc doc, List<Arg> args) {
        Arg[] out = new Arg[doc.sentences.size()];
        Arg current = null;
        int ai = 0;
        for (int s = 0; s < doc.sentences.size(); s++) {
            Sentence sn = doc.sentences.get(s);
            List<Arg> in = new ArrayList<>();
            while (ai < args.size() && args.get(ai).from < sn.to()) {
                if (args.get(ai).from >= sn.from()) in.add(args.get(ai));
                ai++;
            }
            for (int i = sn.from(); i < sn.to(); i++) {
                if (!doc.rules.reporting.matches(doc.forms[i])) continue;
                for (Arg a : in) {
                    if (a.isPerson() && ((a.from >= i + 1 && a.from <= i + 2) || (a.to <= i && a.to >= i - 1))) {
                        current = a;
                        break;
                    }
                }
            }
            out[s] = current;
        }
        return out;
    }
}
