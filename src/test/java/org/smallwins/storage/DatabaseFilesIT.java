package org.smallwins.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Small Wins does with the files it is pointed at, before and after H2 opens them. */
class DatabaseFilesIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    @TempDir
    Path folder;

    @Test
    void createsItsFolderForTheOwnerOnlyAndItsFilesReadableByTheOwnerOnly() throws Exception {
        Path base = folder.resolve("new/deeper/db");
        try (Database database = Database.open(base, Optional.empty())) {
            new H2ReviewStore(database).person("p", NOW);
            assertThat(mode(folder.resolve("new/deeper"))).isEqualTo("rwx------");
            assertThat(mode(folder.resolve("new"))).isEqualTo("rwx------");
            assertThat(mode(folder.resolve("new/deeper/db.mv.db"))).isEqualTo("rw-------");
        }
        assertThat(mode(folder.resolve("new/deeper/db.mv.db"))).isEqualTo("rw-------");
    }

    @Test
    void tightensAFileLeftReadableByOthersAndAnyTraceFileBesideIt() throws Exception {
        Path base = folder.resolve("db");
        Database.open(base, Optional.empty()).close();
        Files.setPosixFilePermissions(folder.resolve("db.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Path trace = Files.writeString(folder.resolve("db.trace.db"), "left by an older version");
        Files.setPosixFilePermissions(trace, PosixFilePermissions.fromString("rw-r--r--"));

        Database.open(base, Optional.empty()).close();

        assertThat(mode(folder.resolve("db.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(trace)).isEqualTo("rw-------");
    }

    @Test
    void writesNoTraceFileWhenAStatementFails() {
        try (Database database = Database.open(folder.resolve("db"), Optional.empty())) {
            H2ReviewStore store = new H2ReviewStore(database);
            assertThatThrownBy(() -> store.saveAnswer(999, Stored.answer("words H2 would trace")))
                    .isInstanceOf(StorageException.class);
        }
        assertThat(folder.resolve("db.trace.db")).doesNotExist();
    }

    @Test
    void refusesAnEmptyDatabaseFileInsteadOfStartingAfresh() throws Exception {
        Files.createFile(folder.resolve("db.mv.db"));

        assertThatThrownBy(() -> Database.open(folder.resolve("db"), Optional.empty()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("is empty (0 bytes)")
                .hasMessageContaining("refusing to start afresh");
        assertThat(folder.resolve("db.mv.db")).isEmptyFile();
    }

    @Test
    void anEncryptedDatabaseOpenedWithoutAKeySaysTheKeyIsMissing() {
        Database.open(folder.resolve("db"), Optional.of("a-long-key")).close();

        assertThatThrownBy(() -> Database.open(folder.resolve("db"), Optional.empty()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("is encrypted and no key was given: set SMALLWINS_DB_KEY");
    }

    @Test
    void aWrongKeyIsOneClearLine() {
        Database.open(folder.resolve("db"), Optional.of("a-long-key")).close();

        assertThatThrownBy(() -> Database.open(folder.resolve("db"), Optional.of("another-key")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("the key (SMALLWINS_DB_KEY) does not match the file")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aKeyForAPlainDatabasePointsToEncryptDb() {
        Database.open(folder.resolve("db"), Optional.empty()).close();

        assertThatThrownBy(() -> Database.open(folder.resolve("db"), Optional.of("a-long-key")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("is not encrypted")
                .hasMessageContaining("./bot encrypt-db");
    }

    @Test
    void aKeyWithASpaceIsRefusedBecauseH2WouldUseOnlyItsFirstWord() {
        assertThatThrownBy(() -> Database.open(folder.resolve("db"), Optional.of("correct horse")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("must not be empty or contain spaces");
        assertThat(folder.resolve("db.mv.db")).doesNotExist();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsOneClearLine() throws Exception {
        Files.writeString(folder.resolve("plain-file"), "not a folder");

        assertThatThrownBy(() -> Database.open(folder.resolve("plain-file/db"), Optional.empty()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("is a file, not a folder")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aFolderWhereTheFileShouldBeIsOneClearLine() throws Exception {
        Files.createDirectory(folder.resolve("db.mv.db"));

        assertThatThrownBy(() -> Database.open(folder.resolve("db"), Optional.empty()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("is a folder, not a file");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
