package org.smallwins.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.smallwins.review.Choice;
import org.smallwins.review.Conversation;
import org.smallwins.review.Incoming;
import org.smallwins.review.Outgoing;
import org.smallwins.review.Reply;
import org.smallwins.review.UnitOfWork;
import org.smallwins.testing.Fixtures;
import org.smallwins.testing.InMemoryOutbox;
import org.smallwins.testing.InMemoryReviewStore;

/**
 * Check-ins wired into the real core as the application wires them: their commands registered, their
 * listener hearing the core's events, and the sweeper reaching people through
 * {@code Conversation.initiate} and the outbox.
 */
class CheckInsInTheCoreTest {
    private static final String CARA = "console:local";

    private final MutableClock clock = new MutableClock(Instant.parse("2027-01-13T10:00:00Z"));
    private final InMemoryReviewStore reviews = new InMemoryReviewStore();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryCheckInStore store = new InMemoryCheckInStore(reviews);
    private final CheckIns checkIns = new CheckIns(store, reviews, Fixtures.messages());
    private final Conversation conversation = Fixtures.builder(reviews, outbox, UnitOfWork.NONE)
            .commands(checkIns.commands())
            .listener(checkIns.events())
            .build()
            .conversation();

    private List<Reply> say(String text, String at) {
        clock.set(Instant.parse(at));
        store.know(reviews.person(CARA, clock.instant()));
        return conversation.handle(new Incoming(CARA, text, clock.instant())).replies();
    }

    /** Sweeps at {@code at}; the replies it put in the outbox. */
    private List<Reply> sweep(String at) {
        clock.set(Instant.parse(at));
        int before = outbox.pendingFor(CARA).size();
        try (CheckInSweeper sweeper =
                checkIns.sweeper(conversation::initiate, clock, Executors.newSingleThreadScheduledExecutor())) {
            sweeper.sweep();
        }
        List<Outgoing> all = outbox.pendingFor(CARA);
        return all.subList(before, all.size()).stream().map(Outgoing::reply).toList();
    }

    @Test
    void startNowWhileAReviewIsOpenResumesItRatherThanStartingAnother() {
        say("/schedule sun 18:00 London", "2027-01-13T10:00:00Z");
        say("/review", "2027-01-17T17:50:00Z");
        say("I phoned my sister", "2027-01-17T17:52:00Z");

        List<Reply> checkIn = sweep("2027-01-17T18:00:05Z");
        assertThat(checkIn).hasSize(1);
        assertThat(checkIn.get(0).text()).contains("still open");
        Choice carryOn = checkIn.get(0).choices().get(0);
        assertThat(carryOn.command()).isEqualTo("/review");

        List<Reply> replies = say(carryOn.command(), "2027-01-17T18:01:00Z");
        assertThat(replies.get(0).text()).isEqualTo(Fixtures.messages().require("review.resume"));
        assertThat(replies.get(1).text()).contains("Question 2 of 5");
        assertThat(reviews.reviews()).filteredOn(r -> r.status().isOpen()).hasSize(1);
    }

    @Test
    void theFirstReviewEndsWithSameTimeNextWeekAndAgreeingBringsTheCheckIn() {
        say("/review", "2027-01-17T18:07:00Z");
        List<Reply> last = List.of();
        for (int q = 0; q < 5; q++) {
            last = say("/skip", "2027-01-17T18:1" + q + ":00Z");
        }
        Reply offer = last.get(last.size() - 1);
        assertThat(offer.text()).contains("Same time next week?", "every Sunday at 18:00 (Europe/London)");
        assertThat(sweep("2027-01-24T18:00:05Z")).isEmpty(); // nothing before the person agrees

        say(offer.choices().get(0).command(), "2027-01-24T19:00:00Z");
        List<Reply> checkIn = sweep("2027-01-31T18:00:05Z");
        assertThat(checkIn).hasSize(1);
        assertThat(checkIn.get(0).choices())
                .extracting(Choice::label)
                .containsExactly("Start now", "Later (in 3 hours)", "Skip this week");
        assertThat(say("/review", "2027-01-31T18:01:00Z").get(0).text())
                .isEqualTo(Fixtures.messages().require("review.intro"));

        // A second completed review asks nothing again.
        for (int q = 0; q < 5; q++) {
            last = say("/skip", "2027-01-31T18:1" + q + ":00Z");
        }
        assertThat(last).noneMatch(reply -> reply.text().contains("Same time next week?"));
    }

    @Test
    void aTypedTimeZoneAfterTypeItReachesSettingsThroughTheCore() {
        say("/schedule sun 18:00", "2027-01-13T10:00:00Z");
        say("/settings type", "2027-01-13T10:01:00Z");
        List<Reply> replies = say("Tokyo", "2027-01-13T10:02:00Z");
        assertThat(replies.get(0).text()).contains("every Sunday at 18:00 (Asia/Tokyo)");
        assertThat(store.find(reviews.person(CARA, clock.instant()).id())
                        .orElseThrow()
                        .zone())
                .isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void noCheckInReachesSomeoneTheCoreHoldsInTheCrisisState() {
        say("/schedule sun 18:00 London", "2027-01-13T10:00:00Z");
        List<Reply> crisis = say("I want to end my life", "2027-01-17T12:00:00Z");
        assertThat(crisis.get(0).text()).contains("116 123");
        assertThat(sweep("2027-01-17T18:00:05Z")).isEmpty();
        assertThat(store.find(reviews.person(CARA, clock.instant()).id())
                        .orElseThrow()
                        .nextDue())
                .hasValue(Instant.parse("2027-01-24T18:00:00Z"));
    }
}
