package org.smallwins.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.language.Baseline;
import org.smallwins.review.Answer;
import org.smallwins.review.AnswerKind;
import org.smallwins.review.Person;
import org.smallwins.review.Review;
import org.smallwins.review.ReviewStatus;
import org.smallwins.safety.RiskLevel;

class H2ReviewStoreIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    @TempDir
    Path folder;

    @Test
    void keepsPeopleReviewsAndAnswersAcrossReopening() {
        Path file = folder.resolve("db");
        long reviewId;
        try (Database database = Database.open(file, Optional.empty())) {
            H2ReviewStore store = new H2ReviewStore(database);
            Person person = store.person("console:local", NOW);
            assertThat(store.person("console:local", NOW.plusSeconds(60))).isEqualTo(person);
            Review review = store.startReview(person.id(), NOW);
            reviewId = review.id();
            store.saveAnswer(
                    reviewId,
                    new Answer(
                            1,
                            AnswerKind.ANSWERED,
                            "I went out",
                            List.of("only"),
                            List.of("should"),
                            Baseline.IDEAL_FUTURE,
                            NOW));
            store.saveAnswer(reviewId, Answer.skipped(2, NOW));
        }
        try (Database database = Database.open(file, Optional.empty())) {
            H2ReviewStore store = new H2ReviewStore(database);
            Person person = store.person("console:local", NOW);
            Review review = store.findOpenReview(person.id()).orElseThrow();
            assertThat(review.id()).isEqualTo(reviewId);
            assertThat(review.nextQuestion()).hasValue(3);
            assertThat(review.answers().get(0))
                    .isEqualTo(new Answer(
                            1,
                            AnswerKind.ANSWERED,
                            "I went out",
                            List.of("only"),
                            List.of("should"),
                            Baseline.IDEAL_FUTURE,
                            NOW));
        }
    }

    @Test
    void savingAnAnswerTwiceReplacesIt() {
        try (Database database = Database.open(folder.resolve("db"), Optional.empty())) {
            H2ReviewStore store = new H2ReviewStore(database);
            long id = store.startReview(store.person("p", NOW).id(), NOW).id();
            store.saveAnswer(id, new Answer(1, AnswerKind.ANSWERED, "first", List.of(), List.of(), Baseline.NONE, NOW));
            store.saveAnswer(
                    id, new Answer(1, AnswerKind.ANSWERED, "second", List.of(), List.of(), Baseline.NONE, NOW));
            assertThat(store.findOpenReview(store.person("p", NOW).id())
                            .orElseThrow()
                            .answers())
                    .extracting(Answer::text)
                    .containsExactly("second");
        }
    }

    @Test
    void closedReviewsAreNotOpen() {
        try (Database database = Database.open(folder.resolve("db"), Optional.empty())) {
            H2ReviewStore store = new H2ReviewStore(database);
            Person person = store.person("p", NOW);
            long id = store.startReview(person.id(), NOW).id();
            store.setStatus(id, ReviewStatus.PAUSED, NOW);
            assertThat(store.findOpenReview(person.id()))
                    .get()
                    .extracting(Review::status)
                    .isEqualTo(ReviewStatus.PAUSED);
            store.setStatus(id, ReviewStatus.COMPLETED, NOW);
            assertThat(store.findOpenReview(person.id())).isEmpty();
        }
    }

    @Test
    void aDeliveryIsClaimedOnceAndOldOnesAreForgotten() {
        try (Database database = Database.open(folder.resolve("db"), Optional.empty())) {
            H2ReviewStore store = new H2ReviewStore(database);
            assertThat(store.claimDelivery("telegram:update:1", NOW)).isTrue();
            assertThat(store.claimDelivery("telegram:update:1", NOW)).isFalse();
            assertThat(store.claimDelivery("telegram:update:2", NOW.plusSeconds(3600)))
                    .isTrue();

            assertThat(store.forgetDeliveriesBefore(NOW.plusSeconds(60))).isEqualTo(1);
            assertThat(store.claimDelivery("telegram:update:2", NOW)).isFalse();
        }
    }

    @Test
    void anEscalationStoresOnlyItsTimeAndLevel() throws Exception {
        try (Database database = Database.open(folder.resolve("db"), Optional.empty())) {
            H2ReviewStore store = new H2ReviewStore(database);
            store.recordEscalation(store.person("p", NOW).id(), RiskLevel.URGENT, NOW);
            try (Connection c = database.dataSource().getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT * FROM escalations")) {
                assertThat(rs.getMetaData().getColumnCount()).isEqualTo(4); // id, person_id, level, occurred_at
                rs.next();
                assertThat(rs.getString("level")).isEqualTo("URGENT");
            }
        }
    }

    @Test
    void aKeyEncryptsTheFileAndTheWrongKeyIsRefusedClearly() throws Exception {
        Path file = folder.resolve("secret");
        try (Database database = Database.open(file, Optional.of("correct-horse"))) {
            H2ReviewStore store = new H2ReviewStore(database);
            long id = store.startReview(store.person("p", NOW).id(), NOW).id();
            store.saveAnswer(
                    id,
                    new Answer(
                            1,
                            AnswerKind.ANSWERED,
                            "a very private sentence",
                            List.of(),
                            List.of(),
                            Baseline.NONE,
                            NOW));
        }
        byte[] raw = Files.readAllBytes(folder.resolve("secret.mv.db"));
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("very private");

        assertThatThrownBy(() -> Database.open(file, Optional.of("wrong-key")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void withoutAKeyTheFileIsPlain() throws Exception {
        try (Database database = Database.open(folder.resolve("plain"), Optional.empty())) {
            H2ReviewStore store = new H2ReviewStore(database);
            long id = store.startReview(store.person("p", NOW).id(), NOW).id();
            store.saveAnswer(
                    id, new Answer(1, AnswerKind.ANSWERED, "findable words", List.of(), List.of(), Baseline.NONE, NOW));
        }
        // Shows the encryption test above can fail: unencrypted text is visible in the file.
        assertThat(new String(Files.readAllBytes(folder.resolve("plain.mv.db")), StandardCharsets.ISO_8859_1))
                .contains("findable words");
    }
}
