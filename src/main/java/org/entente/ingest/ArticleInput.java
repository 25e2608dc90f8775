package org.entente.ingest;

/**
 * An article as submitted: over REST, from a file, or from a queue. Only {@code text} is required.
 *
 * @param published ISO date ({@code 2025-09-02}) or date-time; relative dates in the text resolve against it
 * @param lang      {@code ar}, {@code en} or {@code fr}; detected when absent
 * @param source    who published it (an outlet or agency), kept on the Article node
 */
public record ArticleInput(String text, String url, String title, String published, String lang, String source) {
}
