package org.entente.graph;

import java.util.List;

/**
 * An article with everything extracted from it, written in one go.
 *
 * @param contentHash hash of the normalised text: an unchanged article is not rewritten
 */
public record ArticleNode(String id, String url, String title, String lang, String published, String source,
        String contentHash, String text, List<EntityNode> entities, List<FactNode> facts) {
}
