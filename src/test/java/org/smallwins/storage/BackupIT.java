package org.smallwins.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup taken while the database is in use restores, as the README says, to a database that opens. */
class BackupIT {
    @TempDir
    Path folder;

    @Test
    void aBackupTakenWhilePeopleAnswerRestoresToANewPathWithTheirAnswers() throws Exception {
        Path zip = folder.resolve("backups/monday.zip");
        Files.createDirectories(zip.getParent());
        List<Throwable> failures = new ArrayList<>();
        try (Database database = Database.open(folder.resolve("live/db"), Optional.empty())) {
            H2ReviewStore store = new H2ReviewStore(database);
            Stored.review(store, "telegram:1", Stored.NOW, "I cleared the kitchen table");
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < 30; i++) {
                        String text = "answer " + i;
                        // One transaction a review, as the core writes one event.
                        database.transactions()
                                .inTransaction(() -> Stored.review(store, "telegram:2", Stored.NOW, text));
                    }
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            });
            writer.start();
            database.backupTo(zip);
            writer.join();
        }
        assertThat(failures).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip)))
                .isEqualTo("rw-------");

        DatabaseCopies.restore(zip, folder.resolve("restored/db"), Optional.empty());

        try (Database restored = Database.open(folder.resolve("restored/db"), Optional.empty())) {
            H2PersonData data = new H2PersonData(restored);
            assertThat(data.export("telegram:1", Stored.NOW)
                            .orElseThrow()
                            .reviews()
                            .get(0)
                            .answers())
                    .extracting(a -> a.text())
                    .containsExactly("I cleared the kitchen table");
            // Consistent: each of the other person's reviews is there whole or not at all.
            data.export("telegram:2", Stored.NOW).ifPresent(e -> assertThat(e.reviews())
                    .allSatisfy(r -> assertThat(r.answers()).hasSize(1)));
        }
    }

    @Test
    void anEncryptedDatabasesBackupStaysEncryptedAndRestoresWithItsKey() throws Exception {
        Path zip = folder.resolve("b.zip");
        try (Database database = Database.open(folder.resolve("db"), Optional.of("k-e-y"))) {
            Stored.review(new H2ReviewStore(database), "telegram:1", Stored.NOW, "a private line");
            database.backupTo(zip);
        }
        assertThatThrownBy(() -> DatabaseCopies.restore(zip, folder.resolve("nokey/db"), Optional.empty()))
                .hasMessageContaining("does not open")
                .hasMessageContaining("no key was given");

        DatabaseCopies.restore(zip, folder.resolve("withkey/db"), Optional.of("k-e-y"));
        try (Database restored = Database.open(folder.resolve("withkey/db"), Optional.of("k-e-y"))) {
            assertThat(new H2PersonData(restored).export("telegram:1", Stored.NOW))
                    .isPresent();
        }
    }

    @Test
    void neitherABackupNorARestoreOverwritesAnything() throws Exception {
        Path zip = Files.writeString(folder.resolve("taken.zip"), "already here");
        try (Database database = Database.open(folder.resolve("db"), Optional.empty())) {
            assertThatThrownBy(() -> database.backupTo(zip)).hasMessageContaining("Not overwriting");
            database.backupTo(folder.resolve("good.zip"));
        }
        assertThatThrownBy(() ->
                        DatabaseCopies.restore(folder.resolve("good.zip"), folder.resolve("db"), Optional.empty()))
                .hasMessageContaining("Not restoring over the database");
        assertThat(Files.readString(zip)).isEqualTo("already here");
    }
}
