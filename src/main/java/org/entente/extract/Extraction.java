package org.entente.extract;

import java.util.List;

/** What one article yields: its language, the entities it names and the facts it asserts. */
public record Extraction(String lang, List<Entity> entities, List<Fact> facts) {}
