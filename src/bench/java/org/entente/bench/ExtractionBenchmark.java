package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.entente.extract.Extraction;
import org.entente.extract.Extractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput on one core: the whole pipeline (language, normalisation, mentions, resolution, relation
 * rules, modality, dates) over our own gold articles (~250 words each), one language at a time. Score = articles/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class ExtractionBenchmark {

    @Param({"ar", "en", "fr"})
    public String lang;

    private Extractor extractor;
    private List<String> articles;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        extractor = Extractor.fromClasspath();
        articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/gold", lang))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readString(p));
            }
        }
    }

    /** Recognition, resolution and relation extraction of one article. */
    @Benchmark
    public Extraction extractArticle() {
        String text = articles.get(next++ % articles.size());
        return extractor.extract(text, lang, LocalDate.of(2025, 6, 1));
    }

    /** The same article with language detection instead of a given language. */
    @Benchmark
    public Extraction extractArticleDetectingLanguage() {
        String text = articles.get(next++ % articles.size());
        return extractor.extract(text, null, LocalDate.of(2025, 6, 1));
    }
}
