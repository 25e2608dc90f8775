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
}
