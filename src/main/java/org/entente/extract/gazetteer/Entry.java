package org.entente.extract.gazetteer;

/**
 * What a catalog alias stands for. {@code id} is an entity id, or a title key for TITLE entries.
 * {@code needUpper}: en/fr proper names match only when written with a capital; {@code acronym}: all-capital
 * aliases (US, UN, AU) match only all-capital text, so "us", "un" and "au" stay words.
 */
public record Entry(Kind kind, String id, String lang, boolean needUpper, boolean acronym, boolean ambiguous) {
    public enum Kind { PERSON, ORG, STATE, CAPITAL, SEAT, DEMONYM, SURNAME, TITLE, COUNTERPART, TAIL, PAIR_PERSONS, PAIR_STATES, TRIPLE_STATES, ORG_ANAPHOR }
}
