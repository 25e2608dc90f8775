package org.entente.extract;

/** A stretch of the original text: {@code text.substring(start, end)} equals {@code text}. */
public record Span(int start, int end, String text) {}
