package org.smallwins.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.review.Conversation;
import org.smallwins.review.Handled;
import org.smallwins.review.Incoming;
import org.smallwins.review.Initiator;
import org.smallwins.review.Outgoing;
import org.smallwins.review.Person;
import org.smallwins.review.Reply;
import org.smallwins.review.Review;
import org.smallwins.storage.Database;
import org.smallwins.storage.H2CheckInStore;
import org.smallwins.storage.H2Outbox;
import org.smallwins.storage.H2ReviewStore;
import org.smallwins.testing.Fixtures;

/**
 * Two sweepers on one database, on two threads, started together at each of several weekly check-in
 * times: every person gets exactly one check-in each week. The stand-in for {@code Conversation.initiate}
 * runs each initiative in one transaction with its outbox rows and takes no lock of its own, so it is the
 * database's compare-and-set that keeps it to one.
 */
class TwoSweepersRaceIT {
    private static final int PEOPLE = 40;
    private static final int WEEKS = 6;

    @TempDir
    Path folder;

    @Test
    void twoSweepersRacingSendEachCheckInExactlyOnce() throws Exception {
        try (Database database = Database.open(folder.resolve("db"), Optional.empty())) {
            H2ReviewStore reviews = new H2ReviewStore(database);
            H2Outbox outbox = new H2Outbox(database);
            CheckIns checkIns = new CheckIns(new H2CheckInStore(database), reviews, Fixtures.messages());
            MutableClock clock = new MutableClock(Instant.parse("2027-03-17T12:00:00Z"));
            var schedule = checkIns.commands().get(0);
            for (int i = 0; i < PEOPLE; i++) {
                Person person = reviews.person("telegram:" + i, clock.instant());
                schedule.run(new org.smallwins.review.Turn(person, "sun 18:00 London", clock.instant()));
            }
            Initiator initiator =
                    (key, initiative, at) -> database.transactions().inTransaction(() -> {
                        Person person = reviews.person(key, at);
                        List<Reply> replies = initiative.run(person, false, at);
                        outbox.add(key, replies, false, at);
                        return null;
                    });
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try (CheckInSweeper one = checkIns.sweeper(initiator, clock, Executors.newSingleThreadScheduledExecutor());
                    CheckInSweeper two =
                            checkIns.sweeper(initiator, clock, Executors.newSingleThreadScheduledExecutor())) {
                Instant sunday = Instant.parse("2027-03-21T18:00:00Z");
                for (int week = 0; week < WEEKS; week++) {
                    clock.set(sunday.plus(Duration.ofDays(7L * week)).plusSeconds(5));
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<Integer>> sweeps = new ArrayList<>();
                    for (CheckInSweeper sweeper : List.of(one, two)) {
                        sweeps.add(threads.submit(() -> {
                            together.await();
                            return sweeper.sweep();
                        }));
                    }
                    int handed = 0;
                    for (Future<Integer> sweep : sweeps) {
                        handed += sweep.get();
                    }
                    assertThat(handed)
                            .as("week %d: each found the due check-ins", week)
                            .isGreaterThanOrEqualTo(PEOPLE);
                    for (int i = 0; i < PEOPLE; i++) {
                        checkIns.events().wrote(reviews.person("telegram:" + i, clock.instant()), clock.instant());
                    }
                }
            } finally {
                threads.shutdownNow();
            }
            List<Outgoing> queued = outbox.pending("telegram:", Integer.MAX_VALUE);
            Map<String, Long> perPerson =
                    queued.stream().collect(Collectors.groupingBy(Outgoing::personKey, Collectors.counting()));
            assertThat(perPerson).hasSize(PEOPLE);
            assertThat(perPerson.values()).containsOnly((long) WEEKS);
            assertThat(queued)
                    .extracting(o -> o.reply().choices().get(0).command())
                    .containsOnly("/review");
        }
    }

    @Test
    void aTypedReviewRacingACheckInLeavesOneOpenReviewAndStartNowResumesIt() throws Exception {
        try (Database database = Database.open(folder.resolve("db"), Optional.empty())) {
            H2ReviewStore reviews = new H2ReviewStore(database);
            H2Outbox outbox = new H2Outbox(database);
            CheckIns checkIns = new CheckIns(new H2CheckInStore(database), reviews, Fixtures.messages());
            Conversation conversation = Fixtures.builder(reviews, outbox, database.transactions())
                    .commands(checkIns.commands())
                    .listener(checkIns.events())
                    .build()
                    .conversation();
            String key = "telegram:42";
            MutableClock clock = new MutableClock(Instant.parse("2027-03-17T12:00:00Z"));
            conversation.handle(new Incoming(key, "/schedule sun 18:00 London", clock.instant()));
            Instant due = Instant.parse("2027-03-21T18:00:00Z");
            clock.set(due);
            ExecutorService threads = Executors.newFixedThreadPool(3);
            try (CheckInSweeper one = checkIns.sweeper(
                            conversation::initiate, clock, Executors.newSingleThreadScheduledExecutor());
                    CheckInSweeper two = checkIns.sweeper(
                            conversation::initiate, clock, Executors.newSingleThreadScheduledExecutor())) {
                CyclicBarrier together = new CyclicBarrier(3);
                List<Future<?>> racing = List.of(
                        threads.submit(() -> {
                            together.await();
                            return conversation.handle(new Incoming(key, "/review", due));
                        }),
                        threads.submit(() -> {
                            together.await();
                            return one.sweep();
                        }),
                        threads.submit(() -> {
                            together.await();
                            return two.sweep();
                        }));
                for (Future<?> each : racing) {
                    each.get();
                }
            } finally {
                threads.shutdownNow();
            }
            List<Reply> invitations = outbox.pendingFor(key).stream()
                    .map(Outgoing::reply)
                    .filter(reply -> !reply.choices().isEmpty()
                            && reply.choices().get(0).command().equals("/review")
                            && reply.choices().size() == 3)
                    .toList();
            assertThat(invitations).hasSize(1);
            long openBefore = reviews.findOpenReview(reviews.person(key, due).id())
                    .map(Review::id)
                    .orElseThrow();

            Handled startNow = conversation.handle(new Incoming(key, "/review", due.plusSeconds(60)));
            assertThat(startNow.replies().get(0).text())
                    .isEqualTo(Fixtures.messages().require("review.resume"));
            assertThat(reviews.findOpenReview(reviews.person(key, due).id()).map(Review::id))
                    .hasValue(openBefore);
        }
    }
}
