package org.smallwins.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encryption at rest: moving a plain database to an encrypted one, and living with the key afterwards. */
class EncryptionIT {
    private static final String KEY = "olive-tram-sunrise-42";
    private static final String WORDS = "I told my manager I needed Friday off";

    @TempDir
    Path folder;

    @Test
    void aPlainDatabaseIsEncryptedInPlaceAndItsWordsLeaveTheFile() throws Exception {
        Path db = folder.resolve("db");
        try (Database database = Database.open(db, Optional.empty())) {
            Stored.review(new H2ReviewStore(database), "telegram:7", Stored.NOW, WORDS);
        }
        assertThat(fileText()).contains(WORDS); // plain: the check below can fail

        DatabaseCopies.encrypt(db, KEY);

        assertThat(fileText()).doesNotContain(WORDS).startsWith("H2encrypt");
        assertThat(mode(folder.resolve("db.mv.db"))).isEqualTo("rw-------");
        try (Database database = Database.open(db, Optional.of(KEY))) {
            assertThat(new H2PersonData(database)
                            .export("telegram:7", Stored.NOW)
                            .orElseThrow()
                            .reviews()
                            .get(0)
                            .answers()
                            .get(0)
                            .text())
                    .isEqualTo(WORDS);
        }
        assertThatThrownBy(() -> Database.open(db, Optional.empty()))
                .hasMessageContaining("is encrypted and no key was given");
        assertThatThrownBy(() -> Database.open(db, Optional.of("not-the-key"))).hasMessageContaining("does not match");
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("db.mv.db");
        }
    }

    @Test
    void encryptingTwiceOrNothingSaysSoAndChangesNothing() throws Exception {
        Path db = folder.resolve("db");
        assertThatThrownBy(() -> DatabaseCopies.encrypt(db, KEY)).hasMessageContaining("There is no database");
        Database.open(db, Optional.of(KEY)).close();
        byte[] before = Files.readAllBytes(folder.resolve("db.mv.db"));

        assertThatThrownBy(() -> DatabaseCopies.encrypt(db, KEY)).hasMessageContaining("already encrypted");
        assertThat(Files.readAllBytes(folder.resolve("db.mv.db"))).isEqualTo(before);
    }

    @Test
    void withAKeyAKnownAnswerIsNeverInTheFileNotEvenAfterErasingSomeoneElse() throws Exception {
        Path db = folder.resolve("db");
        try (Database database = Database.open(db, Optional.of(KEY))) {
            H2ReviewStore store = new H2ReviewStore(database);
            Stored.review(store, "telegram:7", Stored.NOW, WORDS);
            Stored.review(store, "telegram:8", Stored.NOW, "someone who leaves");
            assertThat(fileText()).doesNotContain(WORDS);

            PersonDataCheck.erase(database, "telegram:8");

            assertThat(fileText()).doesNotContain(WORDS).doesNotContain("someone who leaves");
            assertThat(new H2PersonData(database).export("telegram:7", Stored.NOW))
                    .get()
                    .satisfies(e -> assertThat(e.reviews()).hasSize(1));
        }
        try (Database database = Database.open(db, Optional.of(KEY))) {
            assertThat(new H2PersonData(database).export("telegram:8", Stored.NOW))
                    .isEmpty();
        }
    }

    private String fileText() throws Exception {
        return new String(Files.readAllBytes(folder.resolve("db.mv.db")), StandardCharsets.ISO_8859_1);
    }

    private static String mode(Path path) throws Exception {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** Erases through the public port, as /delete will. */
    private static final class PersonDataCheck {
        static void erase(Database database, String key) {
            assertThat(new H2PersonData(database).erase(key).found()).isTrue();
        }
    }
}
