package org.entente.extract.text;

/** A sentence as a token range [from, to) and its offsets in the original text. */
public record Sentence(int from, int to, int start, int end) {}
