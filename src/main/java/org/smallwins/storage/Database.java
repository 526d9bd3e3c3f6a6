package org.smallwins.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.MVStoreTool;

/**
 * The embedded H2 database: one file, migrated by Flyway on open. {@code WRITE_DELAY=0} makes every
 * commit reach the disk at once, so a killed process loses no answer; a key turns on AES encryption.
 * The folder is made private to its owner (700) and the files too (600); H2's own trace file is off,
 * because H2 writes the statement and its values (a person's words) there when one fails.
 */
public final class Database implements AutoCloseable {
    private static final String USER = "smallwins";
    private static final Duration COMPACTION_WAIT = Duration.ofSeconds(30);
    private final DatabaseFiles files;
    private final String url;
    private final String password;
    private final boolean encrypted;
    private final ConnectionGate gate;
    private final Transactions transactions;

    private Database(DatabaseFiles files, String url, String password, boolean encrypted) {
        this.files = files;
        this.url = url;
        this.password = password;
        this.encrypted = encrypted;
        this.gate = new ConnectionGate(this::newPool, connectedPool());
        this.transactions = new Transactions(gate);
    }

    /**
     * Opens (creating if needed) the database at {@code path} (without H2's {@code .mv.db} ending). Every
     * failure a person can fix (a wrong or missing key, an empty file, a file where a folder should be, a
     * database in use) is a {@link StorageException} whose message is one line saying what to do.
     *
     * @param fileKey the encryption key, or empty for an unencrypted file
     */
    public static Database open(Path path, Optional<String> fileKey) {
        DatabaseFiles files = new DatabaseFiles(path);
        fileKey.ifPresent(Database::requireUsableKey);
        files.prepare(fileKey);
        String url = "jdbc:h2:file:" + files.base() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0"
                + (fileKey.isPresent() ? ";CIPHER=AES" : "");
        // With CIPHER=AES H2 takes "<file key> <user password>" as the password.
        String password = fileKey.map(key -> key + " " + USER).orElse(USER);
        Database database = new Database(files, url, password, fileKey.isPresent());
        try {
            Flyway.configure()
                    .dataSource(database.gate)
                    .locations("classpath:db/migration")
                    // Features landed in parallel (V3 after V4, V6 after V7): a database made between them
                    // takes the lower-numbered one late rather than refusing to open.
                    .outOfOrder(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            database.close();
            throw new StorageException("Could not bring the database at " + files.base() + " up to date", e);
        }
        files.secure();
        return database;
    }

    /** H2 splits its password at the first space, so a key with one would be cut short without a word. */
    static void requireUsableKey(String key) {
        if (key.isBlank() || key.chars().anyMatch(Character::isWhitespace)) {
            throw new StorageException("SMALLWINS_DB_KEY must not be empty or contain spaces (H2 would use only the"
                    + " part before the first space)");
        }
    }

    /** Every connection of the bot comes from here. Close each one promptly: compaction waits for them. */
    public DataSource dataSource() {
        return gate;
    }

    /** The transactions every store of this database joins. */
    public Transactions transactions() {
        return transactions;
    }

    /** Where the database lives: the path it was opened with, without {@code .mv.db}. */
    public Path path() {
        return files.base();
    }

    /** The size of the database file in bytes. */
    long fileBytes() {
        return files.size();
    }

    /**
     * Rewrites the file so that deleted rows leave no trace in its bytes (H2 keeps them in free pages until
     * then). Runs in a short exclusive window: connections asked for meanwhile wait, then carry on.
     */
    public Compaction compact() {
        return compact(COMPACTION_WAIT);
    }

    /** {@link #compact()}, giving up when a connection is still open after {@code wait}. */
    Compaction compact(Duration wait) {
        long before = files.size();
        long start = System.nanoTime();
        try {
            gate.exclusively(wait, () -> {
                // Both ways close the database, copy only its live pages into a new file and put that file in
                // place of the old one, so deleted rows are in none of its bytes. H2's own SHUTDOWN COMPACT
                // compresses the pages it copies; a plain file is copied uncompressed instead, so that what it
                // holds stays visible to a search of its bytes (the proof that erased words are gone).
                try (Connection connection = DriverManager.getConnection(url, USER, password);
                        Statement statement = connection.createStatement()) {
                    statement.execute(encrypted ? "SHUTDOWN COMPACT" : "SHUTDOWN");
                }
                if (!encrypted) {
                    MVStoreTool.compact(files.store().toString(), false);
                }
                return null;
            });
        } catch (SQLException e) {
            throw new StorageException("Could not compact the database", e);
        }
        files.secure();
        return new Compaction(before, files.size(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Writes a consistent copy of the database, as it is at this moment, to a new zip file (mode 600) while
     * the bot goes on using it. The copy stays encrypted when the database is.
     */
    public void backupTo(Path zip) {
        Path target = zip.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new StorageException("Not overwriting " + target + ": choose a new file name for the backup");
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new StorageException("Cannot write the backup " + target + ": its folder does not exist");
        }
        try (Connection connection = gate.getConnection();
                PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
            backup.setString(1, target.toString());
            backup.execute();
        } catch (SQLException e) {
            throw new StorageException("Could not write the backup " + target, e);
        }
        try {
            if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(target, DatabaseFiles.OWNER_ONLY_FILE);
            }
        } catch (java.io.IOException e) {
            throw new StorageException("Could not make the backup " + target + " private to its owner", e);
        }
    }

    private JdbcConnectionPool newPool() {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, password);
        // Chat workers, the sender, the check-in sweeper and the retention job each hold one at a time.
        pool.setMaxConnections(32);
        return pool;
    }

    /** A pool whose first connection is already open, so a wrong key or a locked file fails here, clearly. */
    private JdbcConnectionPool connectedPool() {
        JdbcConnectionPool pool = newPool();
        try {
            pool.getConnection().close();
            return pool;
        } catch (SQLException e) {
            pool.dispose();
            throw OpenFailures.explain(e, files.base());
        }
    }

    @Override
    public void close() {
        gate.close();
        files.secure();
    }

    /** What a compaction did: the file's size before and after, and how long the exclusive window lasted. */
    public record Compaction(long bytesBefore, long bytesAfter, Duration took) {}
}
