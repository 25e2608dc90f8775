package org.entente.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Latencies and status codes per endpoint, shared by the load test's threads. */
final class LoadStats {

    static final String HEADER = """
            # Load test results

            Written by `bench/load-test.sh` (src/bench/java/org/entente/bench/LoadTest.java): writers ingest distinct
            articles through POST /api/articles while readers query, against one Entente on loopback with a fresh
            embedded database; then the checks (no 5xx, fact count equals the sum of per-article counts, summary
            relationships equal a rebuild from facts). Newest run last. Latencies are wall-clock times seen by the
            client, including queueing in the client and the server.""";

    /** One endpoint's answers. */
    static final class Row {
        private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        private volatile long ok;
        private volatile long clientErrors;
        private volatile long serverErrors;

        synchronized void add(int status, long us) {
            micros.add(us);
            if (status >= 500) {
                serverErrors++;
            } else if (status >= 400) {
                clientErrors++;
            } else {
                ok++;
            }
        }

        long count() {
            return micros.size();
        }

        long ok() {
            return ok;
        }

        long clientErrors() {
            return clientErrors;
        }

        long serverErrors() {
            return serverErrors;
        }

        /** The p-th percentile in milliseconds (nearest rank). */
        double percentile(double p) {
            long[] v;
            synchronized (micros) {
                v = micros.stream().mapToLong(Long::longValue).toArray();
            }
            if (v.length == 0) {
                return 0;
            }
            Arrays.sort(v);
            int rank = (int) Math.ceil(p / 100.0 * v.length);
            return v[Math.max(0, Math.min(v.length - 1, rank - 1))] / 1000.0;
        }
    }

    private final Map<String, Row> rows = new ConcurrentSkipListMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> failuresByKind = new ConcurrentHashMap<>();

    /** Sends and records; null when no answer came (the failure is counted). */
    HttpResponse<String> send(HttpClient http, String name, HttpRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            rows.computeIfAbsent(name, k -> new Row()).add(r.statusCode(), (System.nanoTime() - started) / 1000);
            if (r.statusCode() >= 500) {
                problem(name + " answered " + r.statusCode() + ": " + clip(r.body()));
            } else if (r.statusCode() >= 400 && !name.startsWith("GET")) {
                problem(name + " answered " + r.statusCode() + ": " + clip(r.body()));
            }
            return r;
        } catch (IOException e) {
            failuresByKind.merge(name + ": " + e.getClass().getSimpleName(), 1L, Long::sum);
            problem(name + " got no answer: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    void problem(String p) {
        if (problems.size() < 1000) {
            problems.add(p);
        }
    }

    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    Map<String, Row> rows() {
        return rows;
    }

    long serverErrors() {
        return rows.values().stream().mapToLong(Row::serverErrors).sum();
    }

    long failures() {
        return failuresByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
