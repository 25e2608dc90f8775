package org.entente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Correlates of War country codes → ISO 3166-1 alpha-3 (or a project-local code for states that no longer exist),
 * read from {@code atop/cow-iso3.csv} on the classpath ({@code cow,iso3,name,note}; the note is quoted when it
 * holds commas).
 */
final class AtopCodes {

    static final String RESOURCE = "atop/cow-iso3.csv";

    /** One mapped code: the state id and the name COW gives it. */
    record State(String id, String name) {
    }

    private final Map<Integer, State> byCow;

    private AtopCodes(Map<Integer, State> byCow) {
        this.byCow = byCow;
    }

    static AtopCodes fromClasspath() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = AtopCodes.class.getClassLoader();
        }
        try (InputStream in = cl.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<Integer, State> map = new LinkedHashMap<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = reader.readLine(); // header
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                var f = AtopCsv.split(line, RESOURCE, lineNo);
                if (f.size() < 3) {
                    throw new IllegalStateException(RESOURCE + ", line " + lineNo + ": expected cow,iso3,name");
                }
                map.put(Integer.parseInt(f.get(0).trim()), new State(f.get(1).trim(), f.get(2).trim()));
            }
            return new AtopCodes(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The state behind a COW code, or null when the table doesn't know it. */
    State state(int cow) {
        return byCow.get(cow);
    }
}
