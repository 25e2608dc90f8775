package org.entente.cli;

import io.quarkus.runtime.Quarkus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.graph.GraphConfig;
import picocli.CommandLine.Command;

/** Runs the REST API and dashboard until stopped (Ctrl+C or SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the REST API and the dashboard (the default command).")
public class ServeCommand implements Runnable {

    private final GraphConfig graph;
    private final String host;
    private final int port;

    ServeCommand(GraphConfig graph, @ConfigProperty(name = "quarkus.http.host") String host,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        this.graph = graph;
        this.host = host;
        this.port = port;
    }

    @Override
    public void run() {
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
}
