package org.entente.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.entente.graph.ArticleNode;
import org.entente.graph.EmbeddedGraphResource;
import org.entente.graph.EntityNode;
import org.entente.graph.FactNode;
import org.entente.graph.GraphReader;
import org.entente.graph.GraphWriter;
import org.entente.graph.RelationTypes;
import org.entente.ingest.SearchText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedGraphResource.class, restrictToAnnotatedClass = true)
class QueryApiResourceTest {

    @Inject
    GraphWriter writer;

    @Inject
    Driver driver;

    private static boolean loaded;

    @BeforeEach
    void graph() {
        if (!loaded) {
            TestGraph.write(writer, driver);
            loaded = true;
        }
    }

    /** A small fixed graph written straight through GraphWriter: every answer below follows from it. */
    static final class TestGraph {

        static EntityNode entity(String id, String kind, String en, String ar, String fr, String region) {
            Map<String, List<String>> names = Map.of("en", List.of(en), "ar", List.of(ar), "fr", List.of(fr));
            List<String> search = new ArrayList<>(List.of(SearchText.fold(id), SearchText.fold(en),
                    SearchText.fold(ar), SearchText.fold(fr)));
            return new EntityNode(id, kind, en, names, search.stream().distinct().toList(), region, true);
        }

        static final List<EntityNode> ENTITIES = List.of(
                entity("RUS", "State", "Russia", "روسيا", "Russie", "Europe"),
                entity("PRK", "State", "North Korea", "كوريا الشمالية", "Corée du Nord", "Asia"),
                entity("KOR", "State", "South Korea", "كوريا الجنوبية", "Corée du Sud", "Asia"),
                entity("CHN", "State", "China", "الصين", "Chine", "Asia"),
                entity("USA", "State", "United States", "الولايات المتحدة", "États-Unis", "Americas"),
                entity("UKR", "State", "Ukraine", "أوكرانيا", "Ukraine", "Europe"),
                entity("BLR", "State", "Belarus", "بيلاروسيا", "Biélorussie", "Europe"),
                entity("SYR", "State", "Syria", "سوريا", "Syrie", "Asia"),
                entity("CSTO", "Organization", "Collective Security Treaty Organization", "منظمة معاهدة الأمن الجماعي",
                        "Organisation du traité de sécurité collective", null),
                entity("Vladimir Putin", "Person", "Vladimir Putin", "فلاديمير بوتين", "Vladimir Poutine", null),
                entity("Kim Jong Un", "Person", "Kim Jong Un", "كيم جونغ أون", "Kim Jong-un", null),
                entity("Xi Jinping", "Person", "Xi Jinping", "شي جين بينغ", "Xi Jinping", null));

        static int next;

        static FactNode fact(String type, String s, String o, String status, String date, String seen) {
            String a = s;
            String b = o;
            if (RelationTypes.SYMMETRIC.contains(type) && s.compareTo(o) > 0) {
                a = o;
                b = s;
            }
            String end = status.equals("ended") || status.equals("lifted") ? seen : null;
            String role = type.equals("HOLDS_OFFICE") ? "head_of_state" : null;
            return new FactNode("f" + (next++), type, a, b, status, date, end, seen, 0.8,
                    "Sentence about " + s + " and " + o + ".", 0, 20, "trigger", role, null, null, null, Map.of());
        }

        static ArticleNode article(String id, String lang, String published, FactNode... facts) {
            return new ArticleNode(id, "https://news.example/" + id, "Title of " + id, lang, published, "test",
                    "hash-" + id, "text of " + id, ENTITIES, List.of(facts));
        }

        static void write(GraphWriter writer, Driver driver) {
            driver.executableQuery("MATCH (n) WHERE NOT n:SchemaVersion DETACH DELETE n").execute();
            writer.writeArticles(List.of(
                    article("a1", "en", "2023-01-10",
                            fact("ALLIANCE", "RUS", "BLR", "active", "1999", "2023-01-10"),
                            fact("PARTNERSHIP", "CHN", "RUS", "active", null, "2023-01-10"),
                            fact("HOLDS_OFFICE", "Vladimir Putin", "RUS", "active", null, "2023-01-10"),
                            fact("MEMBER_OF", "RUS", "CSTO", "active", "1992", "2023-01-10"),
                            fact("MEMBER_OF", "BLR", "CSTO", "active", "1992", "2023-01-10")),
                    article("a2", "ar", "2024-03-05",
                            fact("ALLIANCE", "BLR", "RUS", "active", null, "2024-03-05"),
                            fact("PARTNERSHIP", "RUS", "CHN", "active", null, "2024-03-05"),
                            fact("ALLIANCE", "BLR", "UKR", "active", null, "2024-03-05")),
                    article("a3", "fr", "2015-09-30",
                            fact("ALLIANCE", "RUS", "SYR", "active", "2015-09", "2015-09-30"),
                            fact("MILITARY_SUPPORT", "RUS", "SYR", "active", "2015-09-30", "2015-09-30")),
                    article("a4", "en", "2024-12-08",
                            fact("ALLIANCE", "SYR", "RUS", "ended", "2024-12-08", "2024-12-08")),
                    article("a5", "ar", "2024-06-20",
                            fact("DEFENSE_PACT", "RUS", "PRK", "active", "2024-06-19", "2024-06-20"),
                            fact("MEETING", "Vladimir Putin", "Kim Jong Un", "active", "2024-06-19", "2024-06-20"),
                            fact("HOLDS_OFFICE", "Kim Jong Un", "PRK", "active", null, "2024-06-20")),
                    article("a6", "en", "2024-05-16",
                            fact("PARTNERSHIP", "CHN", "RUS", "active", null, "2024-05-16"),
                            fact("SANCTION", "USA", "RUS", "active", "2022-02", "2024-05-16"),
                            fact("MEETING", "Xi Jinping", "Vladimir Putin", "active", "2024-05-16", "2024-05-16")),
                    article("a7", "fr", "2022-02-24",
                            fact("ATTACK", "RUS", "UKR", "active", "2022-02-24", "2022-02-24"),
                            fact("SANCTION", "RUS", "UKR", "active", null, "2022-02-24"),
                            fact("MILITARY_SUPPORT", "USA", "UKR", "active", null, "2022-02-24")),
                    article("a8", "en", "2025-04-02",
                            fact("TARIFF", "USA", "CHN", "active", "2025-04-02", "2025-04-02"),
                            fact("TARIFF", "USA", "KOR", "active", "2025-04-02", "2025-04-02"),
                            fact("DEFENSE_PACT", "USA", "KOR", "active", "1953", "2025-04-02"),
                            fact("AGREEMENT", "CHN", "RUS", "planned", null, "2025-04-02"),
                            fact("MEETING", "Kim Jong Un", "Vladimir Putin", "active", "2025-03", "2025-04-02"))));
            writer.replaceDataset("atop", "ATOP", "5.1", ENTITIES.subList(0, 4), List.of(new FactNode("atop-1",
                    "DEFENSE_PACT", "CHN", "PRK", "active", "1961-07-11", null, "1961-07-11", 0.95, null, null, null,
                    null, null, null, null, null, Map.of())));
        }
    }

    // ---- entities ----------------------------------------------------------------------------------------------

    @Test
    void shouldFindRussiaByAnyOfItsNamesFirst() {
        for (String q : List.of("روسيا", "Russie", "russia", "RUS", "RUSSIE", "رُوسيا", "russ")) {
            given().queryParam("q", q).when().get("/api/entities").then().statusCode(200)
                    .body("items[0].id", equalTo("RUS"));
        }
    }

    @Test
    void shouldIgnoreAccentsAndArabicDiacritics() {
        given().queryParam("q", "coree du nord").get("/api/entities").then().statusCode(200)
                .body("items[0].id", equalTo("PRK"));
        given().queryParam("q", "Étâts-Unis").get("/api/entities").then().body("items[0].id", equalTo("USA"));
        given().queryParam("q", "بُوتِين").get("/api/entities").then().body("items.id", hasItem("Vladimir Putin"));
        given().queryParam("q", "poutine").get("/api/entities").then().body("items[0].id", equalTo("Vladimir Putin"));
    }

    @Test
    void shouldFilterSearchByKindAndValidateIt() {
        given().queryParam("q", "korea").queryParam("kind", "State").get("/api/entities").then().statusCode(200)
                .body("items.id", hasItem("PRK")).body("items.kind", not(hasItem("Person")));
        given().queryParam("q", "kim").queryParam("kind", "Person").get("/api/entities").then()
                .body("items[0].id", equalTo("Kim Jong Un"));
        given().queryParam("q", "x").queryParam("kind", "Planet").get("/api/entities").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("State, Person, Organization"));
        given().get("/api/entities").then().statusCode(400).body("detail", containsString("q is required"));
        given().queryParam("q", "x").queryParam("limit", 0).get("/api/entities").then().statusCode(400);
    }

    @Test
    void shouldDescribeAnEntityWithNamesOfficesMembershipsAndCounts() {
        JsonPath rus = given().get("/api/entities/RUS").then().statusCode(200).extract().jsonPath();
        assertThat(rus.getString("name")).isEqualTo("Russia");
        assertThat(rus.getList("names.ar", String.class)).contains("روسيا");
        assertThat(rus.getList("names.fr", String.class)).contains("Russie");
        assertThat(rus.getString("holders[0].person.id")).isEqualTo("Vladimir Putin");
        assertThat(rus.getList("holders[0].roles", String.class)).containsExactly("head_of_state");
        assertThat(rus.getString("memberships[0].organization.id")).isEqualTo("CSTO");
        assertThat(rus.getInt("relationCounts.ALLIANCE")).isEqualTo(2);
        assertThat(rus.getInt("relationCounts.PARTNERSHIP")).isEqualTo(1);

        JsonPath putin = given().get("/api/entities/Vladimir Putin").then().statusCode(200).extract().jsonPath();
        assertThat(putin.getString("offices[0].of.id")).isEqualTo("RUS");
        assertThat(putin.getInt("relationCounts.MEETING")).isEqualTo(2);

        JsonPath csto = given().get("/api/entities/CSTO").then().statusCode(200).extract().jsonPath();
        assertThat(csto.getList("members.state.id", String.class)).containsExactly("BLR", "RUS");

        given().get("/api/entities/ATLANTIS").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("ATLANTIS"));
    }

    // ---- relations ---------------------------------------------------------------------------------------------

    @Test
    void shouldListAlliancesWithSourcesStrongestFirst() {
        JsonPath page = given().queryParam("type", "ALLIANCE").get("/api/relations").then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getString("items[0].subject.id") + "-" + page.getString("items[0].object.id"))
                .isEqualTo("BLR-RUS");
        assertThat(page.getInt("items[0].sourceCount")).isEqualTo(2);
        assertThat(page.getList("items[0].sources", String.class)).containsExactlyInAnyOrder("a1", "a2");
        assertThat(page.getString("items[0].relationship")).isEqualTo("ALLIED_WITH");
        assertThat(page.getBoolean("items[0].symmetric")).isTrue();
        assertThat(page.getString("items[0].validFrom")).isEqualTo("1999");
    }

    @Test
    void shouldOrderEveryListingByItsSourcesThenItsConfidence() {
        for (String entity : new String[] {null, "RUS", "USA"}) {
            var request = given().queryParam("size", 200);
            if (entity != null) {
                request = request.queryParam("entity", entity);
            }
            List<Map<String, Object>> items = request.get("/api/relations").then().statusCode(200).extract()
                    .jsonPath().getList("items");
            assertThat(items).as("relations of %s", entity).hasSizeGreaterThan(2);
            for (int i = 1; i < items.size(); i++) {
                int before = ((Number) items.get(i - 1).get("sourceCount")).intValue();
                int after = ((Number) items.get(i).get("sourceCount")).intValue();
                assertThat(before).as("sources, %s, item %d", entity, i).isGreaterThanOrEqualTo(after);
                if (before == after) {
                    assertThat(((Number) items.get(i - 1).get("confidence")).doubleValue())
                            .as("confidence, %s, item %d", entity, i)
                            .isGreaterThanOrEqualTo(((Number) items.get(i).get("confidence")).doubleValue());
                }
            }
        }
    }

    @Test
    void shouldPaginateWithoutOverlap() {
        JsonPath all = given().queryParam("size", 200).get("/api/relations").then().statusCode(200).extract()
                .jsonPath();
        int total = all.getInt("total");
        assertThat(total).isGreaterThan(10);
        Set<String> seen = new HashSet<>();
        for (int p = 0; p * 4 < total; p++) {
            JsonPath page = given().queryParam("size", 4).queryParam("page", p).get("/api/relations").then()
                    .statusCode(200).body("page", equalTo(p)).body("size", equalTo(4)).body("total", equalTo(total))
                    .extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertThat(items).hasSizeLessThanOrEqualTo(4).isNotEmpty();
            for (var i : items) {
                assertThat(seen.add(i.get("relationship") + ":" + ((Map<?, ?>) i.get("subject")).get("id") + ":"
                        + ((Map<?, ?>) i.get("object")).get("id"))).isTrue();
            }
        }
        assertThat(seen).hasSize(total);
        given().queryParam("page", 1000).get("/api/relations").then().statusCode(200).body("items.size()", equalTo(0));
        given().queryParam("size", 201).get("/api/relations").then().statusCode(400)
                .body("detail", containsString("between 1 and 200"));
        given().queryParam("page", -1).get("/api/relations").then().statusCode(400);
    }

    @Test
    void shouldDropAnAllianceAfterItEnded() {
        given().queryParam("type", "ALLIANCE").queryParam("entity", "RUS").queryParam("asOf", "2024-06-01")
                .get("/api/relations").then().statusCode(200).body("items.object.id", hasItem("SYR"));
        given().queryParam("type", "ALLIANCE").queryParam("entity", "RUS").queryParam("asOf", "2025-01-01")
                .get("/api/relations").then().statusCode(200).body("items.object.id", not(hasItem("SYR")))
                .body("items.subject.id", not(hasItem("SYR"))).body("total", equalTo(1));
        given().queryParam("type", "ALLIANCE").queryParam("entity", "SYR").get("/api/relations").then()
                .body("items[0].status", equalTo("ended")).body("items[0].validTo", equalTo("2024-12-08"));
        // before it began
        given().queryParam("type", "DEFENSE_PACT").queryParam("entity", "PRK").queryParam("asOf", "2020-01-01")
                .get("/api/relations").then().body("items.subject.id", not(hasItem("PRK")))
                .body("items.object.id", hasItem("PRK")); // only the 1961 ATOP pact with China
    }

    @Test
    void shouldFilterByMinSourcesAndSource() {
        JsonPath strong = given().queryParam("minSources", 2).get("/api/relations").then().statusCode(200)
                .extract().jsonPath();
        assertThat(strong.getList("items.type", String.class)).containsExactlyInAnyOrder("PARTNERSHIP", "ALLIANCE",
                "ALLIANCE", "MEETING"); // BLR-RUS (a1, a2) and RUS-SYR (a3, then a4 saying it ended)
        assertThat(strong.getList("items.sourceCount", Integer.class)).allMatch(c -> c >= 2);

        given().queryParam("source", "atop").get("/api/relations").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].datasets", hasItem("atop")).body("items[0].subject.id", equalTo("CHN"));
        given().queryParam("source", "news").queryParam("type", "DEFENSE_PACT").get("/api/relations").then()
                .body("total", equalTo(2)).body("items.subject.id", not(hasItem("CHN")));
        given().queryParam("source", "all").queryParam("type", "DEFENSE_PACT").get("/api/relations").then()
                .body("total", equalTo(3));
    }

    @Test
    void shouldValidateRelationParameters() {
        given().queryParam("type", "FRIENDSHIP").get("/api/relations").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("ALLIANCE"))
                .body("detail", containsString("FRIENDSHIP"));
        given().queryParam("asOf", "2024-13-45").get("/api/relations").then().statusCode(400)
                .body("detail", containsString("YYYY-MM-DD"));
        given().queryParam("asOf", "yesterday").get("/api/relations").then().statusCode(400);
        given().queryParam("minSources", 0).get("/api/relations").then().statusCode(400);
        given().queryParam("source", "rumour").get("/api/relations").then().statusCode(400)
                .body("detail", containsString("news, atop or all"));
        given().queryParam("entity", "ATLANTIS").get("/api/relations").then().statusCode(404);
        given().queryParam("type", "allied_with").get("/api/relations").then().statusCode(200)
                .body("total", equalTo(3));
    }

    @Test
    void shouldReadOnlyTheRequestedTypesAndKeepTheTotalBeyondTheLastPage() {
        // the requested types become the relationship pattern of the query (issue 6): several at once, by fact
        // type or relationship name, with and without an entity
        JsonPath ofRussia = given().queryParam("type", "ALLIANCE,defense_pact_with").queryParam("entity", "RUS")
                .queryParam("size", 2).get("/api/relations").then().statusCode(200).body("total", equalTo(3))
                .extract().jsonPath();
        assertThat(ofRussia.getList("items.relationship", String.class)).hasSize(2)
                .allMatch(r -> r.equals("ALLIED_WITH") || r.equals("DEFENSE_PACT_WITH"));
        given().queryParam("type", "ALLIANCE,DEFENSE_PACT").queryParam("entity", "RUS").queryParam("size", 2)
                .queryParam("page", 1).get("/api/relations").then().statusCode(200).body("total", equalTo(3))
                .body("items.size()", equalTo(1));
        given().queryParam("type", "ALLIANCE,DEFENSE_PACT").queryParam("entity", "RUS").queryParam("page", 9)
                .get("/api/relations").then().statusCode(200).body("total", equalTo(3))
                .body("items.size()", equalTo(0));
        given().queryParam("type", "ALLIANCE").queryParam("page", 9).get("/api/relations").then().statusCode(200)
                .body("total", equalTo(3)).body("items.size()", equalTo(0));
        given().queryParam("type", "SANCTION").get("/api/relations").then().statusCode(200).body("total", equalTo(2))
                .body("items.relationship", everyItem(equalTo("SANCTIONS")));
        // an entity with no edge of the type: an empty page, not a 404
        given().queryParam("type", "TARIFF").queryParam("entity", "RUS").get("/api/relations").then()
                .statusCode(200).body("total", equalTo(0)).body("items.size()", equalTo(0));
        // ties on support are broken by the ids, so pages are stable
        List<String> first = given().queryParam("size", 200).get("/api/relations").then().extract().jsonPath()
                .getList("items.collect { it.relationship + it.subject.id + it.object.id }", String.class);
        List<String> again = given().queryParam("size", 200).get("/api/relations").then().extract().jsonPath()
                .getList("items.collect { it.relationship + it.subject.id + it.object.id }", String.class);
        assertThat(again).isEqualTo(first);
        // a type outside the whitelist never reaches a query, whichever endpoint it is sent to
        for (String[] call : List.of(new String[] {"/api/relations", "type"},
                new String[] {"/api/graph/neighborhood?id=RUS", "types"},
                new String[] {"/api/graph/path?from=RUS&to=BLR", "types"},
                new String[] {"/api/export?format=csv", "type"})) {
            given().queryParam(call[1], "ALLIANCE|ATTACKED]-() DETACH DELETE r //").get(call[0]).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("ALLIANCE"));
        }
        given().queryParam("from", "BLR").queryParam("to", "SYR").queryParam("types", "allied_with")
                .get("/api/graph/path").then().statusCode(200)
                .body("paths[0].edges.relationship", everyItem(equalTo("ALLIED_WITH")));
    }

    @Test
    void shouldGiveEverythingBetweenTwoEntitiesWithATimeline() {
        JsonPath between = given().get("/api/relations/RUS/SYR").then().statusCode(200).extract().jsonPath();
        assertThat(between.getString("a.id")).isEqualTo("RUS");
        assertThat(between.getString("b.name")).isEqualTo("Syria");
        assertThat(between.getList("relations.type", String.class)).containsExactlyInAnyOrder("ALLIANCE",
                "MILITARY_SUPPORT");
        assertThat(between.getList("timeline.date", String.class)).containsExactly("2015-09", "2015-09-30",
                "2024-12-08");
        assertThat(between.getString("timeline[0].article.url")).isEqualTo("https://news.example/a3");
        assertThat(between.getString("timeline[2].status")).isEqualTo("ended");
        given().get("/api/relations/RUS/ATLANTIS").then().statusCode(404).body("detail", containsString("ATLANTIS"));
    }

    // ---- facts -------------------------------------------------------------------------------------------------

    @Test
    void shouldListFactsWithEvidenceNewestFirst() {
        JsonPath facts = given().queryParam("entity", "RUS").queryParam("size", 100).get("/api/facts").then()
                .statusCode(200).extract().jsonPath();
        List<String> dates = facts.getList("items.date", String.class);
        assertThat(facts.getInt("total")).isEqualTo(facts.getList("items").size()).isGreaterThan(10);
        JsonPath first = given().queryParam("type", "SANCTION").get("/api/facts").then().statusCode(200).extract()
                .jsonPath();
        assertThat(first.getInt("total")).isEqualTo(2);
        // RUS → UKR (reported 2022-02-24) is newer than USA → RUS (dated 2022-02)
        assertThat(first.getString("items[0].subject.id")).isEqualTo("RUS");
        assertThat(first.getString("items[0].article.title")).isEqualTo("Title of a7");
        assertThat(first.getString("items[0].article.published")).isEqualTo("2022-02-24");
        assertThat(first.getString("items[0].article.lang")).isEqualTo("fr");
        assertThat(first.getString("items[0].sentence")).startsWith("Sentence about RUS");
        assertThat(first.getString("items[1].subject.id")).isEqualTo("USA");
        assertThat(first.getString("items[0].trigger")).isEqualTo("trigger");
        assertThat(first.getDouble("items[0].confidence")).isEqualTo(0.8);
        assertThat(dates).isNotEmpty();

        given().queryParam("subject", "USA").queryParam("object", "CHN").get("/api/facts").then()
                .body("total", equalTo(1)).body("items[0].type", equalTo("TARIFF"));
        given().queryParam("source", "atop").get("/api/facts").then().body("total", equalTo(1))
                .body("items[0].dataset.id", equalTo("atop")).body("items[0].source", equalTo("dataset"));
        given().queryParam("from", "2025").get("/api/facts").then().body("items.date", not(hasItem("2024-06-19")));
        given().queryParam("to", "2015").queryParam("entity", "RUS").get("/api/facts").then()
                .body("items.date", hasItem("2015-09-30")).body("items.date", not(hasItem("2022-02-24")));
        given().queryParam("size", 2).queryParam("page", 1).get("/api/facts").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("page", equalTo(1));
        given().queryParam("from", "2025").queryParam("to", "2024").get("/api/facts").then().statusCode(400);
        given().queryParam("type", "ALLIANCE,SANCTION").get("/api/facts").then().statusCode(400);
        given().queryParam("subject", "NOWHERE").get("/api/facts").then().statusCode(404);
    }

    @Test
    void shouldSortFactsNewestFirst() {
        List<String> dates = given().queryParam("size", 200).get("/api/facts").then().statusCode(200).extract()
                .jsonPath().getList("items.date", String.class);
        List<String> keys = dates.stream().map(d -> d == null ? "" : d).toList();
        // facts without a date sort by the day they were reported; the dated ones must be non-increasing
        List<String> dated = keys.stream().filter(d -> !d.isEmpty()).toList();
        assertThat(dated.get(0)).isEqualTo("2025-04-02");
        assertThat(dated.get(dated.size() - 1)).isEqualTo("1953");
    }

    // ---- graph -------------------------------------------------------------------------------------------------

    @Test
    void shouldDrawANeighbourhood() {
        JsonPath one = given().queryParam("id", "RUS").queryParam("depth", 1).get("/api/graph/neighborhood").then()
                .statusCode(200).extract().jsonPath();
        List<String> ids = one.getList("nodes.id", String.class);
        assertThat(ids).contains("RUS", "BLR", "CHN", "PRK", "UKR", "SYR", "USA", "CSTO", "Vladimir Putin")
                .doesNotContain("KOR");
        assertThat(one.getBoolean("truncated")).isFalse();
        for (Map<String, Object> e : one.<Map<String, Object>>getList("edges")) {
            assertThat(ids).contains((String) e.get("source"), (String) e.get("target"));
            assertThat(e).containsKeys("id", "type", "relationship", "symmetric", "sourceCount", "status");
            // the edge's id is its summary key, the same in every answer and after a rebuild
            assertThat(e.get("id")).isEqualTo(e.get("relationship") + ":" + e.get("source") + ":" + e.get("target"));
        }
        assertThat(one.getList("edges.id", String.class)).doesNotHaveDuplicates()
                .contains("ALLIED_WITH:BLR:RUS");
        JsonPath two = given().queryParam("id", "RUS").queryParam("depth", 2).get("/api/graph/neighborhood").then()
                .statusCode(200).extract().jsonPath();
        assertThat(two.getList("nodes.id", String.class)).contains("KOR", "Kim Jong Un");
        assertThat(two.getInt("nodes.find { it.id == 'RUS' }.degree")).isGreaterThan(5);

        JsonPath alliances = given().queryParam("id", "RUS").queryParam("types", "ALLIANCE")
                .queryParam("asOf", "2025-01-01").get("/api/graph/neighborhood").then().statusCode(200).extract()
                .jsonPath();
        assertThat(alliances.getList("nodes.id", String.class)).containsExactlyInAnyOrder("RUS", "BLR");
        assertThat(alliances.getList("edges.relationship", String.class)).containsOnly("ALLIED_WITH");

        given().queryParam("id", "RUS").queryParam("limit", 3).get("/api/graph/neighborhood").then()
                .body("nodes.size()", equalTo(3)).body("truncated", equalTo(true));
        given().queryParam("id", "RUS").queryParam("depth", 4).get("/api/graph/neighborhood").then().statusCode(400)
                .body("detail", containsString("between 1 and 3"));
        given().queryParam("id", "RUS").queryParam("depth", 0).get("/api/graph/neighborhood").then().statusCode(400);
        given().queryParam("id", "ATLANTIS").get("/api/graph/neighborhood").then().statusCode(404);
        given().get("/api/graph/neighborhood").then().statusCode(400);
        given().queryParam("id", "RUS").queryParam("types", "LOVE").get("/api/graph/neighborhood").then()
                .statusCode(400).body("detail", containsString("MEETING"));
    }

    @Test
    void shouldFindShortestPaths() {
        JsonPath p = given().queryParam("from", "KOR").queryParam("to", "SYR").get("/api/graph/path").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> paths = p.getList("paths");
        assertThat(paths).isNotEmpty();
        for (int i = 0; i < paths.size(); i++) {
            List<String> nodes = p.getList("paths[" + i + "].nodes.id", String.class);
            assertThat(nodes.get(0)).isEqualTo("KOR");
            assertThat(nodes.get(nodes.size() - 1)).isEqualTo("SYR");
            assertThat(p.getList("paths[" + i + "].edges")).hasSize(nodes.size() - 1);
            for (Map<String, Object> e : p.<Map<String, Object>>getList("paths[" + i + "].edges")) {
                assertThat(e.get("id")).isEqualTo(e.get("relationship") + ":" + e.get("source") + ":"
                        + e.get("target"));
            }
        }
        // only alliances: BLR - RUS - SYR
        given().queryParam("from", "BLR").queryParam("to", "SYR").queryParam("types", "ALLIANCE")
                .get("/api/graph/path").then().statusCode(200).body("paths[0].nodes.id", equalTo(List.of("BLR",
                        "RUS", "SYR")))
                .body("paths[0].edges.type", everyItem(equalTo("ALLIANCE")))
                .body("paths[0].edges.symmetric", everyItem(equalTo(true)));
        given().queryParam("from", "KOR").queryParam("to", "SYR").queryParam("types", "ALLIANCE")
                .get("/api/graph/path").then().statusCode(200).body("paths.size()", equalTo(0));
        given().queryParam("from", "BLR").queryParam("to", "SYR").queryParam("maxLength", 1).get("/api/graph/path")
                .then().statusCode(200).body("paths.size()", equalTo(0));
        given().queryParam("from", "BLR").queryParam("to", "NOWHERE").get("/api/graph/path").then().statusCode(404);
        given().queryParam("from", "BLR").queryParam("to", "SYR").queryParam("maxLength", 9).get("/api/graph/path")
                .then().statusCode(400);
    }

    // ---- stats and exports -------------------------------------------------------------------------------------

    @Test
    void shouldCountWhatTheGraphHolds() {
        JsonPath s = given().get("/api/stats").then().statusCode(200).extract().jsonPath();
        assertThat(s.getInt("labels.State")).isEqualTo(8);
        assertThat(s.getInt("labels.Person")).isEqualTo(3);
        assertThat(s.getInt("labels.Organization")).isEqualTo(1);
        assertThat(s.getInt("labels.Article")).isEqualTo(8);
        assertThat(s.getInt("labels.Fact")).isEqualTo(26);
        assertThat(s.getInt("relationships.ALLIED_WITH")).isEqualTo(3);
        assertThat(s.getInt("facts.ALLIANCE")).isEqualTo(5);
        assertThat(s.getInt("articlesByLang.ar")).isEqualTo(2);
        assertThat(s.getInt("articlesByLang.fr")).isEqualTo(2);
        assertThat(s.getInt("articlesByLang.en")).isEqualTo(4);
        assertThat(s.getString("lastIngest")).isNotBlank();
    }

    @Test
    void shouldExportGraphmlCsvAndJson() throws Exception {
        byte[] graphml = given().queryParam("format", "graphml").get("/api/export").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(graphml));
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(12);
        int total = given().queryParam("size", 200).get("/api/relations").then().extract().jsonPath().getInt("total");
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(total);

        String csv = new String(given().queryParam("format", "csv").queryParam("type", "ALLIANCE")
                .get("/api/export").then().statusCode(200).contentType(containsString("text/csv")).extract()
                .asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("type,relationship,symmetric,subject,subjectName,object");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("ALLIANCE,ALLIED_WITH,true,BLR,Belarus,RUS,Russia,2");

        JsonPath json = given().queryParam("format", "json").queryParam("source", "atop").get("/api/export").then()
                .statusCode(200).extract().jsonPath();
        assertThat(json.getList("edges")).hasSize(1);
        assertThat(json.getList("nodes.id", String.class)).containsExactlyInAnyOrder("CHN", "PRK");

        given().queryParam("format", "xlsx").get("/api/export").then().statusCode(400)
                .body("detail", containsString("graphml, csv or json"));
        given().get("/api/export").then().statusCode(400);
    }

    // ---- the query library -------------------------------------------------------------------------------------

    @Test
    void shouldListAndRunTheAnalystQueries() {
        JsonPath list = given().get("/api/queries").then().statusCode(200).extract().jsonPath();
        List<String> names = list.getList("name", String.class);
        assertThat(names).contains("allies", "alliances-as-of", "allies-of-allies", "defence-pact-and-tariffs",
                "sanctions-on-allies-of-allies", "leaders-who-met-most", "unbalanced-triads", "entity-timeline",
                "strongest-partnerships", "recent-hostile-acts");
        assertThat(list.getString("find { it.name == 'alliances-as-of' }.parameters.asOf")).isEqualTo("2024-12-31");
        assertThat(list.getString("find { it.name == 'allies' }.title")).isEqualTo("Who is allied with whom");

        for (String name : names) {
            given().contentType("application/json").body("{}").post("/api/queries/" + name).then()
                    .statusCode(200);
        }
        JsonPath triads = given().contentType("application/json").body("{}").post("/api/queries/unbalanced-triads")
                .then().statusCode(200).extract().jsonPath();
        assertThat(triads.getList("rows").toString()).contains("RUS, BLR, UKR");
        given().contentType("application/json").body("{}").post("/api/queries/defence-pact-and-tariffs").then()
                .body("rows[0][0]", equalTo("USA")).body("rows[0][1]", equalTo("KOR"));
        given().contentType("application/json").body("{}").post("/api/queries/sanctions-on-allies-of-allies").then()
                .body("rows[0][0]", equalTo("RUS")).body("rows[0][1]", equalTo("UKR"));
        given().contentType("application/json").body("{}").post("/api/queries/leaders-who-met-most").then()
                .body("rows[0][2]", equalTo(2));
        given().contentType("application/json").body("{\"params\": {\"asOf\": \"2025-01-01\"}}")
                .post("/api/queries/alliances-as-of").then().statusCode(200).body("rows.size()", equalTo(5));
        given().contentType("application/json").body("{\"params\": {\"asOf\": \"2024-01-01\"}}")
                .post("/api/queries/alliances-as-of").then().statusCode(200).body("rows.size()", equalTo(4));
        given().contentType("application/json").body("{\"params\": {\"entity\": \"PRK\"}}")
                .post("/api/queries/allies").then().statusCode(200).body("rows.size()", equalTo(2));
        given().contentType("application/json").body("{}").post("/api/queries/no-such-query").then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType("application/json").body("{\"params\": {\"bogus\": 1}}").post("/api/queries/allies")
                .then().statusCode(400).body("detail", containsString("entity"));
    }

    @Test
    void shouldDescribeTheEndpointsInOpenApi() {
        String api = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/entities", "/api/entities/{id}", "/api/relations", "/api/relations/{a}/{b}",
                "/api/facts", "/api/graph/neighborhood", "/api/graph/path", "/api/stats", "/api/export",
                "/api/cypher", "/api/queries", "/api/queries/{name}")) {
            assertThat(api).contains("\"" + path + "\"");
        }
    }
}
