package org.entente.resolve;

/** An office held by a person: {@code of} is a state ISO3 id or an organization code; dates as written in the catalog. */
public record Office(String of, String title, String role, String from, String to) {}
