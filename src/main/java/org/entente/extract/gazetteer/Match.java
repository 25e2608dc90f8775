package org.entente.extract.gazetteer;

import java.util.List;

/** A gazetteer hit over tokens [from, to); {@code clitic} is the Arabic proclitic string stripped from the first token. */
public record Match(int from, int to, List<Entry> entries, String clitic) {}
