package org.entente.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.reliability.Http.JSON;
import static org.entente.reliability.Http.NDJSON;
import static org.entente.reliability.Http.assertHealthy;
import static org.entente.reliability.Http.assertProblem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.entente.graph.EmbeddedGraphResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

/** With entente.auth.token set, every write needs the bearer token; reads stay open. */
@QuarkusTest
@TestProfile(AuthTest.TokenProfile.class)
@QuarkusTestResource(value = EmbeddedGraphResource.class, restrictToAnnotatedClass = true)
class AuthTest {

    static final String TOKEN = "reliability-" + "0123456789abcdef";

    /** Turns the token on. */
    public static class TokenProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.auth.token", TOKEN);
        }
    }

    @Inject
    Driver driver;

    static String article() {
        return "{\"text\": \"Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang "
                + "on Wednesday.\", \"lang\": \"en\", \"published\": \"2024-06-20\", \"url\": "
                + "\"https://example.test/auth/" + UUID.randomUUID() + "\"}";
    }

    /** The write endpoints, each as a request to send. */
    static Stream<Arguments> writes() {
        return Stream.of(
                Arguments.of("POST /api/articles (json)",
                        (Function<RequestSpecification, Response>) s -> s.contentType(JSON).body(article())
                                .post("/api/articles")),
                Arguments.of("POST /api/articles (ndjson)",
                        (Function<RequestSpecification, Response>) s -> s.contentType(NDJSON)
                                .body((article() + "\n" + article()).getBytes(StandardCharsets.UTF_8))
                                .post("/api/articles")),
                Arguments.of("POST /api/admin/rebuild",
                        (Function<RequestSpecification, Response>) s -> s.post("/api/admin/rebuild")),
                Arguments.of("POST /api/import/atop",
                        (Function<RequestSpecification, Response>) s -> s.contentType(JSON)
                                .body("{\"dir\": \"/no/such/dir\"}").post("/api/import/atop")));
    }

    static Stream<Arguments> badCredentials() {
        return writes().flatMap(w -> Stream.of(null, "", "Bearer", "Bearer ", "Bearer wrong-token",
                "Bearer " + TOKEN + "x", "bearer " + TOKEN.toUpperCase(), "Basic " + TOKEN, TOKEN)
                .map(h -> Arguments.of(w.get()[0], w.get()[1], h)));
    }

    @ParameterizedTest(name = "{0} with Authorization [{2}] -> 401")
    @MethodSource("badCredentials")
    void writesWithoutTheRightTokenAre401(String name, Function<RequestSpecification, Response> send,
            String header) {
        Http.Counts before = Http.Counts.of(driver);
        RequestSpecification s = given();
        if (header != null) {
            s = s.header("Authorization", header);
        }
        assertProblem(send.apply(s), 401, "Authorization: Bearer", "entente.auth.token");
        assertThat(Http.Counts.of(driver)).isEqualTo(before);
        assertHealthy();
    }

    @ParameterizedTest(name = "{0} with the token -> accepted")
    @MethodSource("writes")
    void writesWithTheTokenAreAccepted(String name, Function<RequestSpecification, Response> send) {
        Response r = send.apply(given().header("Authorization", "Bearer " + TOKEN));
        if (name.contains("atop")) {
            // past the guard: the request itself is judged (here: no such directory)
            assertProblem(r, 400, "not a directory");
        } else {
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        }
    }

    @Test
    void readsStayOpen() {
        given().header("Authorization", "Bearer " + TOKEN).contentType(JSON).body(article()).post("/api/articles")
                .then().statusCode(200);
        for (String url : new String[] {"/api/stats", "/api/entities?q=russia", "/api/relations",
            "/api/facts", "/api/graph/neighborhood?id=RUS", "/api/export?format=json", "/api/queries",
            "/q/health/ready"}) {
            Response r = given().urlEncodingEnabled(false).get(url);
            assertThat(r.statusCode()).as("%s: %s", url, r.asString()).isEqualTo(200);
        }
        given().contentType(JSON).body("{\"query\": \"MATCH (n:State) RETURN n.id LIMIT 3\"}").post("/api/cypher")
                .then().statusCode(200);
        given().contentType(JSON).body("{\"text\": \"Russia met China in Moscow.\", \"lang\": \"en\"}")
                .post("/api/extract").then().statusCode(200);
    }
}
