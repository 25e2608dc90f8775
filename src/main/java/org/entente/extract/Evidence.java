package org.entente.extract;

/** The sentence asserting a fact: {@code text.substring(start, end)} equals {@code sentence}. */
public record Evidence(String sentence, int start, int end, String trigger) {}
