package org.smallwins.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database: one file, migrated by Flyway on open. {@code WRITE_DELAY=0} makes every
 * commit reach the disk at once, so a killed process loses no answer; a key turns on AES encryption.
 */
public final class Database implements AutoCloseable {
    private final JdbcConnectionPool pool;
    private final Transactions transactions;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        this.transactions = new Transactions(pool);
    }

    /**
     * Opens (creating if needed) the database at {@code path} (without H2's {@code .mv.db} ending).
     *
     * @param fileKey the encryption key, or empty for an unencrypted file
     */
    public static Database open(Path path, Optional<String> fileKey) {
        Path absolute = path.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (java.io.IOException e) {
            throw new StorageException("Cannot create the folder for the database at " + absolute.getParent(), e);
        }
        String url = "jdbc:h2:file:" + absolute + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"
                + (fileKey.isPresent() ? ";CIPHER=AES" : "");
        // With CIPHER=AES H2 takes "<file key> <user password>" as the password.
        String password = fileKey.map(key -> key + " smallwins").orElse("smallwins");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "smallwins", password);
        // Chat workers, the sender, the check-in sweeper and the retention job each hold one at a time.
        pool.setMaxConnections(32);
        try {
            // Opens the file now, so a locked or wrongly keyed database fails here with a clear message.
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            throw new StorageException(explain(e, absolute), e);
        }
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return new Database(pool);
    }

    private static String explain(SQLException e, Path path) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Wrong user name or password") || message.contains("Encryption error")) {
            return "Cannot open the database at " + path + ": the key (SMALLWINS_DB_KEY) does not match the file";
        }
        if (message.contains("locked") || message.contains("already in use")) {
            return "The database at " + path + " is in use by another Small Wins process";
        }
        return "Cannot open the database at " + path + ": " + message;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** The transactions every store of this database joins. */
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
