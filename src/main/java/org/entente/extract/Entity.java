package org.entente.extract;

import java.util.List;

/** An entity found in an article. kind: "State" | "Person" | "Organization"; spans index the original text. */
public record Entity(String id, String kind, String name, int mentions, boolean catalogued, List<Span> spans) {}
