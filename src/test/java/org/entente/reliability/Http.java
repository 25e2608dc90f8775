package org.entente.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Driver;

/** Shared helpers of the reliability tests: raw requests, problem+json checks, graph counts, health. */
final class Http {

    static final String PROBLEM = "application/problem+json";
    static final String JSON = "application/json; charset=UTF-8";
    static final String NDJSON = "application/x-ndjson; charset=UTF-8";

    private Http() {
    }

    /** A request whose body is sent byte for byte (RestAssured would otherwise re-encode or add a charset). */
    static RequestSpecification body(String contentType, byte[] body) {
        return given().urlEncodingEnabled(true).contentType(contentType).body(body);
    }

    static RequestSpecification body(String contentType, String body) {
        return body(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The response is a 4xx problem+json whose detail names every keyword (case-insensitive) and carries no
     * stack trace or Java class name.
     */
    static String assertProblem(Response r, int status, String... keywords) {
        String text = r.asString();
        assertThat(r.statusCode()).as("status of %s", text).isEqualTo(status);
        assertThat(r.contentType()).as("content type of %s", text).startsWith(PROBLEM);
        Map<String, Object> p = r.jsonPath().getMap("$");
        assertThat(p.get("status")).as("status field").isEqualTo(status);
        assertThat(p.get("title")).as("title").isNotNull();
        String detail = String.valueOf(p.get("detail"));
        assertThat(detail).as("detail").isNotBlank().isNotEqualTo("null");
        for (String k : keywords) {
            assertThat(detail.toLowerCase(Locale.ROOT)).as("detail '%s'", detail)
                    .contains(k.toLowerCase(Locale.ROOT));
        }
        assertThat(text).as("no internals in %s", text).doesNotContain("Exception", "\tat ", "org.entente.",
                "java.", "com.fasterxml", "neo4j.driver");
        return detail;
    }

    /** Not a server error, and if not a 2xx then a problem+json. */
    static void assertNoServerError(Response r) {
        String text = r.asString();
        assertThat(r.statusCode()).as("status of %s", text).isLessThan(500);
        if (r.statusCode() >= 400) {
            assertThat(r.contentType()).as("content type of %s", text).startsWith(PROBLEM);
            assertThat(text).doesNotContain("Exception", "\tat ");
        }
    }

    static void assertHealthy() {
        Response r = given().get("/q/health/ready");
        assertThat(r.statusCode()).as("readiness: %s", r.asString()).isEqualTo(200);
        assertThat(r.jsonPath().getString("status")).isEqualTo("UP");
    }

    /** Node and relationship counts: what a bad request must not change. */
    record Counts(long articles, long facts, long entities, long relationships, long nodes) {

        static Counts of(Driver driver) {
            var rec = driver.executableQuery("""
                    RETURN COUNT { (:Article) } AS articles, COUNT { (:Fact) } AS facts,
                           COUNT { (:Entity) } AS entities, COUNT { ()-[]->() } AS relationships,
                           COUNT { () } AS nodes""").execute().records().get(0);
            return new Counts(rec.get("articles").asLong(), rec.get("facts").asLong(), rec.get("entities").asLong(),
                    rec.get("relationships").asLong(), rec.get("nodes").asLong());
        }
    }

    /** Percent-encodes a path segment, "/" included, so that an id reaches the resource whole. */
    static String segment(String s) {
        StringBuilder b = new StringBuilder();
        for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
            int u = c & 0xff;
            if (u >= 'a' && u <= 'z' || u >= 'A' && u <= 'Z' || u >= '0' && u <= '9' || "-._~".indexOf(u) >= 0) {
                b.append((char) u);
            } else {
                b.append('%').append(String.format("%02X", u));
            }
        }
        return b.toString();
    }

    static List<String> injections() {
        return List.of("RUS' OR 1=1 //", "x}) DETACH DELETE n //", "RUS\"}) MATCH (n) DETACH DELETE n //",
                "') CALL db.labels() YIELD label RETURN label //", "$id", "RUS`) DETACH DELETE n //");
    }
}
