package org.entente.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes an NDJSON corpus of N articles for ingestion benchmarks: our own gold and demo articles (three
 * languages, ~250 words), each copy with its own URL and date so every line is a distinct article.
 *
 * <pre>java ... org.entente.bench.CorpusGenerator 2000 target/bench/corpus.jsonl</pre>
 */
public final class CorpusGenerator {

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        List<String[]> sources = new ArrayList<>();
        for (String dir : List.of("src/test/resources/gold/ar", "src/test/resources/gold/en",
                "src/test/resources/gold/fr", "src/main/resources/demo")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(p);
                    if (text.startsWith("---")) {
                        text = text.substring(text.indexOf("\n---", 3) + 4).strip();
                    }
                    sources.add(new String[] {p.getFileName().toString(), text});
                }
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        ObjectMapper json = new ObjectMapper();
        LocalDate start = LocalDate.of(2018, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            for (int i = 0; i < n; i++) {
                String[] s = sources.get(i % sources.size());
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("url", "https://bench.entente.local/" + i + "/" + s[0]);
                a.put("published", start.plusDays(i % 3000).toString());
                a.put("text", s[1]);
                w.write(json.writeValueAsString(a));
                w.newLine();
            }
        }
        System.out.println("wrote " + n + " articles to " + out);
    }
}
