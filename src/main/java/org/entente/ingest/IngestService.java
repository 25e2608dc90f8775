package org.entente.ingest;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.entente.extract.Extraction;
import org.entente.extract.Extractor;
import org.entente.extract.UnsupportedLanguageException;
import org.entente.graph.ArticleNode;
import org.entente.graph.GraphWriter;
import org.entente.graph.WriteResult;

/**
 * Article intake: validate, extract, write. Every front end (REST, CLI, a queue consumer) comes through here, so
 * they all get the same checks, ids and transactional writes.
 */
@Singleton
public class IngestService {

    private final Extractor extractor;
    private final GraphWriter writer;
    private final IngestConfig config;
    private final ArticleMapper mapper;

    IngestService(Extractor extractor, GraphWriter writer, IngestConfig config) {
        this.extractor = extractor;
        this.writer = writer;
        this.config = config;
        this.mapper = new ArticleMapper(extractor.catalog());
    }

    /** Extracts without writing anything. */
    public Extraction extract(ArticleInput input) {
        ArticleValidator.Checked a = ArticleValidator.check(input, config.maxArticleChars());
        return extract(a);
    }

    /**
     * Ingests a batch: bad articles are reported and skipped, the good ones written in transactions of
     * {@code entente.ingest.write-batch-size}.
     */
    public List<IngestResult> ingest(List<ArticleInput> inputs) {
        if (inputs.size() > config.maxBatchArticles()) {
            throw new InvalidArticleException(inputs.size() + " articles in one request; the limit is "
                    + config.maxBatchArticles() + " (entente.ingest.max-batch-articles): split the batch", true);
        }
        IngestResult[] results = new IngestResult[inputs.size()];
        List<Prepared> ready = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            try {
                ready.add(prepare(i, inputs.get(i)));
            } catch (InvalidArticleException e) {
                results[i] = IngestResult.rejected(i, e.getMessage());
            }
        }
        int size = Math.max(1, config.writeBatchSize());
        for (int from = 0; from < ready.size(); from += size) {
            List<Prepared> chunk = ready.subList(from, Math.min(ready.size(), from + size));
            List<WriteResult> written = writer.writeArticles(chunk.stream().map(Prepared::node).toList());
            for (Prepared p : chunk) {
                WriteResult w = written.stream().filter(r -> r.articleId().equals(p.node().id())).findFirst()
                        .orElseThrow();
                results[p.index()] = new IngestResult(p.index(), w.articleId(), p.node().lang(), w.outcome(),
                        w.entities(), w.facts(), null);
            }
        }
        return List.of(results);
    }

    /** Ingests one article; a bad one throws {@link InvalidArticleException} (too large: flagged as such). */
    public IngestResult ingestOne(ArticleInput input) {
        Prepared p = prepare(0, input);
        WriteResult w = writer.writeArticles(List.of(p.node())).get(0);
        return new IngestResult(0, w.articleId(), p.node().lang(), w.outcome(), w.entities(), w.facts(), null);
    }

    /** Validates and extracts one article, ready to write. */
    public Prepared prepare(int index, ArticleInput input) {
        ArticleValidator.Checked a = ArticleValidator.check(input, config.maxArticleChars());
        Extraction x = extract(a);
        String id = ArticleIds.articleId(a.url(), a.text());
        return new Prepared(index, mapper.toNode(id, a, x));
    }

    private Extraction extract(ArticleValidator.Checked a) {
        try {
            return extractor.extract(a.text(), a.lang(), a.published());
        } catch (UnsupportedLanguageException e) {
            throw new InvalidArticleException(e.getMessage());
        }
    }

    /** An article checked and extracted, not yet written. */
    public record Prepared(int index, ArticleNode node) {
    }
}
