package org.entente.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the {@code .cypher} files of {@code cypher/} (shipped on the classpath). Statements are loaded once and
 * cached; a missing file fails loudly at first use, which the start-up checks trigger for every file the code names.
 */
public final class CypherLibrary {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The whole text of {@code cypher/<path>}. */
    public String text(String path) {
        return cache.computeIfAbsent(path, CypherLibrary::read);
    }

    /** The statements of a file, split on semicolons that end a line; comment lines removed. */
    public List<String> statements(String path) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text(path).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                result.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    /** Non-comment lines of a plain list file such as {@code schema/MIGRATIONS}. */
    public List<String> listing(String path) {
        return Arrays.stream(text(path).split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String read(String path) {
        String resource = "cypher/" + path;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Cypher file missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
