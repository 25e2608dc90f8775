package org.entente.extract;

/**
 * A resolved mention usable as a fact argument, over tokens [from, to). A person mention carries its person and,
 * in {@code stateId}, the state (or organization) it acts for; a state or organization mention only the latter.
 */
final class Arg {
    final int from;
    final int to;
    final String via;          // NAME, CAPITAL, SEAT, DEMONYM, ORG, SURNAME, TITLE, COUNTERPART, ANAPHOR
    String personId;
    String personName;
    boolean personCatalogued = true;
    /** An uncatalogued name romanised from Arabic: a guess at an id, kept out of relation facts. */
    boolean romanised;
    String stateId;            // state or organization id
    String stateKind;          // "State" | "Organization"
    String clitic = "";
    String titleKey;
    /** The text names the person (not only a title resolved to its holder). */
    boolean named;

    Arg(int from, int to, String via) {
        this.from = from;
        this.to = to;
        this.via = via;
    }

    boolean isPerson() {
        return personId != null;
    }

    @Override
    public String toString() {
        return (personId != null ? personId + "/" : "") + stateId + "@" + from + "-" + to + ":" + via;
    }
}
