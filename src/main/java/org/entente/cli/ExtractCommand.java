package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.extract.Extraction;
import org.entente.ingest.ArticleFiles;
import org.entente.ingest.ArticleInput;
import org.entente.ingest.IngestService;
import org.entente.ingest.InvalidArticleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints what the extractor finds in one article, as the JSON of POST /api/extract. Writes nothing. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities and facts from one article (a .txt/.html file, or - for standard input) "
                + "and print them as JSON. Nothing is written to the graph.")
public class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE|-", description = "the article; - reads standard input")
    String file;

    @Option(names = "--lang", description = "ar, en or fr (detected when absent)")
    String lang;

    @Option(names = "--published", description = "publication date, YYYY-MM-DD, for relative dates")
    String published;

    private final IngestService ingest;

    ExtractCommand(IngestService ingest) {
        this.ingest = ingest;
    }

    @Override
    public Integer call() throws IOException {
        ArticleInput in;
        if (file.equals("-")) {
            in = ArticleFiles.parseText(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
        } else {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p)) {
                System.err.println("entente extract: no such file: " + file);
                return 2;
            }
            var items = ArticleFiles.read(p);
            if (items.isEmpty() || items.get(0).error() != null) {
                System.err.println("entente extract: " + file + ": "
                        + (items.isEmpty() ? "no article" : items.get(0).error()));
                return 2;
            }
            in = items.get(0).article();
        }
        in = new ArticleInput(in.text(), in.url(), in.title(), published != null ? published : in.published(),
                lang != null ? lang : in.lang(), in.source());
        try {
            Extraction x = ingest.extract(in);
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .setSerializationInclusion(JsonInclude.Include.NON_NULL);
            System.out.println(json.writeValueAsString(x));
            return 0;
        } catch (InvalidArticleException e) {
            System.err.println("entente extract: " + e.getMessage());
            return 2;
        }
    }
}
