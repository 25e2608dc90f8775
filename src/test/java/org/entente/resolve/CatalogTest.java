package org.entente.resolve;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogTest {
    private final Catalog c = Catalog.fromClasspath();

    @Test
    void loadsEveryKind() {
        assertThat(c.find("RUS")).get().extracting(CatalogEntity::kind, CatalogEntity::region).containsExactly("State", "Europe");
        assertThat(c.find("NATO")).get().extracting(CatalogEntity::kind).isEqualTo("Organization");
        assertThat(c.find("Vladimir Putin")).get().extracting(CatalogEntity::kind).isEqualTo("Person");
        assertThat(c.titles()).containsKeys("president", "prime_minister", "foreign_minister", "spokesperson");
        assertThat(c.stateForms("USA").seats().get("en")).isNotEmpty();
    }

    @Test
    void officeHoldersByDate() {
        assertThat(c.holders("USA", "president", LocalDate.of(2023, 6, 1))).extracting(CatalogEntity::id).first().isEqualTo("Joe Biden");
        assertThat(c.holders("USA", "president", LocalDate.of(2025, 6, 1))).extracting(CatalogEntity::id).first().isEqualTo("Donald Trump");
        assertThat(c.holders("USA", "president", LocalDate.of(2025, 1, 20))).extracting(CatalogEntity::id).first().isEqualTo("Donald Trump");
    }

    @Test
    void membershipsBothWays() {
        assertThat(c.find("FIN").get().memberships()).extracting(Membership::organization).contains("NATO");
        assertThat(Dates.covers("2023-04-04", null, LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(Dates.covers("2023", "2023-06", LocalDate.of(2023, 6, 30))).isTrue();
        assertThat(Dates.covers("2023", "2023-06", LocalDate.of(2023, 7, 1))).isFalse();
    }

    @Test
    void shippedCatalogHasNoDanglingIds() {
        // no duplicate id (the Non-Aligned Movement was NAM, Namibia's code, and was dropped); every office,
        // membership, organ and seat points at an entity of the right kind, every title is known
        assertThat(c.problems()).isEmpty();
        assertThat(c.find("NAM")).get().extracting(CatalogEntity::kind).isEqualTo("State");
        assertThat(c.find("NON_ALIGNED")).get().extracting(CatalogEntity::kind).isEqualTo("Organization");
    }

    @Test
    void reportsIdsThatPointNowhere() {
        Catalog broken = Catalog.fromClasspath("catalog-broken");
        assertThat(broken.problems()).containsExactlyInAnyOrder(
                "Jane Doe: office of John Roe",
                "Jane Doe: unknown title grand_vizier",
                "CLUB: member ORGAN is no state",
                "ORGAN: organ of unknown NOBODY",
                "[CLUB]: seat in unknown state ATLANTIS");
        // what is sound still loads
        assertThat(broken.find("FRA")).isPresent();
    }
}
