package org.smallwins.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.smallwins.storage.DatabaseCopies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "encrypt-db",
        description = "Encrypt an existing plain database with the key in SMALLWINS_DB_KEY (stop the bot first).")
final class EncryptDbCommand extends Subcommand {
    @Option(names = "--db", description = "Database path (default: SMALLWINS_DB, then data/smallwins).")
    String db;

    @Override
    public Integer call() {
        Settings settings = terminal.settings();
        Optional<String> key = settings.databaseKey();
        if (key.isEmpty()) {
            terminal.err().println("bot encrypt-db: set SMALLWINS_DB_KEY to the key to encrypt the database with.");
            return 2;
        }
        Path path = settings.databasePath(db);
        DatabaseCopies.encrypt(path, key.get());
        terminal.out()
                .println("Encrypted " + path + ".mv.db. From now on it opens only with this SMALLWINS_DB_KEY:"
                        + " keep the key safe and apart from the file (without it the data cannot be read).");
        return 0;
    }
}
