package org.entente.ingest;

import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.extract.Extractor;
import org.entente.graph.EntityNode;
import org.entente.graph.FactNode;
import org.entente.graph.GraphWriter;
import org.entente.resolve.Catalog;
import org.entente.resolve.CatalogEntity;
import org.jboss.logging.Logger;

/**
 * Loads the ATOP v4 alliance data (Alliance Treaty Obligations and Provisions, atopdata.org) as facts whose source
 * is the dataset: one fact per alliance and pair of member states, a {@code DEFENSE_PACT} when the alliance carries
 * a defence obligation and an {@code ALLIANCE} otherwise.
 *
 * <p>The member-level file gives each member's entry and exit (one row per member and treaty phase); a pair holds
 * from the later entry to the earlier exit, and when the two states overlap in several phases the fact spans the
 * first to the last overlap. COW country codes become state ids through {@code atop/cow-iso3.csv}; the few COW codes
 * that share a successor (West Germany and Germany, for instance) fold into one state. Loading replaces everything
 * the dataset said before, in one transaction, so importing the same files twice gives the same graph.
 */
@Singleton
public class AtopImporter {

    public static final String DATASET_ID = "atop";
    public static final String DATASET_NAME = "ATOP";
    public static final String DATASET_VERSION = "4.01";
    public static final String ALLIANCE_FILE = "atop-alliance-level.csv";
    public static final String MEMBER_FILE = "atop-member-level.csv";
    static final double CONFIDENCE = 0.99;

    private static final Logger LOG = Logger.getLogger(AtopImporter.class);
    private static final List<String> FLAGS = List.of("defense", "offense", "neutral", "nonagg", "consul");
    private static final List<String> ALLIANCE_COLUMNS = concat(List.of("atopid", "begyr", "begmo", "begday",
            "endyr", "endmo", "endday", "bilat"), FLAGS);
    private static final List<String> MEMBER_COLUMNS = concat(List.of("atopid", "member", "yrent", "moent",
            "dayent", "yrexit", "moexit", "dayexit"), FLAGS);
    private static final Pattern MEMBER_COLUMN = Pattern.compile("mem\\d+");

    /**
     * What an import found.
     *
     * @param alliances     alliances (rows of the alliance-level file)
     * @param members       memberships: distinct (alliance, state) pairs
     * @param facts         facts written, one per alliance and pair of states in it at the same time
     * @param skipped       member rows left out (unknown alliance, unmapped country code) and pairs of members who
     *                      were never in the alliance at the same time
     * @param unmappedCodes COW codes missing from {@code atop/cow-iso3.csv}, in numeric order
     */
    public record AtopSummary(int alliances, int members, int facts, int skipped, List<String> unmappedCodes) {
    }

    /** What an import writes: the states and the facts, and the counts of {@link AtopSummary}. */
    public record AtopData(List<EntityNode> entities, List<FactNode> facts, AtopSummary summary) {
    }

    private final GraphWriter writer;
    private final Catalog catalog;
    private final AtopCodes codes;

    AtopImporter(GraphWriter writer, Extractor extractor) {
        this.writer = writer;
        this.catalog = extractor.catalog();
        this.codes = AtopCodes.fromClasspath();
    }

    /**
     * Reads {@value #ALLIANCE_FILE} and {@value #MEMBER_FILE} from {@code dir} and replaces the dataset's facts in
     * the graph with them.
     *
     * @throws InvalidArticleException when the directory or a file is missing, or a file is malformed
     */
    public AtopSummary importDirectory(Path dir) {
        long started = System.nanoTime();
        AtopData data = read(dir);
        writer.replaceDataset(DATASET_ID, DATASET_NAME, DATASET_VERSION, data.entities(), data.facts());
        AtopSummary s = data.summary();
        LOG.infof("ATOP %s loaded from %s: %d alliances, %d memberships, %d states, %d facts, %d skipped%s in %d ms",
                DATASET_VERSION, dir, s.alliances(), s.members(), data.entities().size(), s.facts(), s.skipped(),
                s.unmappedCodes().isEmpty() ? "" : ", unmapped COW codes " + s.unmappedCodes(),
                (System.nanoTime() - started) / 1_000_000);
        return s;
    }

    /** Reads the files of {@code dir} into what {@link #importDirectory} would write, without writing it. */
    public AtopData read(Path dir) {
        return read(dir, catalog, codes);
    }

    static AtopData read(Path dir, Catalog catalog, AtopCodes codes) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InvalidArticleException("ATOP directory " + dir + " does not exist or is not a directory: give"
                    + " the folder that holds " + ALLIANCE_FILE + " and " + MEMBER_FILE);
        }
        AtopCsv allianceFile = AtopCsv.read(dir.resolve(ALLIANCE_FILE), ALLIANCE_COLUMNS);
        AtopCsv memberFile = AtopCsv.read(dir.resolve(MEMBER_FILE), MEMBER_COLUMNS);

        Map<Integer, Alliance> alliances = new TreeMap<>();
        for (AtopCsv.Row r : allianceFile.rows()) {
            Alliance a = Alliance.of(r);
            if (a.id() <= 0) {
                throw new InvalidArticleException("ATOP file " + r.file() + ", line " + r.line()
                        + ": atopid should be a positive number");
            }
            if (alliances.putIfAbsent(a.id(), a) != null) {
                throw new InvalidArticleException("ATOP file " + r.file() + ", line " + r.line() + ": alliance "
                        + a.id() + " appears twice");
            }
        }

        int skipped = 0;
        TreeSet<Integer> unmapped = new TreeSet<>();
        Map<String, String> cowNames = new TreeMap<>();
        for (AtopCsv.Row r : memberFile.rows()) {
            Alliance a = alliances.get(r.number("atopid"));
            int cow = r.number("member");
            AtopCodes.State state = codes.state(cow);
            if (state == null) {
                unmapped.add(cow);
            }
            AtopDate entry = AtopDate.of(r.number("yrent"), r.number("moent"), r.number("dayent"));
            if (a != null && entry == null) {
                entry = a.begin();
            }
            if (a == null || state == null || entry == null) {
                skipped++;
                continue;
            }
            AtopDate exit = AtopDate.of(r.number("yrexit"), r.number("moexit"), r.number("dayexit"));
            a.members().computeIfAbsent(state.id(), k -> new ArrayList<>()).add(new Period(entry, exit));
            // an obligation of any member is an obligation of the alliance (ATOP's alliance-level flags agree)
            FLAGS.stream().filter(r::flag).forEach(a.flags()::add);
            cowNames.putIfAbsent(state.id(), state.name());
        }
        // an alliance without member rows still names its members: they belong for the alliance's whole span
        for (Alliance a : alliances.values()) {
            if (a.members().isEmpty() && a.begin() != null) {
                for (int cow : a.listedMembers()) {
                    AtopCodes.State state = codes.state(cow);
                    if (state == null) {
                        unmapped.add(cow);
                        skipped++;
                        continue;
                    }
                    a.members().computeIfAbsent(state.id(), k -> new ArrayList<>())
                            .add(new Period(a.begin(), a.end()));
                    cowNames.putIfAbsent(state.id(), state.name());
                }
            }
        }

        Map<String, EntityNode> entities = new LinkedHashMap<>();
        cowNames.forEach((id, name) -> entities.put(id, entity(catalog, id, name)));

        List<FactNode> facts = new ArrayList<>();
        int memberships = 0;
        for (Alliance a : alliances.values()) {
            List<String> states = List.copyOf(a.members().keySet()); // sorted: the smaller id is the subject
            memberships += states.size();
            for (int i = 0; i < states.size(); i++) {
                for (int j = i + 1; j < states.size(); j++) {
                    FactNode f = pairFact(a, states.get(i), states.get(j), entities);
                    if (f == null) {
                        skipped++;
                    } else {
                        facts.add(f);
                    }
                }
            }
        }
        var summary = new AtopSummary(alliances.size(), memberships, facts.size(), skipped,
                unmapped.stream().map(String::valueOf).toList());
        return new AtopData(List.copyOf(entities.values()), List.copyOf(facts), summary);
    }

    /** The fact of one pair of an alliance, or null when the two were never members at the same time. */
    private static FactNode pairFact(Alliance a, String s, String o, Map<String, EntityNode> entities) {
        AtopDate from = null;
        AtopDate to = null;
        boolean overlap = false;
        for (Period p : a.members().get(s)) {
            for (Period q : a.members().get(o)) {
                AtopDate start = AtopDate.laterStart(p.entry(), q.entry());
                AtopDate end = AtopDate.earlierEnd(p.exit(), q.exit());
                if (end != null && start.first().isAfter(end.last())) {
                    continue; // one left before the other joined
                }
                from = overlap ? AtopDate.earlierStart(from, start) : start;
                to = overlap ? AtopDate.laterEnd(to, end) : end;
                overlap = true;
            }
        }
        if (!overlap) {
            return null;
        }
        var flags = a.flags();
        String type = flags.contains("defense") ? "DEFENSE_PACT" : "ALLIANCE";
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("atopId", a.id());
        extra.put("defense", flags.contains("defense"));
        extra.put("offense", flags.contains("offense"));
        extra.put("neutrality", flags.contains("neutral"));
        extra.put("nonAggression", flags.contains("nonagg"));
        extra.put("consultation", flags.contains("consul"));
        extra.put("bilateral", a.bilateral());
        int year = a.begin() != null ? a.begin().year() : from.year();
        String sentence = "ATOP alliance " + a.id() + " (" + year + "): " + kindOf(flags) + " between "
                + entities.get(s).name() + " and " + entities.get(o).name();
        String date = from.text();
        return new FactNode("atop-" + a.id() + "-" + s + "-" + o + "-" + type, type, s, o,
                to == null ? "active" : "ended", date, to == null ? null : to.last().toString(), date, CONFIDENCE,
                sentence, null, null, "ATOP " + a.id(), null, null, null, null, extra);
    }

    /** The strongest obligation, in words. */
    private static String kindOf(Set<String> flags) {
        if (flags.contains("defense")) {
            return "defence pact";
        }
        if (flags.contains("offense")) {
            return "offensive alliance";
        }
        if (flags.contains("neutral")) {
            return "neutrality pact";
        }
        if (flags.contains("nonagg")) {
            return "non-aggression pact";
        }
        if (flags.contains("consul")) {
            return "consultation pact";
        }
        return "alliance";
    }

    /** A catalogued state with all its names; otherwise the name the COW table gives it. */
    private static EntityNode entity(Catalog catalog, String id, String cowName) {
        var known = catalog.find(id).filter(c -> CatalogEntity.STATE.equals(c.kind()));
        if (known.isPresent()) {
            CatalogEntity c = known.get();
            return new EntityNode(id, c.kind(), c.name(), c.names(), ArticleMapper.searchTerms(id, c.names()),
                    c.region(), true);
        }
        Map<String, List<String>> names = Map.of("en", List.of(cowName));
        return new EntityNode(id, "State", cowName, names, ArticleMapper.searchTerms(id, names), null, false);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private record Period(AtopDate entry, AtopDate exit) {
    }

    private record Alliance(int id, AtopDate begin, AtopDate end, Set<String> flags, boolean bilateral,
            List<Integer> listedMembers, Map<String, List<Period>> members) {

        static Alliance of(AtopCsv.Row r) {
            var flags = new TreeSet<String>();
            FLAGS.stream().filter(r::flag).forEach(flags::add);
            List<Integer> listed = new ArrayList<>();
            r.columns().keySet().stream().filter(c -> MEMBER_COLUMN.matcher(c).matches())
                    .sorted(Comparator.comparingInt(c -> Integer.parseInt(c.substring(3))))
                    .map(r::number).filter(n -> n > 0).forEach(listed::add);
            return new Alliance(r.number("atopid"), AtopDate.of(r.number("begyr"), r.number("begmo"),
                    r.number("begday")), AtopDate.of(r.number("endyr"), r.number("endmo"), r.number("endday")),
                    flags, r.flag("bilat"), listed, new TreeMap<>());
        }
    }
}
