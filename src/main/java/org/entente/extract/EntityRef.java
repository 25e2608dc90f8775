package org.entente.extract;

/** A fact's argument. */
public record EntityRef(String id, String kind, String name) {}
