package org.entente.cli;

import io.quarkus.runtime.Quarkus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.graph.GraphConfig;
import org.entente.graph.GraphAdmin;
import org.entente.ingest.DemoCorpus;
import org.entente.ingest.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the REST API and dashboard until stopped (Ctrl+C or SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the REST API and the dashboard (the default command).")
public class ServeCommand implements Runnable {

    @Option(names = "--demo", description = "load the demo corpus first when the graph has no articles")
    boolean demo;

    private final GraphConfig graph;
    private final GraphAdmin admin;
    private final IngestService ingest;
    private final String host;
    private final int port;

    ServeCommand(GraphConfig graph, GraphAdmin admin, IngestService ingest, @ConfigProperty(name = "quarkus.http.host") String host,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        this.graph = graph;
        this.admin = admin;
        this.ingest = ingest;
        this.host = host;
        this.port = port;
    }

    @Override
    public void run() {
        if (demo) {
            loadDemo();
        }
        String base = "http://" + host + ":" + port;
        System.out.println();
        System.out.println("Entente is running.");
        System.out.println("  Dashboard      " + base + "/");
        System.out.println("  API (Swagger)  " + base + "/q/swagger-ui");
        System.out.println("  Health         " + base + "/q/health/ready");
        if (graph.embedded()) {
            System.out.println("  Neo4j (Bolt)   bolt://" + graph.boltAddress() + "   data in "
                    + graph.dataDir().toAbsolutePath().normalize());
        }
        System.out.println("Press Ctrl+C to stop.");
        Quarkus.waitForExit();
    }

    private void loadDemo() {
        if (admin.articleCount() > 0) {
            System.out.println("Demo: the graph already has articles; nothing loaded.");
            return;
        }
        long started = System.nanoTime();
        var results = ingest.ingest(DemoCorpus.articles());
        long facts = results.stream().mapToLong(r -> r.facts()).sum();
        System.out.printf("Demo: %d articles and %d facts loaded in %.1f s.%n", results.size(), facts,
                (System.nanoTime() - started) / 1e9);
    }
}
