package org.entente.resolve;

import java.util.List;
import java.util.Map;

/** A title from titles.json: its key, the ONTOLOGY role it implies and its surface forms per language. */
public record Title(String key, String role, Map<String, List<String>> forms) {}
