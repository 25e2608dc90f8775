package org.entente.extract;

/** The text gives a person a title of a state or organization (becomes a HOLDS_OFFICE fact). */
record OfficeClaim(EntityRef person, EntityRef of, String role, int from, int to, double confidence) {}
