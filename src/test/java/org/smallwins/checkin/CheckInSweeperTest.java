package org.smallwins.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smallwins.review.Choice;
import org.smallwins.review.Person;
import org.smallwins.review.Reply;
import org.smallwins.review.Review;
import org.smallwins.review.ReviewStatus;

class CheckInSweeperTest {
    private static final String ANNA = "telegram:1";

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /** Anna chose Sundays at 18:00 London time on Saturday 20 March 2027 (London on GMT until the 28th). */
    private static CheckInWorld annaOnSundaysAt18(String setOn) {
        CheckInWorld world = new CheckInWorld(at(setOn));
        world.send(ANNA, "/schedule sun 18:00 London");
        return world;
    }

    private static void assertInvitation(List<CheckInWorld.Sent> sent) {
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).reply().choices())
                .extracting(Choice::command)
                .containsExactly("/review", "/checkin later", "/checkin skip");
    }

    @Test
    void sendsCheckInAtLocalTimeAcrossDstChange() {
        CheckInWorld world = annaOnSundaysAt18("2027-03-20T10:00:00Z");
        assertThat(world.sweepAt(at("2027-03-21T17:59:30Z"))).isEmpty();
        assertInvitation(world.sweepAt(at("2027-03-21T18:00:10Z")));
        world.send(ANNA, "/checkin skip");
        // The clocks go forward on 28 March: 18:00 in London is now 17:00 UTC.
        assertThat(world.sweepAt(at("2027-03-28T16:59:30Z"))).isEmpty();
        assertInvitation(world.sweepAt(at("2027-03-28T17:00:10Z")));
        assertThat(world.plan(ANNA).nextDue()).hasValue(at("2027-04-04T17:00:00Z"));
    }

    @Test
    void sendsCheckInAtLocalTimeWhenTheClocksGoBack() {
        CheckInWorld world = annaOnSundaysAt18("2027-10-20T10:00:00Z");
        assertInvitation(world.sweepAt(at("2027-10-24T17:00:05Z"))); // 18:00 BST
        assertThat(world.sweepAt(at("2027-10-31T17:00:05Z"))).isEmpty(); // 17:00 GMT: too early now
        assertInvitation(world.sweepAt(at("2027-10-31T18:00:05Z")));
    }

    @Test
    void aZoneEastOfUtcGetsItsCheckInBeforeMidnightUtc() {
        CheckInWorld world = new CheckInWorld(at("2027-01-17T12:00:00Z"));
        world.send(ANNA, "/schedule mon 07:30 Tokyo");
        assertThat(world.sweepAt(at("2027-01-17T22:29:00Z"))).isEmpty();
        assertInvitation(world.sweepAt(at("2027-01-17T22:30:20Z"))); // Monday 07:30 in Tokyo
    }

    @Test
    void aCheckInThatFellDueWhileTheBotWasDownIsSentOnceOnStart() {
        CheckInWorld world = annaOnSundaysAt18("2027-01-13T10:00:00Z");
        // Down from 17:00 to 23:00: five hours late.
        assertInvitation(world.sweepAt(at("2027-01-17T23:00:00Z")));
        assertThat(world.sweepAt(at("2027-01-17T23:00:30Z"))).isEmpty();
        assertThat(world.plan(ANNA).nextDue()).hasValue(at("2027-01-24T18:00:00Z"));
    }

    @Test
    void aCheckInMoreThanTwelveHoursLateMovesToNextWeekUnsent() {
        CheckInWorld world = annaOnSundaysAt18("2027-01-13T10:00:00Z");
        assertThat(world.sweepAt(at("2027-01-18T06:00:00Z"))).isEmpty(); // twelve hours late
        assertThat(world.plan(ANNA).nextDue()).hasValue(at("2027-01-24T18:00:00Z"));
        assertThat(world.sweepAt(at("2027-01-18T06:00:30Z"))).isEmpty();
        assertInvitation(world.sweepAt(at("2027-01-24T18:00:00Z")));
    }

    @Test
    void laterBringsTheCheckInBackInThreeHoursAndKeepsTheWeeklyTime() {
        CheckInWorld world = annaOnSundaysAt18("2027-01-13T10:00:00Z");
        assertInvitation(world.sweepAt(at("2027-01-17T18:00:00Z")));
        world.clock.set(at("2027-01-17T18:05:00Z"));
        assertThat(world.send(ANNA, "/checkin later").get(0).text()).contains("21:05");
        assertThat(world.sweepAt(at("2027-01-17T21:04:30Z"))).isEmpty();
        assertInvitation(world.sweepAt(at("2027-01-17T21:05:10Z")));
        assertThat(world.plan(ANNA).nextDue()).hasValue(at("2027-01-24T18:00:00Z"));
    }

    @Test
    void skipThisWeekCancelsALaterAndWaitsForNextWeek() {
        CheckInWorld world = annaOnSundaysAt18("2027-01-13T10:00:00Z");
        assertInvitation(world.sweepAt(at("2027-01-17T18:00:00Z")));
        world.send(ANNA, "/checkin later");
        List<Reply> skipped = world.send(ANNA, "/checkin skip");
        assertThat(skipped.get(0).text()).contains("Sunday 24 January at 18:00");
        assertThat(world.sweepAt(at("2027-01-17T21:30:00Z"))).isEmpty();
        assertInvitation(world.sweepAt(at("2027-01-24T18:00:00Z")));
    }

    @Test
    void afterThreeUnansweredCheckInsOneKindMessageSaysTheyArePaused() {
        CheckInWorld world = annaOnSundaysAt18("2027-01-13T10:00:00Z");
        assertInvitation(world.sweepAt(at("2027-01-17T18:00:00Z")));
        assertInvitation(world.sweepAt(at("2027-01-24T18:00:00Z")));
        assertInvitation(world.sweepAt(at("2027-01-31T18:00:00Z")));
        List<CheckInWorld.Sent> fourth = world.sweepAt(at("2027-02-07T18:00:00Z"));
        assertThat(fourth).hasSize(1);
        Reply resting = fourth.get(0).reply();
        assertThat(resting.text()).contains("paused", "/resume").doesNotContainPattern("\\d|missed|streak");
        assertThat(resting.choices()).extracting(Choice::command).containsExactly("/resume");
        assertThat(world.plan(ANNA).state()).isEqualTo(CheckInState.RESTING);
        assertThat(world.sweepAt(at("2027-02-14T18:00:00Z"))).isEmpty();
        assertThat(world.sweepAt(at("2027-02-21T18:00:00Z"))).isEmpty();
        world.send(ANNA, "/resume");
        assertInvitation(world.sweepAt(at("2027-02-28T18:00:00Z")));
    }

    @Test
    void anyMessageBetweenCheckInsKeepsThemComing() {
        CheckInWorld world = annaOnSundaysAt18("2027-01-13T10:00:00Z");
        assertInvitation(world.sweepAt(at("2027-01-17T18:00:00Z")));
        assertInvitation(world.sweepAt(at("2027-01-24T18:00:00Z")));
        world.checkIns.events().wrote(world.person(ANNA), at("2027-01-25T09:00:00Z"));
        assertInvitation(world.sweepAt(at("2027-01-31T18:00:00Z")));
        assertInvitation(world.sweepAt(at("2027-02-07T18:00:00Z")));
        assertInvitation(world.sweepAt(at("2027-02-14T18:00:00Z")));
        assertThat(world.sweepAt(at("2027-02-21T18:00:00Z")).get(0).reply().choices())
                .extracting(Choice::command)
                .containsExactly("/resume");
    }

    @Test
    void aChatThatBlockedTheBotGetsNoMoreCheckIns() {
        CheckInWorld world = annaOnSundaysAt18("2027-01-13T10:00:00Z");
        world.checkIns.blocked(ANNA);
        world.checkIns.blocked("telegram:unknown"); // no plan, no person: nothing to do, no failure
        assertThat(world.plan(ANNA).state()).isEqualTo(CheckInState.BLOCKED);
        assertThat(world.sweepAt(at("2027-01-17T18:00:00Z"))).isEmpty();
        assertThat(world.sweepAt(at("2027-01-24T18:00:00Z"))).isEmpty();
        world.send(ANNA, "/resume");
        assertInvitation(world.sweepAt(at("2027-01-31T18:00:00Z")));
    }

    @Test
    void noCheckInReachesAPersonInTheCrisisStateAndItWaitsForNextWeek() {
        CheckInWorld world = annaOnSundaysAt18("2027-01-13T10:00:00Z");
        Person anna = world.person(ANNA);
        world.reviews.setCrisisUntil(anna.id(), Optional.of(at("2027-01-18T12:00:00Z")));
        assertThat(world.sweepAt(at("2027-01-17T18:00:00Z"))).isEmpty();
        assertThat(world.plan(ANNA).nextDue()).hasValue(at("2027-01-24T18:00:00Z"));
        assertThat(world.plan(ANNA).unanswered()).isZero();
        assertThat(world.sweepAt(at("2027-01-18T13:00:00Z"))).isEmpty(); // crisis over: no catch-up message
        assertInvitation(world.sweepAt(at("2027-01-24T18:00:00Z")));
    }

    @Test
    void nothingIsSentUntilThePersonAgreesToTheOfferAfterTheirFirstReview() {
        CheckInWorld world = new CheckInWorld(at("2027-01-17T18:20:00Z"));
        Person anna = world.person(ANNA);
        Review first = new Review(1, anna.id(), ReviewStatus.COMPLETED, at("2027-01-17T18:08:00Z"), List.of());
        List<Reply> offer = world.checkIns.events().reviewCompleted(anna, first, world.clock.instant());
        assertThat(offer).hasSize(1);
        assertThat(offer.get(0).text()).contains("Same time next week?", "every Sunday at 18:15 (Europe/London)");
        assertThat(offer.get(0).choices())
                .extracting(Choice::command)
                .containsExactly("/checkin yes sun 18:15", "/checkin no");
        assertThat(world.sweepAt(at("2027-01-24T18:15:00Z"))).isEmpty();
        // Offered once only.
        assertThat(world.checkIns.events().reviewCompleted(anna, first, at("2027-01-24T19:00:00Z")))
                .isEmpty();

        world.clock.set(at("2027-01-24T19:00:00Z"));
        assertThat(world.send(ANNA, "/checkin yes sun 18:15").get(0).text())
                .contains("every Sunday at 18:15", "Sunday 31 January at 18:15");
        assertInvitation(world.sweepAt(at("2027-01-31T18:15:00Z")));
    }

    @Test
    void declinedOfferSendsNothing() {
        CheckInWorld world = new CheckInWorld(at("2027-01-17T18:20:00Z"));
        Person anna = world.person(ANNA);
        Review first = new Review(1, anna.id(), ReviewStatus.COMPLETED, at("2027-01-17T18:08:00Z"), List.of());
        world.checkIns.events().reviewCompleted(anna, first, world.clock.instant());
        assertThat(world.send(ANNA, "/checkin no").get(0).text()).contains("/settings");
        assertThat(world.plan(ANNA).state()).isEqualTo(CheckInState.OFF);
        assertThat(world.sweepAt(at("2027-01-24T18:15:00Z"))).isEmpty();
    }

    @Test
    void aFailingCheckInDoesNotStopTheOthersAndIsTriedAgain() {
        CheckInWorld world = annaOnSundaysAt18("2027-01-13T10:00:00Z");
        world.send("telegram:2", "/schedule sun 18:00 London");
        AtomicInteger failures = new AtomicInteger();
        CheckInSweeper sweeper = world.checkIns.sweeper(
                (key, initiative, when) -> {
                    if (key.equals(ANNA) && failures.getAndIncrement() == 0) {
                        throw new IllegalStateException("storage hiccup");
                    }
                    world.initiate(key, initiative, when);
                },
                world.clock,
                Executors.newSingleThreadScheduledExecutor());
        try (sweeper) {
            world.clock.set(at("2027-01-17T18:00:00Z"));
            sweeper.sweep();
            assertThat(world.sent).extracting(CheckInWorld.Sent::personKey).containsExactly("telegram:2");
            world.clock.set(at("2027-01-17T18:00:30Z"));
            sweeper.sweep();
            assertThat(world.sent).extracting(CheckInWorld.Sent::personKey).containsExactly("telegram:2", ANNA);
        }
    }

    @Test
    void startedSweeperSweepsAtOnceAndStopsOnClose() throws InterruptedException {
        CheckInWorld world = annaOnSundaysAt18("2027-01-13T10:00:00Z");
        world.clock.set(at("2027-01-17T18:05:00Z"));
        CheckInSweeper sweeper = world.sweeper();
        sweeper.start();
        for (int i = 0; i < 100 && world.sent.isEmpty(); i++) {
            Thread.sleep(50);
        }
        sweeper.close();
        assertThat(world.sent).hasSize(1);
    }

    @Test
    void aLateSweepAfterTheScheduleChangedSendsNothingTwice() {
        CheckInWorld world = annaOnSundaysAt18("2027-01-13T10:00:00Z");
        world.clock.set(at("2027-01-17T18:00:00Z"));
        List<DueCheckIn> found = world.checkIns.due(world.clock.instant(), 10);
        assertThat(found).hasSize(1);
        world.send(ANNA, "/schedule mon 09:00"); // changed between finding and sending
        world.initiate(
                ANNA,
                new CheckInInitiative(found.get(0), world.store, world.reviews, null),
                at("2027-01-17T18:00:01Z"));
        assertThat(world.sent).isEmpty();
        assertThat(world.plan(ANNA).nextDue()).hasValue(at("2027-01-18T09:00:00Z"));
        assertThat(Duration.between(
                        at("2027-01-17T18:00:00Z"), world.plan(ANNA).nextDue().get()))
                .isEqualTo(Duration.ofHours(15));
    }
}
