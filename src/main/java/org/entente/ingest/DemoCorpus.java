package org.entente.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The articles shipped in {@code demo/} (listed in {@code demo/INDEX}), so a newcomer sees a populated graph. */
public final class DemoCorpus {

    private DemoCorpus() {
    }

    public static List<ArticleInput> articles() {
        List<ArticleInput> articles = new ArrayList<>();
        for (String line : resource("demo/INDEX").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                articles.add(ArticleFiles.parseText(resource("demo/" + name)));
            }
        }
        return articles;
    }

    private static String resource(String path) {
        try (InputStream in = DemoCorpus.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
