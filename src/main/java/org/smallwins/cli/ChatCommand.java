package org.smallwins.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.smallwins.console.ConsoleChat;
import org.smallwins.storage.Database;
import org.smallwins.storage.H2ReviewStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "chat", description = "The review in the terminal, as one local person (reads stdin line by line).")
final class ChatCommand implements Callable<Integer> {
    @Option(names = "--db", description = "Database path (default: SMALLWINS_DB, then data/smallwins).")
    String db;

    @Override
    public Integer call() {
        Settings settings = Settings.load();
        // The database first: a wrong key or a bad path is reported at once, before the models load.
        try (Database database = Database.open(settings.databasePath(db), settings.databaseKey())) {
            Core core = Core.load();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            ConsoleChat chat = new ConsoleChat(
                    core.conversation(new H2ReviewStore(database)),
                    in,
                    out,
                    Clock.systemUTC(),
                    System.console() != null);
            return chat.run();
        }
    }
}
