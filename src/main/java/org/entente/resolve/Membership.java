package org.entente.resolve;

/** A state's membership of an organization, with the catalog's dates (null when unknown / still a member). */
public record Membership(String state, String organization, String from, String to) {}
