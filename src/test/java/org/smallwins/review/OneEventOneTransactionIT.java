package org.smallwins.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.storage.Database;
import org.smallwins.storage.H2Outbox;
import org.smallwins.storage.H2ReviewStore;
import org.smallwins.storage.StorageException;
import org.smallwins.testing.Fixtures;

/** Each event of a person is one transaction with the replies it reports, on a real H2 file. */
class OneEventOneTransactionIT {
    private static final String ME = "telegram:42";
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path folder;

    private Database database;
    private H2ReviewStore store;
    private H2Outbox outbox;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("db"), Optional.empty());
        store = new H2ReviewStore(database);
        outbox = new H2Outbox(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Conversation conversation(Outbox replies) {
        return Fixtures.builder(store, replies, database.transactions()).build().conversation();
    }

    private static String text(Handled handled) {
        return handled.replies().stream().map(Reply::text).collect(Collectors.joining("\n"));
    }

    /** An outbox whose writes fail: the disk is full, say. */
    private Outbox failingAfter(int goodWrites) {
        int[] writes = {0};
        return new Outbox() {
            @Override
            public void add(String personKey, List<Reply> replies, boolean urgent, Instant at) {
                if (writes[0]++ >= goodWrites) {
                    throw new StorageException("Could not queue a reply", new java.sql.SQLException("disk full"));
                }
                outbox.add(personKey, replies, urgent, at);
            }

            @Override
            public List<Outgoing> pending(String prefix, int limit) {
                return outbox.pending(prefix, limit);
            }

            @Override
            public List<Outgoing> pendingFor(String personKey) {
                return outbox.pendingFor(personKey);
            }

            @Override
            public void sent(long id) {
                outbox.sent(id);
            }
        };
    }

    @Test
    void anAnswerAndItsReplyAreWrittenTogether() {
        Conversation conversation = conversation(outbox);
        conversation.handle(new Incoming(ME, "/review", AT));
        Handled handled = conversation.handle(new Incoming(ME, "I rang my sister", AT.plusSeconds(5)));

        assertThat(handled.queued()).isTrue();
        assertThat(outbox.pendingFor(ME))
                .extracting(Outgoing::reply)
                .endsWith(handled.replies().toArray(Reply[]::new));
        assertThat(store.findOpenReview(store.person(ME, AT).id()).orElseThrow().answers())
                .hasSize(1);
    }

    @Test
    void whenTheReplyCannotBeQueuedTheAnswerIsNotKeptEitherAndThePersonHearsSo() {
        Conversation conversation = conversation(failingAfter(1));
        conversation.handle(new Incoming(ME, "/review", AT));

        Handled handled = conversation.handle(new Incoming(ME, "I rang my sister", AT.plusSeconds(5)));

        assertThat(handled.queued()).isFalse();
        assertThat(text(handled)).isEqualTo(Fixtures.messages().require("error.apology"));
        assertThat(store.findOpenReview(store.person(ME, AT).id()).orElseThrow().answers())
                .isEmpty();
    }

    @Test
    void aCrisisMessageIsAnsweredEvenWhenNothingCanBeStored() {
        Conversation conversation = conversation(failingAfter(0));

        Handled handled =
                conversation.handle(new Incoming(ME, "I want to kill myself", AT, Optional.of("telegram:update:7")));

        assertThat(handled.queued()).isFalse();
        assertThat(text(handled)).contains("999").contains("116 123");
        assertThat(handled.replies().get(0).choices())
                .extracting(Choice::command)
                .contains("/helpnow");
    }

    @Test
    void aRepeatedDeliveryIsHandledOnceAndAnsweredOnce() {
        Conversation conversation = conversation(outbox);
        conversation.handle(new Incoming(ME, "/review", AT, Optional.of("telegram:update:1")));
        Handled first = conversation.handle(new Incoming(ME, "I rang my sister", AT, Optional.of("telegram:update:2")));
        Handled again = conversation.handle(new Incoming(ME, "I rang my sister", AT, Optional.of("telegram:update:2")));

        assertThat(first.replies()).isNotEmpty();
        assertThat(again.replies()).isEmpty();
        assertThat(outbox.pendingFor(ME)).hasSize(first.replies().size() + 2);
    }

    @Test
    void theDatabaseRefusesASecondOpenReviewForOnePerson() {
        long person = store.person(ME, AT).id();
        store.startReview(person, AT);

        assertThatThrownBy(() -> store.startReview(person, AT.plusSeconds(1))).isInstanceOf(StorageException.class);
    }

    @Test
    void typedReviewsRacingCheckInsOpenOneReview() throws Exception {
        Conversation conversation = conversation(outbox);
        conversation.handle(new Incoming(ME, "/start", AT));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Handled>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                boolean typed = i % 2 == 0;
                results.add(threads.submit(() -> {
                    go.await();
                    return typed
                            ? conversation.handle(new Incoming(ME, "/review", AT.plusSeconds(60)))
                            : conversation.initiate(ME, invitation(), AT.plusSeconds(60));
                }));
            }
            go.countDown();
            for (Future<Handled> result : results) {
                assertThat(result.get().queued()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }

        long person = store.person(ME, AT).id();
        assertThat(store.findOpenReview(person)).isPresent();
        try (var connection = database.dataSource().getConnection();
                var count = connection.prepareStatement("SELECT COUNT(*) FROM reviews WHERE person_id = ?")) {
            count.setLong(1, person);
            try (var rs = count.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    /** A check-in as the scheduler sends it: an invitation whose button sends /review. */
    private static Initiative invitation() {
        return (person, inCrisis, at) ->
                List.of(Reply.of("Time for this week's review?", new Choice("Start now", "/review")));
    }
}
