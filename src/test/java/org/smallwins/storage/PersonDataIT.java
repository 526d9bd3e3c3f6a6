package org.smallwins.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.privacy.JsonExport;
import org.smallwins.privacy.MarkdownExport;
import org.smallwins.privacy.PersonData;
import org.smallwins.privacy.PersonExport;
import org.smallwins.reframe.Messages;
import org.smallwins.safety.RiskLevel;

/** Export and erasure on a real H2 file: one person's data, all of it, and nobody else's. */
class PersonDataIT {
    private static final String ALICE = "telegram:1001";
    private static final String BOB = "telegram:2002";
    private static final String ALICE_WORDS = "I rang the surgery about my repeat prescription";
    private static final String BOB_WORDS = "I walked the long way round the reservoir";

    @TempDir
    Path folder;

    private Database database;
    private H2ReviewStore store;
    private H2PersonData data;
    private List<Long> aliceReviews;

    @BeforeEach
    void twoPeopleWithReviews() {
        database = Database.open(folder.resolve("db"), Optional.empty());
        store = new H2ReviewStore(database);
        data = new H2PersonData(database);
        aliceReviews = List.of(
                Stored.review(store, ALICE, Stored.NOW, ALICE_WORDS, "I only answered one email"),
                Stored.review(store, ALICE, Stored.NOW.plusSeconds(604_800), "I went to bed earlier"));
        store.recordEscalation(store.person(ALICE, Stored.NOW).id(), RiskLevel.CONCERN, Stored.NOW);
        Stored.review(store, BOB, Stored.NOW, BOB_WORDS);
        store.recordEscalation(store.person(BOB, Stored.NOW).id(), RiskLevel.URGENT, Stored.NOW);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        database.close();
    }

    @Test
    void afterErasureNoTableHoldsARowOfThatPersonAndTheirWordsAreNotInTheFile() throws Exception {
        long alice = store.person(ALICE, Stored.NOW).id();
        assertThat(fileText()).contains(ALICE_WORDS); // the file is plain: the check below can fail

        PersonData.Erasure erasure = data.erase(ALICE);

        assertThat(erasure.found()).isTrue();
        assertThat(erasure.rows()).isEqualTo(1 + 2 + 1); // people, reviews, escalations (answers by cascade)
        try (Connection connection = database.dataSource().getConnection()) {
            for (String table : PersonTables.find(connection).byPersonId()) {
                assertThat(count(connection, table, "person_id", alice))
                        .as(table)
                        .isZero();
            }
            for (String table : PersonTables.find(connection).byExternalKey()) {
                assertThat(count(connection, table, "external_key", ALICE))
                        .as(table)
                        .isZero();
            }
            assertThat(count(connection, "people", "external_key", ALICE)).isZero();
            for (long review : aliceReviews) {
                assertThat(count(connection, "answers", "review_id", review)).isZero();
            }
        }
        String file = fileText();
        assertThat(file).doesNotContain(ALICE_WORDS).doesNotContain("repeat prescription");
        assertThat(file).contains(BOB_WORDS); // compaction kept everyone else's data, readable as before
        assertThat(data.export(BOB, Stored.NOW).orElseThrow().reviews()).hasSize(1);
        assertThat(erasure.fileBytesAfter()).isLessThan(erasure.fileBytesBefore());
    }

    @Test
    void erasureAlsoCoversATableAddedByALaterMigration() throws Exception {
        long alice = store.person(ALICE, Stored.NOW).id();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE TABLE later_feature_notes (person_id BIGINT NOT NULL, note_text VARCHAR NOT NULL)");
            statement.execute("INSERT INTO later_feature_notes VALUES (" + alice + ", 'Call my brother Tomasz first')");
        }

        assertThat(data.export(ALICE, Stored.NOW).orElseThrow().otherData())
                .singleElement()
                .satisfies(table -> assertThat(table.rows())
                        .containsExactly(java.util.Map.of("note_text", "Call my brother Tomasz first")));
        data.erase(ALICE);

        try (Connection connection = database.dataSource().getConnection()) {
            assertThat(count(connection, "later_feature_notes", "person_id", alice))
                    .isZero();
        }
        assertThat(fileText()).doesNotContain("Tomasz");
    }

    @Test
    void someoneElsesAnswersSavedDuringAnErasureAreKeptAndNothingFails() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        Thread bob = new Thread(() -> {
            try {
                for (int i = 0; i < 40; i++) {
                    Stored.review(store, BOB, Stored.NOW, "Bob's answer number " + i);
                }
            } catch (RuntimeException e) {
                failures.add(e);
            }
        });
        bob.start();
        data.erase(ALICE);
        bob.join();

        assertThat(failures).isEmpty();
        assertThat(data.export(BOB, Stored.NOW).orElseThrow().reviews()).hasSize(41);
        assertThat(data.export(ALICE, Stored.NOW)).isEmpty();
    }

    @Test
    void erasingSomeoneNeverSeenChangesNothing() {
        assertThat(data.erase("telegram:999").found()).isFalse();
        assertThat(data.export(ALICE, Stored.NOW)).isPresent();
    }

    @Test
    void onePersonsExportHoldsAllOfTheirsAndNothingOfAnothers() {
        PersonExport export =
                data.export(ALICE, Stored.NOW.plusSeconds(999_999)).orElseThrow();

        assertThat(export.reviews()).hasSize(2);
        PersonExport.Answer first = export.reviews().get(0).answers().get(0);
        assertThat(first.text()).isEqualTo(ALICE_WORDS);
        assertThat(first.minimising()).containsExactly("only");
        assertThat(first.demands()).containsExactly("should");
        assertThat(first.baseline()).isEqualTo("HISTORICAL");
        assertThat(export.escalations()).containsExactly(new PersonExport.Escalation("CONCERN", Stored.NOW));

        Messages messages = Messages.load();
        String markdown = new MarkdownExport(messages, ZoneOffset.UTC).render(export);
        String json = new JsonExport(messages).render(export);
        for (String rendered : List.of(markdown, json)) {
            assertThat(rendered)
                    .contains(ALICE_WORDS)
                    .contains("I went to bed earlier")
                    .doesNotContain(BOB_WORDS)
                    .doesNotContain(BOB)
                    .doesNotContainIgnoringCase("urgent");
        }
    }

    @Test
    void everyTableIsKeyedByPersonErasedWithItsParentOrAboutNoOne() throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            PersonTables.Keyed keyed = PersonTables.find(connection);
            for (String table : PersonTables.all(connection)) {
                assertThat(table.equals("people")
                                || keyed.byPersonId().contains(table)
                                || keyed.byExternalKey().contains(table)
                                || PersonTables.ERASED_WITH_PARENT.contains(table)
                                || PersonTables.ABOUT_NO_ONE.contains(table))
                        .as("table %s: give it a person_id column, or list it in PersonTables with the reason", table)
                        .isTrue();
            }
        }
    }

    private String fileText() throws Exception {
        return new String(Files.readAllBytes(folder.resolve("db.mv.db")), StandardCharsets.ISO_8859_1);
    }

    private static long count(Connection connection, String table, String column, Object key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM " + PersonTables.quoted(connection, table) + " WHERE " + column + " = ?")) {
            select.setObject(1, key);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
