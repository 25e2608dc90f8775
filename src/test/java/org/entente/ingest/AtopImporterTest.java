package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.graph.EmbeddedGraphResource;
import org.entente.graph.GraphSnapshot;
import org.entente.graph.FactNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedGraphResource.class, restrictToAnnotatedClass = true)
@TestProfile(AtopImporterTest.LongWrites.class)
class AtopImporterTest {

    /** The real import is one transaction of some 9,000 facts: give it time on a busy build machine. */
    public static class LongWrites implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.neo4j.write-timeout", "600s");
        }
    }

    @Inject
    AtopImporter importer;

    @Inject
    Driver driver;

    @TempDir
    Path tmp;

    @BeforeEach
    void emptyGraph() {
        driver.executableQuery("MATCH (n) WHERE NOT n:SchemaVersion DETACH DELETE n").execute();
    }

    static Path fixture() {
        try {
            return Path.of(AtopImporterTest.class.getResource("/atop/fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Record> rows(String query, Map<String, Object> params) {
        return driver.executableQuery(query).withParameters(params).execute().records();
    }

    private Node fact(String id) {
        var found = rows("MATCH (f:Fact {id: $id}) RETURN f", Map.of("id", id));
        assertThat(found).as("fact " + id).hasSize(1);
        return found.get(0).get("f").asNode();
    }

    private Relationship summary(String rel, String a, String b) {
        var found = rows("MATCH (:Entity {id: $a})-[r:" + rel + "]->(:Entity {id: $b}) RETURN r",
                Map.of("a", a, "b", b));
        assertThat(found).as(rel + " " + a + " → " + b).hasSize(1);
        return found.get(0).get("r").asRelationship();
    }

    private long count(String query) {
        return driver.executableQuery(query).execute().records().get(0).get(0).asLong();
    }

    // --- the fixture ---------------------------------------------------------------------------------------------

    @Test
    void shouldTurnEveryPairOfMembersInForceTogetherIntoOneFact() {
        var data = importer.read(fixture());

        var s = data.summary();
        assertThat(s.alliances()).isEqualTo(5);
        assertThat(s.members()).as("alliance/state memberships, West Germany and Germany as one").isEqualTo(13);
        assertThat(s.facts()).isEqualTo(11).isEqualTo(data.facts().size());
        assertThat(s.skipped()).as("France left before Russia joined; the row of COW code 1").isEqualTo(2);
        assertThat(s.unmappedCodes()).containsExactly("1");
        Map<String, FactNode> byId = new TreeMap<>();
        data.facts().forEach(f -> byId.put(f.id(), f));
        assertThat(byId.keySet()).containsExactly(
                "atop-9001-CHN-PRK-DEFENSE_PACT",
                "atop-9002-FRA-GBR-ALLIANCE", "atop-9002-FRA-USA-ALLIANCE", "atop-9002-GBR-RUS-ALLIANCE",
                "atop-9002-GBR-USA-ALLIANCE", "atop-9002-RUS-USA-ALLIANCE",
                "atop-9003-DEU-ITA-DEFENSE_PACT", "atop-9003-DEU-USA-DEFENSE_PACT", "atop-9003-ITA-USA-DEFENSE_PACT",
                "atop-9004-BAV-SAX-ALLIANCE",
                "atop-9005-CAN-USA-DEFENSE_PACT");

        FactNode chnPrk = byId.get("atop-9001-CHN-PRK-DEFENSE_PACT");
        assertThat(chnPrk.type()).isEqualTo("DEFENSE_PACT");
        assertThat(chnPrk.subjectId()).isEqualTo("CHN");
        assertThat(chnPrk.objectId()).isEqualTo("PRK");
        assertThat(chnPrk.date()).isEqualTo("1961-07-11");
        assertThat(chnPrk.seen()).isEqualTo("1961-07-11");
        assertThat(chnPrk.endDate()).isNull();
        assertThat(chnPrk.status()).isEqualTo("active");
        assertThat(chnPrk.confidence()).isEqualTo(0.99);
        assertThat(chnPrk.trigger()).isEqualTo("ATOP 9001");
        assertThat(chnPrk.sentence())
                .isEqualTo("ATOP alliance 9001 (1961): defence pact between China and North Korea");
        assertThat(chnPrk.extra()).containsEntry("atopId", 9001).containsEntry("defense", true)
                .containsEntry("offense", false).containsEntry("neutrality", false)
                .containsEntry("nonAggression", false).containsEntry("consultation", true)
                .containsEntry("bilateral", true);

        // month-only entry; a year-only exit is padded to the end of that year
        assertThat(byId.get("atop-9002-GBR-USA-ALLIANCE")).extracting(FactNode::date, FactNode::endDate,
                FactNode::status).containsExactly("1950-03", "1960-12-31", "ended");
        // the later entry and the earlier exit
        assertThat(byId.get("atop-9002-GBR-RUS-ALLIANCE")).extracting(FactNode::date, FactNode::endDate)
                .containsExactly("1955-06-15", "1960-12-31");
        assertThat(byId.get("atop-9002-FRA-GBR-ALLIANCE").endDate()).isEqualTo("1953-05-10");
        assertThat(byId.get("atop-9002-RUS-USA-ALLIANCE")).extracting(FactNode::date, FactNode::endDate,
                FactNode::status).containsExactly("1955-06-15", null, "active");
        assertThat(byId.get("atop-9002-RUS-USA-ALLIANCE").sentence())
                .isEqualTo("ATOP alliance 9002 (1950): non-aggression pact between Russia and United States");
        assertThat(byId.get("atop-9002-RUS-USA-ALLIANCE").extra()).containsEntry("nonAggression", true)
                .containsEntry("defense", false).containsEntry("bilateral", false);

        // a defence obligation stated at member level only still makes the alliance a defence pact
        assertThat(byId.get("atop-9003-DEU-USA-DEFENSE_PACT")).extracting(FactNode::date, FactNode::endDate)
                .as("West Germany (COW 260) then Germany (COW 255) are one member").containsExactly("1955-05-05",
                        null);
        assertThat(byId.get("atop-9003-ITA-USA-DEFENSE_PACT")).extracting(FactNode::date, FactNode::endDate)
                .as("two phases: first entry to last exit").containsExactly("1955-05-05", "1970-12-31");
        assertThat(byId.get("atop-9003-DEU-ITA-DEFENSE_PACT").endDate()).isEqualTo("1970-12-31");

        assertThat(byId.get("atop-9004-BAV-SAX-ALLIANCE")).extracting(FactNode::date, FactNode::endDate,
                FactNode::sentence).containsExactly("1850", "1866-12-31",
                        "ATOP alliance 9004 (1850): neutrality pact between Bavaria and Saxony");
        assertThat(byId.get("atop-9005-CAN-USA-DEFENSE_PACT")).as("no member rows: the alliance's own dates")
                .extracting(FactNode::date, FactNode::endDate).containsExactly("1958-05-12", null);

        assertThat(data.entities()).extracting(e -> e.id()).containsExactly("BAV", "CAN", "CHN", "DEU", "FRA",
                "GBR", "ITA", "PRK", "RUS", "SAX", "USA");
    }

    @Test
    void shouldWriteTheFactsWithTheDatasetAsTheirSource() {
        var s = importer.importDirectory(fixture());

        assertThat(s.facts()).isEqualTo(11);
        assertThat(count("MATCH (f:Fact)-[:STATED_IN]->(:Dataset {id: 'atop', name: 'ATOP', version: '4.01'})"
                + " RETURN count(f)")).isEqualTo(11);
        Node f = fact("atop-9001-CHN-PRK-DEFENSE_PACT");
        assertThat(f.get("source").asString()).isEqualTo("dataset");
        assertThat(f.get("sourceId").asString()).isEqualTo("atop");
        assertThat(f.get("date").asString()).isEqualTo("1961-07-11");
        assertThat(f.get("atopId").asInt()).isEqualTo(9001);
        assertThat(f.get("defense").asBoolean()).isTrue();
        assertThat(f.get("consultation").asBoolean()).isTrue();
        assertThat(f.get("offense").asBoolean()).isFalse();
        assertThat(rows("MATCH (:Fact {id: 'atop-9001-CHN-PRK-DEFENSE_PACT'})-[:SUBJECT]->(s:State),"
                + " (:Fact {id: 'atop-9001-CHN-PRK-DEFENSE_PACT'})-[:OBJECT]->(o:State) RETURN s.id, o.id", Map.of())
                .get(0).values()).extracting(v -> v.asString()).containsExactly("CHN", "PRK");

        Relationship pact = summary("DEFENSE_PACT_WITH", "CHN", "PRK");
        assertThat(pact.get("datasets").asList()).containsExactly("atop");
        assertThat(pact.get("newsSources").asInt()).isZero();
        assertThat(pact.get("validFrom").asString()).isEqualTo("1961-07-11");
        assertThat(pact.get("validTo").isNull()).isTrue();
        assertThat(pact.get("status").asString()).isEqualTo("active");
        Relationship ended = summary("ALLIED_WITH", "GBR", "USA");
        assertThat(ended.get("validFrom").asString()).isEqualTo("1950-03");
        assertThat(ended.get("validTo").asString()).isEqualTo("1960-12-31");
        assertThat(ended.get("status").asString()).isEqualTo("ended");

        // catalogued states keep every name of the catalog; the others get the COW name
        Node chn = rows("MATCH (n:State {id: 'CHN'}) RETURN n", Map.of()).get(0).get("n").asNode();
        assertThat(chn.get("catalogued").asBoolean()).isTrue();
        assertThat(chn.get("names_ar").asList()).isNotEmpty();
        Node sax = rows("MATCH (n:State {id: 'SAX'}) RETURN n", Map.of()).get(0).get("n").asNode();
        assertThat(sax.get("name").asString()).isEqualTo("Saxony");
        assertThat(sax.get("catalogued").asBoolean()).isFalse();
        assertThat(sax.get("searchTerms").asList()).contains("saxony", "sax");
    }

    @Test
    void shouldGiveTheSameGraphWhenImportedTwice() {
        importer.importDirectory(fixture());
        String before = snapshot();

        var again = importer.importDirectory(fixture());

        assertThat(again.facts()).isEqualTo(11);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldDropWhatTheDatasetNoLongerSays() throws IOException {
        importer.importDirectory(fixture());
        Path smaller = tmp.resolve("smaller");
        Files.createDirectories(smaller);
        List<String> alliances = Files.readAllLines(fixture().resolve(AtopImporter.ALLIANCE_FILE));
        List<String> members = Files.readAllLines(fixture().resolve(AtopImporter.MEMBER_FILE));
        Files.write(smaller.resolve(AtopImporter.ALLIANCE_FILE), List.of(alliances.get(0), alliances.get(1)));
        Files.write(smaller.resolve(AtopImporter.MEMBER_FILE), List.of(members.get(0), members.get(1),
                members.get(2)));

        var s = importer.importDirectory(smaller);

        assertThat(s.alliances()).isEqualTo(1);
        assertThat(count("MATCH (f:Fact) RETURN count(f)")).isEqualTo(1);
        assertThat(count("MATCH ()-[r]->() WHERE r.type IS NOT NULL RETURN count(r)")).as("summaries").isEqualTo(1);
    }

    @Test
    void shouldRejectAMissingDirectory() {
        assertThatThrownBy(() -> importer.importDirectory(tmp.resolve("nowhere")))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("nowhere")
                .hasMessageContaining("does not exist");
    }

    @Test
    void shouldRejectAMissingFile() throws IOException {
        Files.copy(fixture().resolve(AtopImporter.ALLIANCE_FILE), tmp.resolve(AtopImporter.ALLIANCE_FILE));

        assertThatThrownBy(() -> importer.importDirectory(tmp)).isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining(AtopImporter.MEMBER_FILE).hasMessageContaining("missing");
    }

    @Test
    void shouldRejectAHeaderWithoutANeededColumn() throws IOException {
        Files.copy(fixture().resolve(AtopImporter.ALLIANCE_FILE), tmp.resolve(AtopImporter.ALLIANCE_FILE));
        List<String> lines = Files.readAllLines(fixture().resolve(AtopImporter.MEMBER_FILE));
        lines.set(0, lines.get(0).replace(",yrent,", ",year_entered,"));
        Files.write(tmp.resolve(AtopImporter.MEMBER_FILE), lines);

        assertThatThrownBy(() -> importer.importDirectory(tmp)).isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining(AtopImporter.MEMBER_FILE).hasMessageContaining("yrent");
        assertThat(count("MATCH (n) WHERE NOT n:SchemaVersion RETURN count(n)")).as("nothing written").isZero();
    }

    @Test
    void shouldRejectARowWithTheWrongNumberOfFields() throws IOException {
        Files.copy(fixture().resolve(AtopImporter.MEMBER_FILE), tmp.resolve(AtopImporter.MEMBER_FILE));
        List<String> lines = Files.readAllLines(fixture().resolve(AtopImporter.ALLIANCE_FILE));
        lines.set(2, lines.get(2) + ",1");
        Files.write(tmp.resolve(AtopImporter.ALLIANCE_FILE), lines);

        assertThatThrownBy(() -> importer.importDirectory(tmp)).isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("line 3");
    }


    // --- the real ATOP v4 files ------------------------------------------------------------------------------------

    @Test
    void shouldLoadTheRealAtopData() {
        Path dir = Path.of(System.getProperty("entente.shared.dir", "../shared"), "data", "atop");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve(AtopImporter.ALLIANCE_FILE)),
                "the ATOP v4 files are not at " + dir.toAbsolutePath() + " (set -Dentente.shared.dir)");

        long started = System.nanoTime();
        var s = importer.importDirectory(dir);
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("ATOP real import: %d alliances, %d memberships, %d facts, %d skipped, unmapped %s,"
                + " %d ms%n", s.alliances(), s.members(), s.facts(), s.skipped(), s.unmappedCodes(), ms);

        assertThat(s.alliances()).isGreaterThan(700);
        assertThat(s.unmappedCodes()).as("cow-iso3.csv covers every code of the data").isEmpty();
        assertThat(count("MATCH (f:Fact {source: 'dataset', sourceId: 'atop'}) RETURN count(f)"))
                .isEqualTo(s.facts());

        // the 1961 Sino-North Korean Treaty of Friendship, Cooperation and Mutual Assistance
        Node chnPrk = fact("atop-3445-CHN-PRK-DEFENSE_PACT");
        assertThat(chnPrk.get("date").asString()).isEqualTo("1961-07-11");
        assertThat(chnPrk.get("status").asString()).isEqualTo("active");
        assertThat(chnPrk.get("defense").asBoolean()).isTrue();
        assertThat(chnPrk.get("bilateral").asBoolean()).isTrue();
        assertThat(chnPrk.get("sentence").asString())
                .isEqualTo("ATOP alliance 3445 (1961): defence pact between China and North Korea");
        assertThat(summary("DEFENSE_PACT_WITH", "CHN", "PRK").get("datasets").asList()).containsExactly("atop");

        // NATO (ATOP 3180): every pair of founding members has a defence pact from 4 April 1949
        List<String> founders = List.of("BEL", "CAN", "DNK", "FRA", "GBR", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT",
                "USA");
        for (int i = 0; i < founders.size(); i++) {
            for (int j = i + 1; j < founders.size(); j++) {
                String a = founders.get(i);
                String b = founders.get(j);
                Node f = fact("atop-3180-" + a + "-" + b + "-DEFENSE_PACT");
                assertThat(f.get("date").asString()).as(a + "-" + b).isEqualTo("1949-04-04");
                assertThat(f.get("endDate").isNull()).as(a + "-" + b + " still in force").isTrue();
                Relationship r = summary("DEFENSE_PACT_WITH", a, b);
                assertThat(r.get("datasets").asList()).containsExactly("atop");
                assertThat(r.get("sources").asList()).containsExactly("atop");
                assertThat(r.get("validFrom").asString()).as(a + "-" + b).isLessThanOrEqualTo("1949-04-04");
                // an alliance the pair also had that ended (SEATO, CENTO) must not close a pact still in force
                assertThat(r.get("status").asString()).as(a + "-" + b).isEqualTo("active");
                assertThat(r.get("validTo").isNull()).as(a + "-" + b).isTrue();
            }
        }
        // West Germany (COW 260, 1955) and united Germany (COW 255, 1990) are one member, DEU
        Node deu = fact("atop-3180-DEU-USA-DEFENSE_PACT");
        assertThat(deu.get("date").asString()).startsWith("195");
        assertThat(deu.get("endDate").isNull()).isTrue();

        // pacts that ended: East Germany's Warsaw Pact and bilateral treaties with Poland all ended in 1990
        Relationship ddrPol = summary("DEFENSE_PACT_WITH", "DDR", "POL");
        assertThat(ddrPol.get("validFrom").asString()).isEqualTo("1955-05-14");
        assertThat(ddrPol.get("validTo").asString()).isEqualTo("1990-10-03");
        assertThat(ddrPol.get("status").asString()).isEqualTo("ended");
        assertThat(ddrPol.get("factCount").asInt()).isEqualTo(3);
        assertThat(ddrPol.get("sourceCount").asInt()).as("one dataset, however many treaties").isEqualTo(1);
    }

    private String snapshot() {
        return GraphSnapshot.of(driver);
    }
}
