package org.smallwins.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.smallwins.console.ConsoleChat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "chat", description = "The review in the terminal, as one local person (reads stdin line by line).")
final class ChatCommand implements Callable<Integer> {
    @Option(names = "--db", description = "Database path (default: SMALLWINS_DB, then data/smallwins).")
    String db;

    @Override
    public Integer call() {
        Settings settings = Settings.load();
        try (App app = App.open(settings, db)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            // Files a reply carries (an export, a chart) go beside the database, where the person's data already is.
            Path files = settings.databasePath(db).toAbsolutePath().getParent().resolve("files");
            ConsoleChat chat = new ConsoleChat(
                    app.conversation(), app.outbox, files, in, out, Clock.systemUTC(), System.console() != null);
            app.onQueued(personKey -> chat.showWaiting());
            app.startJobs(Clock.systemUTC());
            return chat.run();
        }
    }
}
