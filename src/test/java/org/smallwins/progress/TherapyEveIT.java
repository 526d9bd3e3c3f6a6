package org.smallwins.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.reframe.Messages;
import org.smallwins.review.Outgoing;
import org.smallwins.testing.Fixtures;

/** The evening before therapy on H2 through the core: sent once, never in a crisis, never a day late. */
class TherapyEveIT {
    private static final String ME = "test:eve";
    /** Sunday 22 November 2026, 18:00 in London; Thursday therapy makes Wednesday 25 November 19:00 the eve. */
    private static final Instant SUNDAY = Instant.parse("2026-11-22T18:00:00Z");

    private static final Instant EVE = Instant.parse("2026-11-25T19:00:00Z");

    @TempDir
    Path folder;

    private ProgressWorld world;
    private final Messages messages = Fixtures.messages();

    @BeforeEach
    void oneWeek() {
        world = new ProgressWorld(folder);
        world.review(
                ME,
                SUNDAY,
                List.of("I went for a walk with my neighbour", "/skip", "/skip", "/skip", "/skip"),
                List.of());
        world.say(ME, "/therapy thursday", SUNDAY.plusSeconds(600));
        sent(); // what the review said is delivered
    }

    @AfterEach
    void close() {
        world.close();
    }

    private int sweepAt(Instant at) {
        try (EveSweeper sweeper = world.progress.sweeper(
                (key, initiative, when) -> world.conversation.initiate(key, initiative, when),
                Clock.fixed(at, ProgressWorld.LONDON),
                new ScheduledThreadPoolExecutor(1))) {
            return sweeper.sweep();
        }
    }

    private List<String> sent() {
        List<Outgoing> pending = world.outbox.pendingFor(ME);
        pending.forEach(o -> world.outbox.sent(o.id()));
        return pending.stream().map(o -> o.reply().text()).toList();
    }

    private long personId() {
        return world.reviews.person(ME, SUNDAY).id();
    }

    @Test
    void withoutATimeTheEveSaysTomorrowAndBringsTheWeekInThePersonsWords() {
        assertThat(sweepAt(EVE)).isEqualTo(1);

        List<String> sent = sent();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0))
                .startsWith(messages.format("therapy.eve.intro", "when", "tomorrow"))
                .contains("• I went for a walk with my neighbour (22 Nov)")
                .contains(messages.require("therapy.eve.prompt.3"))
                .doesNotContain(messages.require("therapy.eve.patterns")); // one week: no pattern to tell
        assertThat(world.therapy.due(EVE.plusSeconds(7 * 24 * 3600), java.util.Optional.empty(), 10))
                .extracting(DueEve::due)
                .containsExactly(EVE.plusSeconds(7 * 24 * 3600));
    }

    @Test
    void inTheCrisisStateNothingIsSentAndTheEveMovesOnAWeek() {
        world.say(ME, "I want to end my life", EVE.minusSeconds(3600));
        sent();

        assertThat(sweepAt(EVE)).isEqualTo(1);

        assertThat(sent()).isEmpty();
        assertThat(sweepAt(EVE.plusSeconds(60))).as("not sent later either").isZero();
    }

    @Test
    void halfADayLateItIsNotSentAtAllButMovesOnAWeek() {
        assertThat(sweepAt(EVE.plusSeconds(13 * 3600))).isZero();

        assertThat(sent()).isEmpty();
        assertThat(world.therapy.due(EVE.plusSeconds(13 * 3600), java.util.Optional.empty(), 10))
                .isEmpty();
    }

    @Test
    void withNoReviewSinceTheLastSessionTheEveSaysSoGentlyAndStillOffersTheQuestions() {
        sweepAt(EVE);
        sent();

        assertThat(sweepAt(EVE.plusSeconds(7 * 24 * 3600))).isEqualTo(1);
        String text = sent().get(0);
        assertThat(text)
                .startsWith(messages.format("therapy.eve.nothing", "when", "tomorrow"))
                .contains(messages.require("therapy.eve.prompts"))
                .doesNotContain("neighbour");
    }

    @Test
    void therapyOffStopsTheEveAndSaysSo() {
        assertThat(ProgressWorld.text(world.say(ME, "/therapy off", SUNDAY.plusSeconds(900))))
                .isEqualTo(messages.require("therapy.off"));
        assertThat(world.therapy.find(personId())).isEmpty();
        assertThat(sweepAt(EVE)).isZero();
        assertThat(ProgressWorld.text(world.say(ME, "/therapy off", SUNDAY.plusSeconds(960))))
                .isEqualTo(messages.require("therapy.off.none"));
    }

    @Test
    void aDayThatCannotBeReadGetsTheUsageAndChangesNothing() {
        assertThat(ProgressWorld.text(world.say(ME, "/therapy someday soon", SUNDAY.plusSeconds(900))))
                .isEqualTo(messages.require("therapy.usage"));
        assertThat(world.therapy.find(personId())).isPresent();
    }
}
