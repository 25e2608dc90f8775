package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.entente.graph.EmbeddedGraphResource;
import org.junit.jupiter.api.Test;

@QuarkusMainTest
@QuarkusTestResource(value = EmbeddedGraphResource.class, restrictToAnnotatedClass = true)
class CommandLineTest {

    static final String MIXED = "src/test/resources/ingest/mixed";

    @Test
    @Launch({"--help"})
    void shouldListEveryCommand(LaunchResult result) {
        assertThat(result.getOutput()).contains("serve", "extract", "eval", "ingest", "rebuild");
    }

    @Test
    @Launch({"extract", MIXED + "/01-pact.txt"})
    void shouldPrintTheExtractionOfAFileAsJson(LaunchResult result) {
        assertThat(result.getOutput()).contains("\"lang\" : \"en\"", "\"id\" : \"RUS\"", "\"id\" : \"PRK\"",
                "\"facts\"");
    }

    @Test
    @Launch(value = {"extract", "no/such/file.txt"}, exitCode = 2)
    void shouldRefuseAMissingFileWithOneLine(LaunchResult result) {
        assertThat(result.getErrorOutput()).contains("no such file: no/such/file.txt");
    }

    @Test
    @Launch({"eval", "src/test/resources/gold/en"})
    void shouldScoreGoldFilesOverallPerTypeAndPerLanguage(LaunchResult result) {
        assertThat(result.getOutput()).contains("TOTAL precision=", "lang=en", "MEETING");
    }

    @Test
    @Launch(value = {"ingest", MIXED}, exitCode = 1)
    void shouldIngestEveryReadableArticleAndReportTheRest(LaunchResult result) {
        // exit code 1: some files were bad; the good articles are in the graph all the same
        assertThat(result.getOutput()).contains("5 files", "8 articles", "5 created", "3 errors");
        assertThat(result.getErrorOutput()).contains("02-batch.json[1]: text is empty", "03-lines.jsonl:2",
                "05-junk.txt: cannot read: not valid UTF-8");
    }

    @Test
    @Launch(value = {"ingest", "--to-kafka", MIXED + "/01-pact.txt"}, exitCode = 2)
    void shouldRefuseToPublishWhileTheKafkaIntakeIsOff(LaunchResult result) {
        assertThat(result.getErrorOutput()).contains("the Kafka intake is off", "entente.intake.kafka.enabled=true");
    }

    @Test
    @Launch({"rebuild"})
    void shouldRebuildSummaries(LaunchResult result) {
        assertThat(result.getOutput()).containsPattern("Rebuilt \\d+ summary relationships in \\d+ ms");
    }
}
