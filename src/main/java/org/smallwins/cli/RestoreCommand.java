package org.smallwins.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.smallwins.storage.DatabaseCopies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "restore",
        description = "Restore a backup zip to a database path that does not exist yet, and check that it opens.")
final class RestoreCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The zip file written by ./bot backup.")
    Path file;

    @Option(names = "--db", description = "Database path (default: SMALLWINS_DB, then data/smallwins).")
    String db;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            terminal.err().println("bot restore: there is no backup file " + file);
            return 2;
        }
        Settings settings = terminal.settings();
        Path path = settings.databasePath(db);
        DatabaseCopies.restore(file, path, settings.databaseKey());
        terminal.out().println("Restored " + file + " to " + path + ".mv.db; it opens and is ready to use.");
        return 0;
    }
}
