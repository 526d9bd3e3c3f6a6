package org.smallwins.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.h2.tools.ChangeFileEncryption;

/**
 * Whole-file work done while the bot is stopped: encrypting a plain database in place, and restoring a
 * backup written by {@link Database#backupTo}. Each one checks its result opens before it replaces
 * anything, and leaves the original untouched when it fails.
 */
public final class DatabaseCopies {
    private DatabaseCopies() {}

    /**
     * Encrypts the plain database at {@code path} with {@code key}: an encrypted copy is made beside it and
     * checked (it opens with the key, not without, and holds as many rows as the original); only then does
     * it take the original's place, and the plain file is overwritten with zeros and deleted.
     */
    public static void encrypt(Path path, String key) {
        Database.requireUsableKey(key);
        DatabaseFiles plain = new DatabaseFiles(path);
        if (!plain.exists()) {
            throw new StorageException("There is no database at " + plain.base() + " to encrypt");
        }
        if (plain.encrypted()) {
            throw new StorageException("The database at " + plain.base() + " is already encrypted");
        }
        long rows;
        // Opening proves the file is a plain Small Wins database that no running bot holds.
        try (Database database = Database.open(plain.base(), Optional.empty())) {
            rows = rows(database);
        } catch (SQLException e) {
            throw new StorageException("Could not read the database at " + plain.base(), e);
        }
        Path work = plain.folder().resolve("." + plain.name() + ".encrypting");
        DatabaseFiles copy = new DatabaseFiles(work.resolve(plain.name()));
        Path backup = plain.folder().resolve(plain.name() + ".mv.db.plain-backup");
        try {
            deleteTree(work);
            Files.createDirectories(work, PosixFilePermissions.asFileAttribute(DatabaseFiles.OWNER_ONLY_FOLDER));
            Files.copy(plain.store(), copy.store());
            copy.secure();
            ChangeFileEncryption.execute(work.toString(), plain.name(), "AES", null, key.toCharArray(), true);
            requireSame(copy.base(), key, rows);
            Files.move(plain.store(), backup, StandardCopyOption.ATOMIC_MOVE);
            Files.move(copy.store(), plain.store(), StandardCopyOption.ATOMIC_MOVE);
            try {
                requireSame(plain.base(), key, rows);
            } catch (RuntimeException e) {
                Files.move(backup, plain.store(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            shred(backup);
        } catch (IOException | SQLException e) {
            throw new StorageException("Could not encrypt the database at " + plain.base() + "; it is unchanged", e);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Restores a backup zip to {@code path}, which must not hold a database yet, and checks that it opens
     * (with {@code key} when the backup was of an encrypted database).
     */
    public static void restore(Path zip, Path path, Optional<String> key) {
        DatabaseFiles target = new DatabaseFiles(path);
        if (target.exists()) {
            throw new StorageException("Not restoring over the database at " + target.base()
                    + ": choose a new path, or move the existing file away first");
        }
        target.prepare(Optional.empty()); // the folder, mode 700 when made here
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null && !entry.getName().endsWith(".mv.db")) {
                // a backup holds one .mv.db; anything else in the zip is not ours
            }
            if (entry == null) {
                throw new StorageException(zip + " is not a Small Wins backup: it holds no .mv.db file");
            }
            try (OutputStream out = Files.newOutputStream(target.store(), StandardOpenOption.CREATE_NEW)) {
                target.secure();
                in.transferTo(out);
            }
        } catch (IOException e) {
            throw new StorageException("Could not read the backup " + zip, e);
        }
        try {
            Database.open(target.base(), key).close();
        } catch (StorageException e) {
            throw new StorageException(
                    "The backup was restored to " + target.store() + " but does not open: " + e.getMessage());
        }
    }

    private static void requireSame(Path base, String key, long rows) throws SQLException {
        try (Database database = Database.open(base, Optional.of(key))) {
            if (rows(database) != rows) {
                throw new SQLException("the encrypted copy does not hold every row of the original");
            }
        }
        try {
            Database.open(base, Optional.empty()).close();
            throw new SQLException("the encrypted copy opens without the key");
        } catch (StorageException expected) {
            // the copy refuses to open without its key, as it must
        }
    }

    /** Overwrites the plain file with zeros before deleting it, so its pages are not left readable on disk. */
    private static void shred(Path file) throws IOException {
        long size = Files.size(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer zeros = java.nio.ByteBuffer.allocate(64 * 1024);
            for (long at = 0; at < size; at += zeros.capacity()) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), size - at));
                channel.write(zeros, at);
            }
            channel.force(true);
        }
        Files.delete(file);
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new StorageException("Could not remove the working folder " + folder, e);
        }
    }

    /** Rows in every table, the migrations' history included: what an exact copy must hold too. */
    private static long rows(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            long rows = 0;
            for (String table : PersonTables.spelled(connection)) {
                try (ResultSet rs =
                        statement.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + '"')) {
                    rs.next();
                    rows += rs.getLong(1);
                }
            }
            return rows;
        }
    }
}
