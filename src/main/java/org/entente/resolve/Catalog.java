package org.entente.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog of states, organizations, people and titles, read once from {@code catalog/*.json} on the classpath.
 * Immutable after loading, so one instance is shared by every thread. Missing or partial files give a smaller
 * catalog, never an exception: the catalog files are edited by hand and must not take the service down.
 */
public final class Catalog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile Catalog cached;

    private final Map<String, CatalogEntity> byId = new LinkedHashMap<>();
    private final Map<String, StateForms> stateForms = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> surnames = new LinkedHashMap<>();
    private final Map<String, Title> titles = new LinkedHashMap<>();
    private final Set<String> customsUnions = new HashSet<>();
    /** Organizations by the state whose capital is their seat ("Brussels" for the EU): metonymy. */
    private final Map<String, List<String>> orgsSeatedIn = new LinkedHashMap<>();
    /** Organs whose measures are their parent organization's ("UNSC" → "UN"). */
    private final Map<String, String> organOf = new HashMap<>();
    /** The role of the office that runs each state's government when it is not the head of state's. */
    private final Map<String, String> executives = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    /** Offices by the state or organization they belong to: holder look-ups run for every title in every article. */
    private final Map<String, List<Map.Entry<CatalogEntity, Office>>> officesByOf = new LinkedHashMap<>();

    private Catalog() {}

    /** The catalog under {@code catalog/} on the classpath, loaded once per JVM. */
    public static Catalog fromClasspath() {
        Catalog c = cached;
        if (c == null) {
            synchronized (Catalog.class) {
                c = cached;
                if (c == null) {
                    c = fromClasspath("catalog/");
                    cached = c;
                }
            }
        }
        return c;
    }

    /** A catalog from another classpath folder (tests use small fixture catalogs). */
    public static Catalog fromClasspath(String prefix) {
        Catalog c = new Catalog();
        String p = prefix.endsWith("/") ? prefix : prefix + "/";
        c.loadStates(read(c, p + "states.json"));
        c.loadOrganizations(read(c, p + "organizations.json"));
        c.loadPeople(read(c, p + "people.json"));
        c.loadTitles(read(c, p + "titles.json"));
        c.linkMemberships();
        c.checkReferences();
        return c;
    }

    public Optional<CatalogEntity> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    public Collection<CatalogEntity> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public StateForms stateForms(String stateId) {
        return stateForms.get(stateId);
    }

    public Map<String, List<String>> surnames(String personId) {
        return surnames.getOrDefault(personId, Map.of());
    }

    public Map<String, Title> titles() {
        return Collections.unmodifiableMap(titles);
    }

    /**
     * The role whose holder runs the state's government and speaks for it: {@code head_of_government} in
     * parliamentary states ("executive" in states.json: India, Britain, Germany, Japan …), else
     * {@code head_of_state}. "The Indian leader", "Putin's Indian counterpart" is the prime minister.
     */
    public String executiveRole(String stateId) {
        return stateId == null ? "head_of_state" : executives.getOrDefault(stateId, "head_of_state");
    }

    /** The organizations whose seat is the capital of this state ("Brussels": the EU, NATO). */
    public List<String> orgsSeatedIn(String stateId) {
        return orgsSeatedIn.getOrDefault(stateId, List.of());
    }

    /** The parent organization whose sanctions and threats an organ's are (UN Security Council → UN), or null. */
    public String organOf(String orgId) {
        return orgId == null ? null : organOf.get(orgId);
    }

    public boolean isCustomsUnion(String orgId) {
        return customsUnions.contains(orgId);
    }

    /** What could not be read (missing files, malformed entries); empty when all is well. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * The people holding an office of {@code of} with the given title key on {@code day}, latest appointment first
     * (on a hand-over day both the leaving and the arriving holder match, and the newcomer is the better guess).
     */
    public List<CatalogEntity> holders(String of, String titleKey, LocalDate day) {
        return holdersWhere(of, day, o -> titleKey.equals(o.title()));
    }

    /** The people holding an office of {@code of} with the given role on {@code day}, latest appointment first. */
    public List<CatalogEntity> holdersByRole(String of, String role, LocalDate day) {
        return holdersWhere(of, day, o -> role.equals(o.role()));
    }

    private List<CatalogEntity> holdersWhere(String of, LocalDate day, java.util.function.Predicate<Office> p) {
        List<CatalogEntity> out = new ArrayList<>();
        Map<CatalogEntity, String> from = new LinkedHashMap<>();
        for (Map.Entry<CatalogEntity, Office> e : officesByOf.getOrDefault(of, List.of())) {
            Office o = e.getValue();
            if (p.test(o) && Dates.covers(o.from(), o.to(), day) && !from.containsKey(e.getKey())) {
                out.add(e.getKey());
                from.put(e.getKey(), o.from() == null ? "" : o.from());
            }
        }
        out.sort(Comparator.comparing((CatalogEntity e) -> from.get(e)).reversed());
        return out;
    }

    /** The person's office on {@code day} (or, failing that, their latest one) with that title key, if any. */
    public Optional<Office> officeOf(String personId, String titleKey, LocalDate day) {
        CatalogEntity e = byId.get(personId);
        if (e == null) return Optional.empty();
        Office best = null;
        for (Office o : e.offices()) {
            if (titleKey != null && !titleKey.equals(o.title())) continue;
            if (Dates.covers(o.from(), o.to(), day)) return Optional.of(o);
            if (best == null || String.valueOf(o.from()).compareTo(String.valueOf(best.from())) > 0) best = o;
        }
        return Optional.ofNullable(best);
    }

    /** The offices the person holds on {@code day}. */
    public List<Office> officesOn(String personId, LocalDate day) {
        CatalogEntity e = byId.get(personId);
        if (e == null) return List.of();
        List<Office> out = new ArrayList<>();
        for (Office o : e.offices()) if (Dates.covers(o.from(), o.to(), day)) out.add(o);
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static JsonNode read(Catalog c, String resource) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) cl = Catalog.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                c.problems.add("missing " + resource);
                return null;
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            c.problems.add("unreadable " + resource + ": " + e.getMessage());
            return null;
        }
    }

    private static Map<String, List<String>> langMap(JsonNode n) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (n == null || !n.isObject()) return out;
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            List<String> forms = strings(f.getValue());
            if (!forms.isEmpty()) out.put(f.getKey(), forms);
        }
        return out;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) return out;
        if (n.isTextual()) {
            if (!n.asText().isBlank()) out.add(n.asText().trim());
        } else if (n.isArray()) {
            for (JsonNode x : n) if (x.isTextual() && !x.asText().isBlank()) out.add(x.asText().trim());
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String displayName(String id, Map<String, List<String>> names) {
        List<String> en = names.get("en");
        return en != null && !en.isEmpty() ? en.get(0) : id;
    }

    private void loadStates(JsonNode root) {
        if (root == null || !root.isArray()) return;
        for (JsonNode s : root) {
            String id = text(s, "id");
            if (id == null || id.isBlank()) {
                problems.add("state without id");
                continue;
            }
            Map<String, List<String>> names = langMap(s.get("names"));
            byId.put(id, new CatalogEntity(id, CatalogEntity.STATE, displayName(id, names), names, text(s, "region"),
                    List.of(), new ArrayList<>()));
            stateForms.put(id, new StateForms(langMap(s.get("capitals")), langMap(s.get("seats")),
                    langMap(s.get("demonyms")), new HashSet<>(strings(s.get("ambiguous")))));
            String exec = text(s, "executive");
            if (exec != null && !exec.isBlank()) executives.put(id, exec);
        }
    }

    private void loadOrganizations(JsonNode root) {
        if (root == null || !root.isArray()) return;
        for (JsonNode o : root) {
            String id = text(o, "id");
            if (id == null || id.isBlank()) {
                problems.add("organization without id");
                continue;
            }
            Map<String, List<String>> names = langMap(o.get("names"));
            List<Membership> members = new ArrayList<>();
            JsonNode ms = o.get("members");
            if (ms != null && ms.isArray()) {
                for (JsonNode m : ms) {
                    String st = m.isTextual() ? m.asText() : text(m, "state");
                    if (st != null) members.add(new Membership(st, id, m.isTextual() ? null : text(m, "from"),
                            m.isTextual() ? null : text(m, "to")));
                }
            }
            if (o.path("customsUnion").asBoolean(false)) customsUnions.add(id);
            String seat = text(o, "seatIn");
            if (seat != null) orgsSeatedIn.computeIfAbsent(seat, k -> new ArrayList<>()).add(id);
            String parent = text(o, "organOf");
            if (parent != null) organOf.put(id, parent);
            if (byId.containsKey(id)) {
                problems.add("duplicate id " + id);
                continue;
            }
            byId.put(id, new CatalogEntity(id, CatalogEntity.ORGANIZATION, displayName(id, names), names, null,
                    List.of(), members));
        }
    }

    private void loadPeople(JsonNode root) {
        if (root == null || !root.isArray()) return;
        for (JsonNode p : root) {
            String id = text(p, "id");
            if (id == null || id.isBlank()) {
                problems.add("person without id");
                continue;
            }
            Map<String, List<String>> names = langMap(p.get("names"));
            List<Office> offices = new ArrayList<>();
            JsonNode os = p.get("offices");
            if (os != null && os.isArray()) {
                for (JsonNode o : os) {
                    offices.add(new Office(text(o, "of"), text(o, "title"), text(o, "role"), text(o, "from"),
                            text(o, "to")));
                }
            }
            if (byId.containsKey(id)) {
                problems.add("duplicate id " + id);
                continue;
            }
            String name = displayName(id, names);
            if (!names.isEmpty() && names.get("en") == null) name = id;
            CatalogEntity person = new CatalogEntity(id, CatalogEntity.PERSON, id.equals(name) ? id : name, names,
                    null, List.copyOf(offices), List.of());
            byId.put(id, person);
            for (Office o : offices) {
                if (o.of() != null) officesByOf.computeIfAbsent(o.of(), k -> new ArrayList<>()).add(Map.entry(person, o));
            }
            surnames.put(id, langMap(p.get("surnames")));
        }
    }

    private void loadTitles(JsonNode root) {
        if (root == null || !root.isObject()) return;
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode t = f.getValue();
            if (!t.isObject()) continue;
            Map<String, List<String>> forms = new LinkedHashMap<>();
            for (String lang : List.of("en", "ar", "fr")) {
                List<String> l = strings(t.get(lang));
                if (!l.isEmpty()) forms.put(lang, l);
            }
            String role = text(t, "role");
            titles.put(f.getKey(), new Title(f.getKey(), role == null ? "official" : role, forms));
        }
    }

    /**
     * Ids that point at the wrong thing are problems: an office of a person, an unknown title, a member that is an
     * organization or a person, an organ of no organization, a seat in no state. Ids the catalog does not hold at all
     * are allowed for offices and members (territories such as Hong Kong in the WTO, armed groups such as Hamas are
     * not catalogued): those links are simply not used.
     */
    private void checkReferences() {
        for (CatalogEntity e : byId.values()) {
            for (Office o : e.offices()) {
                if (o.of() == null || isKind(o.of(), CatalogEntity.PERSON)) problems.add(e.id() + ": office of " + o.of());
                if (!titles.isEmpty() && o.title() != null && !titles.containsKey(o.title())) {
                    problems.add(e.id() + ": unknown title " + o.title());
                }
            }
            for (Membership m : e.memberships()) {
                if (byId.containsKey(m.state()) && !isKind(m.state(), CatalogEntity.STATE)) {
                    problems.add(e.id() + ": member " + m.state() + " is no state");
                }
            }
        }
        organOf.forEach((organ, parent) -> {
            if (!isKind(parent, CatalogEntity.ORGANIZATION)) problems.add(organ + ": organ of unknown " + parent);
        });
        orgsSeatedIn.forEach((state, orgs) -> {
            if (!isKind(state, CatalogEntity.STATE)) problems.add(orgs + ": seat in unknown state " + state);
        });
    }

    private boolean isKind(String id, String kind) {
        CatalogEntity e = id == null ? null : byId.get(id);
        return e != null && kind.equals(e.kind());
    }

    /** States get the reverse side of each organization's member list. */
    private void linkMemberships() {
        for (CatalogEntity e : byId.values()) {
            if (!CatalogEntity.ORGANIZATION.equals(e.kind())) continue;
            for (Membership m : e.memberships()) {
                CatalogEntity s = byId.get(m.state());
                if (s != null && CatalogEntity.STATE.equals(s.kind())) s.memberships().add(m);
            }
        }
    }
}
