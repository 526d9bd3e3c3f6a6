package org.smallwins.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.smallwins.privacy.PersonExport;
import org.smallwins.privacy.RetentionJob;

/** Retention on a real H2 file: exactly the reviews last changed before the limit go, and their words with them. */
class RetentionIT {
    private static final Instant TODAY = Instant.parse("2027-06-15T09:00:00Z");
    private static final Instant LIMIT = Instant.parse("2026-06-15T09:00:00Z"); // twelve months before

    @TempDir
    Path folder;

    @Test
    void deletesExactlyTheReviewsLastChangedBeforeTheLimit() throws Exception {
        try (Database database = Database.open(folder.resolve("db"), Optional.empty())) {
            H2ReviewStore store = new H2ReviewStore(database);
            Stored.review(store, "telegram:1", LIMIT.minusSeconds(86_400 * 40), "a review from long ago");
            Stored.review(store, "telegram:2", LIMIT.minusSeconds(1), "one second too old");
            Stored.review(store, "telegram:1", LIMIT, "exactly at the limit");
            Stored.review(store, "telegram:2", LIMIT.plusSeconds(1), "one second inside");
            Stored.review(store, "telegram:1", TODAY.minusSeconds(3_600), "from this week");
            // Started long ago, answered recently: its last change counts, so it stays.
            long late = Stored.review(store, "telegram:2", LIMIT.minusSeconds(86_400 * 90));
            store.saveAnswer(late, Stored.answer(1, "answered last month", TODAY.minusSeconds(86_400 * 30)));

            RetentionJob job = new RetentionJob(
                    new H2PersonData(database),
                    Period.ofMonths(12),
                    Clock.fixed(TODAY, ZoneOffset.UTC),
                    Mockito.mock(ScheduledExecutorService.class));
            assertThat(job.runOnce()).isEqualTo(2);

            H2PersonData data = new H2PersonData(database);
            assertThat(answers(data, "telegram:1")).containsExactly("exactly at the limit", "from this week");
            assertThat(answers(data, "telegram:2"))
                    .containsExactly("answered last month", "one second inside"); // by start
            String file = new String(Files.readAllBytes(folder.resolve("db.mv.db")), StandardCharsets.ISO_8859_1);
            assertThat(file).doesNotContain("a review from long ago").doesNotContain("one second too old");
            assertThat(file).contains("from this week");

            assertThat(job.runOnce()).isZero(); // nothing more to do the next day
        }
    }

    private static java.util.List<String> answers(H2PersonData data, String person) {
        return data.export(person, TODAY).orElseThrow().reviews().stream()
                .flatMap(r -> r.answers().stream())
                .map(PersonExport.Answer::text)
                .toList();
    }
}
