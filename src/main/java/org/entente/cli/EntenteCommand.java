package org.entente.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

/** The one entry point: {@code java -jar quarkus-run.jar [command]}; without a command it serves. */
@TopCommand
@Command(name = "entente", mixinStandardHelpOptions = true, version = "Entente 0.1.0",
        description = "A knowledge graph of international relations from Arabic, English and French news.",
        subcommands = {ServeCommand.class, ExtractCommand.class, EvalCommand.class, IngestCommand.class,
                ImportCommand.class, RebuildCommand.class, CheckCommand.class})
public class EntenteCommand implements Runnable {

    private final ServeCommand serve;

    EntenteCommand(ServeCommand serve) {
        this.serve = serve;
    }

    @Override
    public void run() {
        serve.run();
    }
}
