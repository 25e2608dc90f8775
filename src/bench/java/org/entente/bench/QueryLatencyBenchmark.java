package org.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.Supplier;
import org.entente.graph.ArticleNode;
import org.entente.graph.EmbeddedGraphResource;
import org.entente.graph.EntityNode;
import org.entente.graph.FactNode;
import org.entente.graph.GraphWriter;
import org.entente.graph.RelationTypes;
import org.entente.ingest.SearchText;
import org.junit.jupiter.api.Test;

/**
 * Query latency on a large generated graph. Not part of the test suite (the name does not end in Test): run it with
 * {@code bench/query-latency.sh}, or {@code ./mvnw test -Dtest=QueryLatencyBenchmark} with the system properties
 * below. It generates the graph straight through {@link GraphWriter} batches (every state of
 * {@code catalog/states.json}, skewed: a few states, people and pairs get most of the news), then measures p50 / p99
 * of the query endpoints over HTTP with a fixed number of sequential requests after a warm-up.
 * <ul>
 * <li>{@code bench.facts} (200000), {@code bench.articles} (20000), {@code bench.requests} (1000 per scenario),
 * {@code bench.warmup} (200), {@code bench.seed} (7), {@code bench.batch} (250 articles per transaction)</li>
 * <li>{@code bench.out}: a file to write the Markdown table to (default target folder's bench-queries.md)</li>
 * <li>{@code bench.data-dir} ({@code target/bench-graph}): where the database lives; it is kept, and a later run with
 * the same {@code bench.facts}, {@code bench.articles} and {@code bench.seed} skips the generation and only
 * measures ({@code bench.regenerate=true} forces a new graph)</li>
 * <li>{@code bench.scenarios}: comma-separated prefixes of the scenario names to run (default all), for example
 * {@code relations,neighborhood}</li>
 * </ul>
 * {@link #main} measures an already running server instead: {@code QueryLatencyBenchmark http://127.0.0.1:8080}.
 */
@QuarkusTest
@TestProfile(QueryLatencyBenchmark.Sizing.class)
@QuarkusTestResource(value = QueryLatencyBenchmark.KeptGraph.class, restrictToAnnotatedClass = true)
public class QueryLatencyBenchmark {

    /** Name of the file, in the data directory, recording which graph was generated there. */
    static final String MARKER = "bench-graph.properties";

    /**
     * The embedded database of the benchmark, kept between runs in {@code bench.data-dir} (default
     * {@code target/bench-graph}): a later run with the same sizes and seed reuses the graph and only measures. A
     * graph made with other settings, or {@code -Dbench.regenerate=true}, empties the directory first.
     */
    public static class KeptGraph implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                Path dir = dataDir();
                if (!wanted().equals(generated(dir)) || Boolean.getBoolean("bench.regenerate")) {
                    EmbeddedGraphResource.deleteTree(dir);
                }
                Files.createDirectories(dir);
                return Map.of("entente.neo4j.data-dir", dir.toString(),
                        "entente.neo4j.bolt-address", "127.0.0.1:" + EmbeddedGraphResource.freePort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
            // kept for the next run
        }
    }

    static Path dataDir() {
        return Path.of(System.getProperty("bench.data-dir", "target/bench-graph")).toAbsolutePath();
    }

    /** The settings that decide the generated graph. */
    static Properties wanted() {
        Properties p = new Properties();
        p.setProperty("facts", String.valueOf(Integer.getInteger("bench.facts", 200_000)));
        p.setProperty("articles", String.valueOf(Integer.getInteger("bench.articles", 20_000)));
        p.setProperty("seed", String.valueOf(Long.getLong("bench.seed", 7L)));
        return p;
    }

    /** The settings of the graph already in {@code dir}, or none. */
    static Properties generated(Path dir) throws IOException {
        Properties p = new Properties();
        Path marker = dir.resolve(MARKER);
        if (Files.exists(marker)) {
            try (var in = Files.newBufferedReader(marker)) {
                p.load(in);
            }
            p.remove("seconds");
        }
        return p;
    }

    /** A page cache and transaction memory that suit the large graph. */
    public static class Sizing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.neo4j.pagecache", System.getProperty("bench.pagecache", "1g"),
                    "entente.neo4j.transaction-memory", "2g", "entente.neo4j.write-timeout", "600s",
                    "quarkus.log.category.\"org.entente\".level", "WARN");
        }
    }

    static final List<String> MAJOR = List.of("USA", "CHN", "RUS", "UKR", "IRN", "ISR", "IND", "PRK", "GBR", "FRA",
            "DEU", "TUR", "SAU", "JPN", "KOR", "PAK", "EGY", "SYR", "QAT", "ARE", "BRA", "ZAF", "VEN", "CUB", "BLR");
    static final String[] ORGS = {"NATO", "EU", "UN", "SCO", "BRICS", "ASEAN", "AU", "ARAB_LEAGUE", "GCC", "CSTO",
        "G7", "G20", "OPEC", "QUAD", "AUKUS", "IAEA", "WTO", "ECOWAS", "OIC"};
    /** Fact types and how often news reports them. */
    static final String[] TYPES = {"MEETING", "AGREEMENT", "PARTNERSHIP", "ALLIANCE", "DEFENSE_PACT", "TARIFF",
        "SANCTION", "THREATEN", "MILITARY_SUPPORT", "ATTACK", "HOLDS_OFFICE", "MEMBER_OF"};
    static final double[] TYPE_WEIGHTS = {15, 12, 8, 6, 3, 8, 10, 10, 8, 6, 8, 6};

    @Inject
    GraphWriter writer;

    @TestHTTPResource("/")
    URL base;

    @Test
    void measure() throws Exception {
        int facts = Integer.getInteger("bench.facts", 200_000);
        int articles = Integer.getInteger("bench.articles", 20_000);
        int batch = Integer.getInteger("bench.batch", 250);
        long seed = Long.getLong("bench.seed", 7L);
        Generator g = new Generator(new Random(seed));
        Path dir = dataDir();
        Properties done = generated(dir);
        double genSeconds = done.isEmpty() ? generate(g, facts, articles, batch) : -1;
        if (!done.isEmpty()) {
            System.out.println("reusing the graph generated in " + dir + " (" + done + ")");
        } else {
            Properties marker = wanted();
            marker.setProperty("seconds", String.format(Locale.ROOT, "%.0f", genSeconds));
            try (var out = Files.newBufferedWriter(dir.resolve(MARKER))) {
                marker.store(out, "graph generated by QueryLatencyBenchmark");
            }
        }
        String url = base.toString().replaceAll("/$", "");
        String stats = get(HttpClient.newHttpClient(), url + "/api/stats");
        String table = run(url, new Random(seed + 1), g.states, genSeconds, stats);
        System.out.println(table);
        Path out = Path.of(System.getProperty("bench.out", "bench-queries.md"));
        Files.writeString(out, table);
        System.out.println("written to " + out.toAbsolutePath());
    }

    /** Writes the graph through GraphWriter; the seconds it took. */
    double generate(Generator g, int facts, int articles, int batch) {
        long t0 = System.nanoTime();
        long written = 0;
        for (int i = 0; i < articles; i += batch) {
            int n = Math.min(batch, articles - i);
            List<ArticleNode> chunk = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                int index = i + k;
                // spread the facts evenly: article index gets its share of the total
                int count = (int) ((long) facts * (index + 1) / articles - (long) facts * index / articles);
                chunk.add(g.article(index, count));
                written += count;
            }
            writer.writeArticles(chunk);
            if ((i / batch) % 10 == 0) {
                System.out.printf(Locale.ROOT, "generated %d articles, %d facts (%.0f s)%n", i + n, written,
                        (System.nanoTime() - t0) / 1e9);
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Measures an already running server: {@code QueryLatencyBenchmark http://127.0.0.1:8080}. */
    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0].replaceAll("/$", "") : "http://127.0.0.1:8080";
        HttpClient http = HttpClient.newHttpClient();
        JsonNode found = new ObjectMapper().readTree(get(http, url + "/api/relations?size=200"));
        List<String> states = new ArrayList<>();
        found.get("items").forEach(i -> {
            for (String end : List.of("subject", "object")) {
                if ("State".equals(i.get(end).get("kind").asText()) && !states.contains(i.get(end).get("id").asText())) {
                    states.add(i.get(end).get("id").asText());
                }
            }
        });
        if (states.size() < 2) {
            throw new IllegalStateException("the server's graph has too few states to measure");
        }
        System.out.println(run(url, new Random(8), states, 0, get(http, url + "/api/stats")));
    }

    // ---- measuring ---------------------------------------------------------------------------------------------

    static String run(String url, Random random, List<String> states, double genSeconds, String stats)
            throws Exception {
        int requests = Integer.getInteger("bench.requests", 1000);
        int warmup = Integer.getInteger("bench.warmup", 200);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Zipf pick = new Zipf(states.size(), 1.0, random);
        Supplier<String> state = () -> states.get(pick.next());
        Map<String, Supplier<String>> scenarios = new LinkedHashMap<>();
        scenarios.put("relations: type=ALLIANCE,DEFENSE_PACT&entity=X&asOf=2024-12-31",
                () -> "/api/relations?type=ALLIANCE,DEFENSE_PACT&entity=" + state.get() + "&asOf=2024-12-31");
        scenarios.put("relations: entity=X (all types, page of 50)", () -> "/api/relations?entity=" + state.get());
        scenarios.put("relations: type=ALLIANCE&minSources=2 (no entity)",
                () -> "/api/relations?type=ALLIANCE&minSources=2&page=" + random.nextInt(3));
        scenarios.put("relations: type=SANCTION&source=news&page=N (no entity)",
                () -> "/api/relations?type=SANCTION&source=news&page=" + random.nextInt(5));
        scenarios.put("neighborhood: depth=2&types=ALLIANCE,DEFENSE_PACT,PARTNERSHIP",
                () -> "/api/graph/neighborhood?depth=2&types=ALLIANCE,DEFENSE_PACT,PARTNERSHIP&id=" + state.get());
        scenarios.put("neighborhood: depth=2 (all types, limit 300)",
                () -> "/api/graph/neighborhood?depth=2&id=" + state.get());
        scenarios.put("path: maxLength=4 (all types)", () -> "/api/graph/path?from=" + state.get() + "&to="
                + states.get(random.nextInt(states.size())));
        scenarios.put("path: types=ALLIANCE,DEFENSE_PACT", () -> "/api/graph/path?types=ALLIANCE,DEFENSE_PACT&from="
                + state.get() + "&to=" + states.get(random.nextInt(states.size())));

        StringBuilder table = new StringBuilder();
        table.append("Graph: ").append(stats.replaceAll("\\s+", " ")).append("\n\n");
        if (genSeconds > 0) {
            table.append(String.format(Locale.ROOT, "Generated through GraphWriter in %.0f s.%n%n", genSeconds));
        } else if (genSeconds < 0) {
            table.append("Graph generated by an earlier run and reused (bench.data-dir).\n\n");
        }
        table.append(String.format(Locale.ROOT, "%d sequential requests per scenario after %d warm-up requests, one "
                + "client, HTTP/1.1 keep-alive, on this machine (%d cores).%n%n", requests, warmup,
                Runtime.getRuntime().availableProcessors()));
        table.append("| scenario | p50 ms | p90 ms | p99 ms | max ms | mean ms |\n|---|---:|---:|---:|---:|---:|\n");
        String only = System.getProperty("bench.scenarios", "");
        for (var s : scenarios.entrySet()) {
            if (!only.isBlank() && Arrays.stream(only.split(",")).noneMatch(o -> s.getKey().startsWith(o.strip()))) {
                continue;
            }
            for (int i = 0; i < warmup; i++) {
                get(http, url + s.getValue().get());
            }
            double[] ms = new double[requests];
            for (int i = 0; i < requests; i++) {
                String target = url + s.getValue().get();
                long t = System.nanoTime();
                get(http, target);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            double mean = Arrays.stream(ms).average().orElse(0);
            table.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", s.getKey(),
                    pct(ms, 50), pct(ms, 90), pct(ms, 99), ms[ms.length - 1], mean));
            System.out.println(table.substring(table.lastIndexOf("| " + s.getKey())).strip());
        }
        return table.toString();
    }

    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    // ---- the generated graph -----------------------------------------------------------------------------------

    /** Zipf-distributed ranks 0..n-1: rank 0 is drawn most often. */
    static final class Zipf {
        private final double[] cumulative;
        private final Random random;

        Zipf(int n, double s, Random random) {
            this.random = random;
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1.0 / Math.pow(i + 1, s);
                cumulative[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cumulative[i] /= sum;
            }
        }

        int next() {
            int i = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
        }
    }

    /** Builds articles whose facts follow a skewed, news-like distribution over every catalogued state. */
    static final class Generator {
        final Random random;
        final List<String> states = new ArrayList<>();
        final Map<String, EntityNode> entities = new LinkedHashMap<>();
        final Zipf statePick;
        final Zipf personPick;
        final List<String> people = new ArrayList<>();
        final Map<String, String> officeOf = new LinkedHashMap<>();
        final double[] typeCumulative;
        final LocalDate first = LocalDate.of(2015, 1, 1);

        Generator(Random random) throws Exception {
            this.random = random;
            JsonNode catalog;
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream("catalog/states.json")) {
                catalog = new ObjectMapper().readTree(in);
            }
            List<JsonNode> all = new ArrayList<>();
            catalog.forEach(all::add);
            java.util.Collections.shuffle(all, new Random(random.nextLong()));
            all.sort((a, b) -> Integer.compare(rank(a.get("id").asText()), rank(b.get("id").asText())));
            for (JsonNode s : all) {
                String id = s.get("id").asText();
                Map<String, List<String>> names = new LinkedHashMap<>();
                for (String lang : List.of("en", "ar", "fr")) {
                    List<String> list = new ArrayList<>();
                    JsonNode n = s.path("names").path(lang);
                    n.forEach(x -> list.add(x.asText()));
                    names.put(lang, list);
                }
                String name = names.get("en").isEmpty() ? id : names.get("en").get(0);
                entities.put(id, entity(id, "State", name, names, s.path("region").asText(null)));
                states.add(id);
            }
            for (String org : ORGS) {
                entities.put(org, entity(org, "Organization", org, Map.of("en", List.of(org)), null));
            }
            // two office holders for each of the 80 most reported states
            for (int i = 0; i < Math.min(80, states.size()); i++) {
                for (String role : List.of("Leader", "Foreign Minister")) {
                    String id = role + " of " + entities.get(states.get(i)).name();
                    entities.put(id, entity(id, "Person", id, Map.of("en", List.of(id)), null));
                    people.add(id);
                    officeOf.put(id, states.get(i));
                }
            }
            statePick = new Zipf(states.size(), 1.1, random);
            personPick = new Zipf(people.size(), 1.0, random);
            typeCumulative = new double[TYPE_WEIGHTS.length];
            double sum = Arrays.stream(TYPE_WEIGHTS).sum();
            double acc = 0;
            for (int i = 0; i < TYPE_WEIGHTS.length; i++) {
                acc += TYPE_WEIGHTS[i] / sum;
                typeCumulative[i] = acc;
            }
        }

        private static int rank(String id) {
            int i = MAJOR.indexOf(id);
            return i < 0 ? MAJOR.size() : i;
        }

        private static EntityNode entity(String id, String kind, String name, Map<String, List<String>> names,
                String region) {
            List<String> search = new ArrayList<>();
            search.add(SearchText.fold(id));
            names.values().forEach(l -> l.forEach(n -> search.add(SearchText.fold(n))));
            return new EntityNode(id, kind, name, names, search.stream().distinct().toList(), region, true);
        }

        private String type() {
            double x = random.nextDouble();
            for (int i = 0; i < typeCumulative.length; i++) {
                if (x <= typeCumulative[i]) {
                    return TYPES[i];
                }
            }
            return TYPES[0];
        }

        private String state() {
            return states.get(statePick.next());
        }

        ArticleNode article(int index, int factCount) {
            LocalDate published = first.plusDays(random.nextInt(11 * 365));
            String day = published.toString();
            String lang = random.nextDouble() < 0.4 ? "ar" : random.nextDouble() < 0.66 ? "en" : "fr";
            String id = "bench-" + index;
            List<FactNode> facts = new ArrayList<>();
            Map<String, EntityNode> mentioned = new LinkedHashMap<>();
            for (int k = 0; k < factCount; k++) {
                String type = type();
                String s;
                String o;
                String role = null;
                switch (type) {
                    case "MEETING" -> {
                        s = people.get(personPick.next());
                        o = people.get(personPick.next());
                    }
                    case "HOLDS_OFFICE" -> {
                        s = people.get(personPick.next());
                        o = officeOf.get(s);
                        role = s.startsWith("Leader") ? "head_of_state" : "foreign_minister";
                    }
                    case "MEMBER_OF" -> {
                        s = state();
                        o = ORGS[random.nextInt(ORGS.length)];
                    }
                    default -> {
                        s = state();
                        o = state();
                    }
                }
                if (s.equals(o)) {
                    o = states.get(random.nextInt(states.size()));
                    if (s.equals(o)) {
                        continue;
                    }
                }
                if (RelationTypes.SYMMETRIC.contains(type) && s.compareTo(o) > 0) {
                    String t = s;
                    s = o;
                    o = t;
                }
                double r = random.nextDouble();
                String status = r < 0.9 ? "active" : r < 0.95 ? (type.equals("TARIFF") || type.equals("SANCTION")
                        ? "lifted" : "ended") : "planned";
                String date = random.nextDouble() < 0.3 ? null : random.nextDouble() < 0.8 ? day
                        : published.minusYears(random.nextInt(30)).toString().substring(0, 4);
                String end = status.equals("ended") || status.equals("lifted") ? day : null;
                facts.add(new FactNode(id + "-f" + k, type, s, o, status, date, end, day,
                        0.5 + random.nextInt(50) / 100.0, "A generated sentence " + k + " of article " + index + ".",
                        k * 100, k * 100 + 80, "trigger", role, null, null, null, Map.of()));
                mentioned.put(s, entities.get(s));
                mentioned.put(o, entities.get(o));
            }
            return new ArticleNode(id, "https://bench.example/" + index, "Generated article " + index, lang, day,
                    "bench", "h" + index, "text " + index, List.copyOf(mentioned.values()), facts);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
