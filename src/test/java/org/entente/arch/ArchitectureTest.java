package org.entente.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md: api/cli → ingest → extract → resolve; ingest → graph; nothing points back. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        // the predefined DO_NOT_INCLUDE_TESTS knows only target/test-classes; builds may use another directory
        // (-Dentente.build.dir=...), so any test-classes folder is left out
        ImportOption mainOnly = location -> !location.contains("/test-classes/");
        classes = new ClassFileImporter().withImportOption(mainOnly).importPackages("org.entente");
    }

    @Test
    void extractAndResolveStayPlainJava() {
        noClasses().that().resideInAnyPackage("org.entente.extract..", "org.entente.resolve..")
                .should().dependOnClassesThat().resideInAnyPackage("org.entente.graph..", "org.entente.ingest..",
                        "org.entente.api..", "org.entente.cli..", "org.neo4j..", "io.quarkus..", "jakarta..")
                .check(classes);
    }

    @Test
    void resolveDoesNotKnowTheExtractor() {
        noClasses().that().resideInAPackage("org.entente.resolve..")
                .should().dependOnClassesThat().resideInAPackage("org.entente.extract..").check(classes);
    }

    @Test
    void graphKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("org.entente.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("org.entente.ingest..", "org.entente.api..",
                        "org.entente.cli..", "org.entente.extract..", "org.entente.resolve..")
                .check(classes);
    }

    @Test
    void ingestDoesNotDependOnTheFrontEnds() {
        noClasses().that().resideInAPackage("org.entente.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.entente.api..", "org.entente.cli..")
                .check(classes);
    }

    @Test
    void theFrontEndsReachTheDatabaseOnlyThroughTheGraphPackage() {
        noClasses().that().resideInAnyPackage("org.entente.api..", "org.entente.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.neo4j..").check(classes);
    }

    @Test
    void onlyTheGraphPackageTalksToNeo4j() {
        noClasses().that().resideOutsideOfPackage("org.entente.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.dbms..", "org.neo4j.configuration..",
                        "org.neo4j.graphdb..")
                .check(classes);
    }
}
