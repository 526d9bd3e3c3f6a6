package org.smallwins.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.smallwins.console.ConsoleChat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "chat", description = "The review in the terminal, as one local person (reads stdin line by line).")
final class ChatCommand extends Subcommand {
    @Option(names = "--db", description = "Database path (default: SMALLWINS_DB, then data/smallwins).")
    String db;

    @Override
    public Integer call() {
        BufferedReader in = new BufferedReader(new InputStreamReader(terminal.in(), StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(terminal.out(), true, StandardCharsets.UTF_8);
        return chat(terminal.settings(), db, terminal.models(), in, out, terminal.interactive());
    }

    /**
     * The chat over {@code in} and {@code out} until end of input or /quit; the exit code. Tests hand in
     * models they loaded once ({@code models}); the command loads them after the database opens.
     */
    static int chat(
            Settings settings,
            String db,
            Supplier<Core> models,
            BufferedReader in,
            PrintStream out,
            boolean interactive) {
        try (App app = App.open(settings, db, models)) {
            // Files a reply carries (an export, a chart) go beside the database, where the person's data already is.
            Path files = settings.databasePath(db).toAbsolutePath().getParent().resolve("files");
            ConsoleChat chat =
                    new ConsoleChat(app.conversation(), app.outbox, files, in, out, Clock.systemUTC(), interactive);
            app.onQueued(personKey -> chat.showWaiting());
            app.startJobs(Clock.systemUTC());
            return chat.run();
        }
    }
}
