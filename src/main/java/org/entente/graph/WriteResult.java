package org.entente.graph;

/**
 * What writing one article did.
 *
 * @param outcome {@code created}, {@code replaced} (a new version of the same id) or {@code unchanged}
 */
public record WriteResult(String articleId, String outcome, int entities, int facts) {
}
