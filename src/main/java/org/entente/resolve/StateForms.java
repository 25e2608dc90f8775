package org.entente.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The extra ways a state is named: capitals and seats (metonymy), demonyms, and aliases that need context. */
public record StateForms(Map<String, List<String>> capitals, Map<String, List<String>> seats,
                         Map<String, List<String>> demonyms, Set<String> ambiguous) {}
