package org.smallwins.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The files of one H2 database ({@code <name>.mv.db} and any {@code <name>.*} beside it) and the checks
 * made before H2 sees them: a folder only its owner can enter, files only the owner can read, an empty
 * file refused, and a key that matches whether the file is encrypted.
 *
 * @param base the database path without H2's {@code .mv.db} ending, absolute
 */
record DatabaseFiles(Path base) {
    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PLAIN_HEADER = "H:2".getBytes(StandardCharsets.US_ASCII);

    DatabaseFiles {
        base = base.toAbsolutePath().normalize();
    }

    Path folder() {
        return base.getParent();
    }

    String name() {
        return base.getFileName().toString();
    }

    /** The file H2 keeps everything in. */
    Path store() {
        return base.resolveSibling(name() + ".mv.db");
    }

    boolean exists() {
        return Files.exists(store());
    }

    /**
     * Makes the folder (mode 700 when this creates it; an existing folder is left as its owner set it) and
     * refuses, with a line a person can act on, what H2 would misread or silently replace.
     */
    void prepare(Optional<String> key) {
        createFolder();
        Path store = store();
        if (Files.isDirectory(store)) {
            throw new StorageException(
                    "Cannot open the database at " + base + ": " + store + " is a folder, not a file");
        }
        if (!Files.exists(store)) {
            return;
        }
        if (!Files.isReadable(store) || !Files.isWritable(store)) {
            throw new StorageException(
                    "Cannot open the database at " + base + ": no permission to read and write " + store);
        }
        byte[] head = head(store);
        if (head.length == 0) {
            throw new StorageException("The database file " + store + " is empty (0 bytes), so it is not a"
                    + " Small Wins database any more; refusing to start afresh over it. Restore a backup, or move the"
                    + " file away to start a new database.");
        }
        if (startsWith(head, ENCRYPTED_HEADER) && key.isEmpty()) {
            throw new StorageException("The database at " + base + " is encrypted and no key was given: set"
                    + " SMALLWINS_DB_KEY to its key");
        }
        if (startsWith(head, PLAIN_HEADER) && key.isPresent()) {
            throw new StorageException("The database at " + base + " is not encrypted, but SMALLWINS_DB_KEY is set:"
                    + " run ./bot encrypt-db to encrypt it with that key, or unset SMALLWINS_DB_KEY");
        }
    }

    /** Mode 600 on every file of this database (the store, and any trace or temporary file H2 left). */
    void secure() {
        if (!posix()) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder(), name() + ".*")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
                }
            }
        } catch (IOException e) {
            throw new StorageException("Cannot make the database files at " + base + " private to their owner", e);
        }
    }

    /** True when the file starts as H2 starts an AES-encrypted file. */
    boolean encrypted() {
        return exists() && startsWith(head(store()), ENCRYPTED_HEADER);
    }

    long size() {
        try {
            return Files.size(store());
        } catch (IOException e) {
            return -1;
        }
    }

    private void createFolder() {
        Path folder = folder();
        try {
            if (Files.isDirectory(folder)) {
                return;
            }
            if (posix()) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
                Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER); // in case a umask took bits away
            } else {
                Files.createDirectories(folder);
            }
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            throw new StorageException("Cannot create the folder for the database at " + base + ": " + e.getFile()
                    + " is a file, not a folder");
        } catch (AccessDeniedException e) {
            throw new StorageException("Cannot create the folder for the database at " + base + ": no permission"
                    + " to create " + e.getFile());
        } catch (FileSystemException e) {
            throw new StorageException("Cannot create the folder for the database at " + base + ": "
                    + Optional.ofNullable(e.getReason()).orElse("the file system refused"));
        } catch (IOException e) {
            throw new StorageException("Cannot create the folder for the database at " + base, e);
        }
    }

    private boolean posix() {
        return folder().getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static byte[] head(Path store) {
        try (InputStream in = Files.newInputStream(store)) {
            return in.readNBytes(16);
        } catch (IOException e) {
            throw new StorageException("Cannot read the database file " + store, e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }
}
