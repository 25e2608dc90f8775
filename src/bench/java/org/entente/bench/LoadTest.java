package org.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Concurrency load test against a running Entente on loopback (bench/load-test.sh starts one): writer threads
 * ingest distinct articles through POST /api/articles while reader threads query relations, neighbourhoods, entity
 * search, facts and stats, for a fixed time. Then it checks: no 5xx and no failed request, the Fact count in the
 * graph equals the sum of the facts the writers were told, and the summary relationships equal a rebuild from the
 * facts (POST /api/admin/rebuild). Throughput and latency percentiles go to a Markdown file.
 *
 * <p>Settings (system properties): load.base (http://127.0.0.1:8080), load.bolt (bolt://127.0.0.1:7687),
 * load.seconds (60), load.writers (8), load.readers (32), load.corpus (comma-separated directories of .txt articles
 * with optional .json metadata), load.out (Markdown file to append to), load.note (a line about the machine).
 * Exit code 0 when every check passed, 1 otherwise.
 */
public final class LoadTest {

    static final ObjectMapper JSON = new ObjectMapper();

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("load.base", "http://127.0.0.1:8080");
        String bolt = System.getProperty("load.bolt", "bolt://127.0.0.1:7687");
        int seconds = Integer.getInteger("load.seconds", 60);
        int writers = Integer.getInteger("load.writers", 8);
        int readers = Integer.getInteger("load.readers", 32);
        String out = System.getProperty("load.out", "bench/RESULTS-load.md");
        String note = System.getProperty("load.note", "");
        int writeTimeout = Integer.getInteger("load.write-timeout-seconds", 300);
        int readTimeout = Integer.getInteger("load.read-timeout-seconds", 120);
        List<LoadArticle> sources = LoadArticle.read(Stream.of(System.getProperty("load.corpus",
                "src/test/resources/gold,src/main/resources/demo").split(",")).map(Path::of).toList());
        if (sources.isEmpty()) {
            throw new IllegalStateException("no articles found in load.corpus");
        }
        requireLoopback(base);
        requireLoopback(bolt);

        // HTTP/1.1: one connection per busy thread, as browsers and scripts do (no h2c upgrade, no shared stream)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4)).build();
        LoadStats stats = new LoadStats();
        AtomicLong toldFacts = new AtomicLong();
        AtomicLong created = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        long startedNanos = System.nanoTime();
        long deadline = startedNanos + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(writers + readers);
        String runId = Long.toString(System.currentTimeMillis(), 36);
        List<String> unanswered = java.util.Collections.synchronizedList(new ArrayList<>());

        for (int w = 0; w < writers; w++) {
            int writer = w;
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    long n = sequence.getAndIncrement();
                    LoadArticle a = sources.get((int) (n % sources.size()));
                    String url = "https://load.entente.test/" + runId + "/w" + writer + "/" + n;
                    String body = a.json(url);
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                            .timeout(Duration.ofSeconds(writeTimeout)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
                    HttpResponse<String> r = stats.send(http, "POST /api/articles", req);
                    if (r == null) {
                        unanswered.add(url);
                    } else if (r.statusCode() == 200) {
                        try {
                            JsonNode j = JSON.readTree(r.body());
                            for (JsonNode item : j.get("articles")) {
                                if ("created".equals(item.get("outcome").asText())) {
                                    created.incrementAndGet();
                                    toldFacts.addAndGet(item.get("facts").asLong());
                                } else {
                                    stats.problem("article " + url + " came back " + item.get("outcome").asText());
                                }
                            }
                        } catch (IOException e) {
                            stats.problem("unreadable ingest answer: " + e.getMessage());
                        }
                    }
                }
                return null;
            });
        }
        String[] ids = {"RUS", "CHN", "USA", "PRK", "FRA", "DEU", "IRN", "ISR", "UKR", "EGY", "SAU", "TUR", "GBR",
            "IND", "JPN", "KOR", "NATO", "EU"};
        String[] names = {"russia", "روسيا", "Chine", "united", "كوريا", "Allemagne", "iran", "otan", "Putin",
            "بوتين", "Macron", "xi"};
        for (int r = 0; r < readers; r++) {
            pool.submit(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    String id = ids[rnd.nextInt(ids.length)];
                    String name;
                    String path;
                    switch (rnd.nextInt(5)) {
                        case 0 -> {
                            name = "GET /api/relations";
                            path = "/api/relations?size=50" + (rnd.nextBoolean() ? "&entity=" + id : "");
                        }
                        case 1 -> {
                            name = "GET /api/graph/neighborhood";
                            path = "/api/graph/neighborhood?id=" + id + "&depth=" + (1 + rnd.nextInt(2));
                        }
                        case 2 -> {
                            name = "GET /api/entities?q=";
                            path = "/api/entities?q=" + URLEncoder.encode(names[rnd.nextInt(names.length)],
                                    StandardCharsets.UTF_8);
                        }
                        case 3 -> {
                            name = "GET /api/facts";
                            path = "/api/facts?size=50" + (rnd.nextBoolean() ? "&entity=" + id : "");
                        }
                        default -> {
                            name = "GET /api/stats";
                            path = "/api/stats";
                        }
                    }
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(readTimeout)).GET().build();
                    HttpResponse<String> resp = stats.send(http, name, req);
                    // an entity that no article has named yet is a legitimate 404 early in the run
                    if (resp != null && resp.statusCode() == 404 && !path.contains("entity=")
                            && !path.contains("neighborhood")) {
                        stats.problem(name + " answered 404: " + resp.body());
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        long grace = Math.max(writeTimeout, readTimeout) + 30L;
        boolean finished = pool.awaitTermination(seconds + grace, TimeUnit.SECONDS);
        if (!finished) {
            stats.problem("threads still busy " + grace + " s after the deadline: stopped");
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - startedNanos) / 1e9;

        // consistency, read straight from the database over Bolt (no console row limit)
        List<String> checks = new ArrayList<>();
        boolean ok = stats.serverErrors() == 0 && stats.failures() == 0 && stats.problems().isEmpty();
        try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none())) {
            long facts = single(driver, "MATCH (f:Fact) RETURN count(f) AS n");
            long articles = single(driver, "MATCH (a:Article) WHERE a.url STARTS WITH $p RETURN count(a) AS n",
                    Map.of("p", "https://load.entente.test/" + runId + "/"));
            // a write whose answer never came may still have been stored: count what the graph holds for it
            Thread.sleep(unanswered.isEmpty() ? 0 : 5000);
            long lateArticles = single(driver, "MATCH (a:Article) WHERE a.url IN $urls RETURN count(a) AS n",
                    Map.of("urls", List.copyOf(unanswered)));
            long lateFacts = single(driver, "MATCH (a:Article)<-[:STATED_IN]-(f:Fact) WHERE a.url IN $urls "
                    + "RETURN count(f) AS n", Map.of("urls", List.copyOf(unanswered)));
            boolean factsOk = facts == toldFacts.get() + lateFacts;
            boolean articlesOk = articles == created.get() + lateArticles;
            checks.add(mark(factsOk) + " Fact nodes in the graph: " + facts + "; sum of per-article counts told to "
                    + "the writers: " + toldFacts.get() + (unanswered.isEmpty() ? "" : " (+ " + lateFacts
                    + " facts of " + lateArticles + " of the " + unanswered.size() + " unanswered writes, stored "
                    + "after the client gave up)"));
            checks.add(mark(articlesOk) + " Article nodes of this run: " + articles + "; created answers: "
                    + created.get() + (unanswered.isEmpty() ? "" : " + " + lateArticles + " stored unanswered"));
            String before = summaries(driver);
            HttpResponse<String> rebuild = http.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/rebuild"))
                    .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            String after = summaries(driver);
            boolean rebuildOk = rebuild.statusCode() == 200 && before.equals(after);
            long edges = before.isEmpty() ? 0 : before.split("\n").length;
            checks.add(mark(rebuildOk) + " summary relationships equal a rebuild from facts: " + edges + " edges, "
                    + "rebuild answered " + rebuild.statusCode() + (before.equals(after) ? "" : ", DIFFERENT: "
                    + firstDifference(before, after)));
            ok &= factsOk && articlesOk && rebuildOk;
        }
        checks.add(0, mark(stats.serverErrors() == 0) + " 5xx responses: " + stats.serverErrors());
        checks.add(1, mark(stats.failures() == 0) + " requests without an answer (timeouts, resets): "
                + stats.failures());
        for (String p : stats.problems().stream().limit(10).toList()) {
            checks.add("- problem: " + p);
        }

        String report = report(stats, elapsed, writers, readers, seconds, created.get(), toldFacts.get(), checks,
                note, ok);
        System.out.println(report);
        Path file = Path.of(out);
        String existing = Files.exists(file) ? Files.readString(file) : LoadStats.HEADER;
        Files.writeString(file, existing.stripTrailing() + "\n\n" + report.stripTrailing() + "\n");
        System.exit(ok ? 0 : 1);
    }

    static void requireLoopback(String url) {
        String host = URI.create(url).getHost();
        if (!List.of("127.0.0.1", "localhost", "[::1]", "::1").contains(host)) {
            throw new IllegalArgumentException("the load test only runs against loopback, not " + host);
        }
    }

    static String mark(boolean ok) {
        return ok ? "- PASS" : "- FAIL";
    }

    static long single(Driver driver, String query) {
        return single(driver, query, Map.of());
    }

    static long single(Driver driver, String query, Map<String, Object> params) {
        return driver.executableQuery(query).withParameters(params).execute().records().get(0).get("n").asLong();
    }

    /** Every summary relationship with all its properties, in a stable order. */
    static String summaries(Driver driver) {
        return driver.executableQuery("""
                MATCH (a:Entity)-[r]->(b:Entity) WHERE r.type IS NOT NULL
                RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b""").execute()
                .records().stream().map(rec -> rec.get("a").asString() + " " + rec.get("t").asString() + " "
                        + rec.get("b").asString() + " " + new java.util.TreeMap<>(rec.get("p").asMap(v -> {
                            Object o = v.asObject();
                            // the unrounded product `miss` differs in its last bits with the order of its factors
                            return o instanceof List<?> l ? l.stream().map(String::valueOf).sorted().toList()
                                    : o instanceof Double d ? Math.round(d * 1e12) / 1e12 : o;
                        })))
                .collect(Collectors.joining("\n"));
    }

    static String firstDifference(String a, String b) {
        String[] x = a.split("\n");
        String[] y = b.split("\n");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return "before [" + x[i] + "] after [" + y[i] + "]";
            }
        }
        return x.length + " lines before, " + y.length + " after";
    }

    static String report(LoadStats stats, double elapsed, int writers, int readers, int seconds, long created,
            long facts, List<String> checks, String note, boolean ok) {
        StringBuilder b = new StringBuilder();
        b.append("## Run of ").append(Instant.now().toString(), 0, 16).append("Z: ").append(ok ? "PASS" : "FAIL")
                .append("\n\n");
        b.append(writers).append(" writers, ").append(readers).append(" readers, ").append(seconds)
                .append(" s requested, ").append(String.format("%.1f", elapsed)).append(" s measured. ");
        if (!note.isBlank()) {
            b.append(note);
        }
        b.append("\n\n");
        long reads = stats.rows().entrySet().stream().filter(e -> e.getKey().startsWith("GET"))
                .mapToLong(e -> e.getValue().count()).sum();
        b.append(String.format("- written: %d articles (%.1f articles/s), %d facts (%.1f facts/s)%n", created,
                created / elapsed, facts, facts / elapsed));
        b.append(String.format("- read: %d requests (%.1f reads/s)%n%n", reads, reads / elapsed));
        b.append("| endpoint | requests | 2xx | 4xx | 5xx | p50 ms | p99 ms | max ms |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, LoadStats.Row> e : new LinkedHashMap<>(stats.rows()).entrySet()) {
            LoadStats.Row r = e.getValue();
            b.append(String.format("| %s | %d | %d | %d | %d | %.0f | %.0f | %.0f |%n", e.getKey(), r.count(),
                    r.ok(), r.clientErrors(), r.serverErrors(), r.percentile(50), r.percentile(99),
                    r.percentile(100)));
        }
        b.append("\nChecks:\n\n");
        for (String c : checks) {
            b.append(c).append('\n');
        }
        return b.toString();
    }
}
