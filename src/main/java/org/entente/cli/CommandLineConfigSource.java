package org.entente.cli;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Fits the runtime to the command being run, before Quarkus starts anything: only {@code serve} opens the HTTP port,
 * and commands that work on text alone ({@code extract}, {@code eval}, any {@code --help}) start no database. So a
 * command run beside a live server neither steals its port nor its data directory.
 *
 * <p>The command line is read from {@code sun.java.command}, which the JVM sets for {@code java -jar}; when it is
 * absent (tests, IDEs) nothing is overridden. Ordinal 275: above application.properties, below environment
 * variables and system properties, so an operator can still override either key.
 */
public final class CommandLineConfigSource implements ConfigSource {

    private static final Set<String> TEXT_ONLY = Set.of("extract", "eval");
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version", "help");
    private static final Set<String> DATABASE = Set.of("ingest", "import", "rebuild", "check");

    private final Map<String, String> properties;

    public CommandLineConfigSource() {
        this(System.getProperty("sun.java.command", ""));
    }

    CommandLineConfigSource(String javaCommand) {
        this.properties = Map.copyOf(propertiesFor(arguments(javaCommand)));
    }

    /** The arguments after the jar or main class. */
    static List<String> arguments(String javaCommand) {
        List<String> words = Arrays.asList(javaCommand.trim().split("\\s+"));
        return words.isEmpty() ? List.of() : words.subList(1, words.size());
    }

    static Map<String, String> propertiesFor(List<String> args) {
        Map<String, String> p = new HashMap<>();
        if (args.isEmpty()) {
            return p;
        }
        String command = args.get(0);
        boolean help = args.stream().anyMatch(HELP::contains);
        if (help || TEXT_ONLY.contains(command)) {
            p.put("quarkus.http.host-enabled", "false");
            p.put("entente.runtime.database", "false");
        } else if (DATABASE.contains(command)) {
            p.put("quarkus.http.host-enabled", "false");
        }
        if (args.contains("--to-kafka")) {
            // publishing needs the producer, not the graph
            p.put("entente.intake.kafka.publish", "true");
            p.put("entente.runtime.database", "false");
        }
        if (!p.isEmpty()) {
            // a one-shot command prints its own output; start-up chatter would only get in the way
            p.put("quarkus.banner.enabled", "false");
            p.put("quarkus.log.level", "WARN");
        }
        return p;
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public java.util.Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "entente-command-line";
    }

    @Override
    public int getOrdinal() {
        return 275;
    }
}
