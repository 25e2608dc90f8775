package org.entente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads articles from files: {@code .txt} (optional front matter, then the headline line, then the body),
 * {@code .json} (one article or an array), {@code .jsonl}/{@code .ndjson} (one per line) and {@code .html} (main
 * text by jsoup). Directories are walked, files in name order. A bad file or line is reported, never fatal.
 */
public final class ArticleFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleFiles() {
    }

    /** An article read from {@code origin} (a file, or file:line), or the reason it could not be read. */
    public record Item(String origin, ArticleInput article, String error) {
    }

    /** The files under the given paths that this reader understands, in a stable order. */
    public static List<Path> files(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IOException("no such file or directory: " + p);
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ArticleFiles::supported).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    public static boolean supported(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson")
                || n.endsWith(".html") || n.endsWith(".htm");
    }

    /** Every article of one file. */
    public static List<Item> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String content;
        try {
            content = readUtf8(file);
        } catch (IOException e) {
            return List.of(new Item(file.toString(), null, "cannot read: " + e.getMessage()));
        }
        try {
            if (name.endsWith(".txt")) {
                return List.of(new Item(file.toString(), parseText(content), null));
            }
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return List.of(new Item(file.toString(), parseHtml(content), null));
            }
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return parseLines(file.toString(), content);
            }
            if (name.endsWith(".json")) {
                return parseJson(file.toString(), content);
            }
            return List.of(new Item(file.toString(), null, "unsupported file type: use .txt, .json, .jsonl, "
                    + ".ndjson or .html"));
        } catch (IOException | RuntimeException e) {
            return List.of(new Item(file.toString(), null, e.getMessage()));
        }
    }

    /**
     * A text article: optional front matter between {@code ---} lines ({@code key: value} for url, published, lang,
     * source, title), then the headline (the title, unless front matter gave one) and the body. The text keeps the
     * headline, since headlines assert facts too.
     */
    public static ArticleInput parseText(String content) {
        String s = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String url = null;
        String published = null;
        String lang = null;
        String source = null;
        String title = null;
        if (s.startsWith("---")) {
            int end = s.indexOf("\n---", 3);
            if (end > 0) {
                for (String line : s.substring(3, end).split("\r?\n")) {
                    int colon = line.indexOf(':');
                    if (colon <= 0) {
                        continue;
                    }
                    String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    String value = line.substring(colon + 1).strip();
                    switch (key) {
                        case "url" -> url = value;
                        case "published", "date" -> published = value;
                        case "lang", "language" -> lang = value;
                        case "source" -> source = value;
                        case "title" -> title = value;
                        default -> { }
                    }
                }
                int next = s.indexOf('\n', end + 1);
                s = next < 0 ? "" : s.substring(next + 1);
            }
        }
        String body = s.strip();
        if (title == null) {
            int nl = body.indexOf('\n');
            title = (nl < 0 ? body : body.substring(0, nl)).strip();
        }
        return new ArticleInput(body, url, title, published, lang, source);
    }

    /** The main text of an HTML page: the article element if there is one, paragraphs kept apart. */
    public static ArticleInput parseHtml(String html) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(attr(doc, "meta[property=og:title]", "content"), doc.title(),
                doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text());
        String published = firstNonBlank(attr(doc, "meta[property=article:published_time]", "content"),
                attr(doc, "time[datetime]", "datetime"), attr(doc, "meta[name=date]", "content"));
        if (published != null && published.length() > 10) {
            published = published.substring(0, 10);
        }
        String lang = doc.selectFirst("html[lang]") == null ? null
                : doc.selectFirst("html[lang]").attr("lang").toLowerCase(Locale.ROOT);
        if (lang != null && lang.length() > 2) {
            lang = lang.substring(0, 2);
        }
        if (lang != null && !ArticleValidator.LANGUAGES.contains(lang)) {
            lang = null; // let detection decide rather than reject a page over its markup
        }
        String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), attr(doc, "meta[property=og:url]",
                "content"));
        Element root = firstNonNull(doc.selectFirst("article"), doc.selectFirst("main"), doc.body());
        StringBuilder text = new StringBuilder();
        if (title != null) {
            text.append(title).append("\n\n");
        }
        if (root != null) {
            root.select("script, style, nav, header, footer, aside, form, figure").remove();
            var paragraphs = root.select("p, h2, h3, li, blockquote");
            if (paragraphs.isEmpty()) {
                text.append(root.text());
            } else {
                paragraphs.forEach(p -> {
                    if (!p.text().isBlank()) {
                        text.append(p.text()).append("\n\n");
                    }
                });
            }
        }
        return new ArticleInput(text.toString().strip(), url, title, published, lang, null);
    }

    static List<Item> parseJson(String origin, String content) throws IOException {
        JsonNode root = JSON.readTree(content);
        List<Item> items = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                items.add(fromNode(origin + "[" + i + "]", root.get(i)));
            }
        } else {
            items.add(fromNode(origin, root));
        }
        return items;
    }

    static List<Item> parseLines(String origin, String content) {
        List<Item> items = new ArrayList<>();
        String[] lines = content.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = origin + ":" + (i + 1);
            try {
                items.add(fromNode(where, JSON.readTree(lines[i])));
            } catch (IOException e) {
                items.add(new Item(where, null, "malformed JSON line"));
            }
        }
        return items;
    }

    private static Item fromNode(String origin, JsonNode n) {
        if (n == null || !n.isObject()) {
            return new Item(origin, null, "not a JSON object with a \"text\" field");
        }
        return new Item(origin, new ArticleInput(text(n, "text"), text(n, "url"), text(n, "title"),
                text(n, "published"), text(n, "lang"), text(n, "source")), null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String readUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8 text");
        }
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(attr);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
