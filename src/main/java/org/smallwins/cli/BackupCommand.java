package org.smallwins.cli;

import java.nio.file.Path;
import org.smallwins.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "backup",
        description = "Write a consistent copy of the database to a new zip file (encrypted if the database is).")
final class BackupCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The zip file to write; it must not exist yet.")
    Path file;

    @Option(names = "--db", description = "Database path (default: SMALLWINS_DB, then data/smallwins).")
    String db;

    @Override
    public Integer call() {
        Settings settings = terminal.settings();
        try (Database database = Database.open(settings.databasePath(db), settings.databaseKey())) {
            database.backupTo(file);
        }
        terminal.out()
                .println("Backup written to " + file.toAbsolutePath().normalize() + ". Restore it with ./bot restore "
                        + file + " --db NEW_PATH.");
        return 0;
    }
}
