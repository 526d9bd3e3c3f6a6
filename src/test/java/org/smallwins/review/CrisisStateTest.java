package org.smallwins.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smallwins.reframe.Messages;
import org.smallwins.testing.Fixtures;
import org.smallwins.testing.InMemoryOutbox;
import org.smallwins.testing.InMemoryReviewStore;

/** After an URGENT reply the person is in the crisis state: help stays in view, no review question is asked. */
class CrisisStateTest {
    private static final String ME = "test:crisis";
    private static final Instant T0 = Instant.parse("2026-11-20T21:00:00Z");
    private final Messages messages = Fixtures.messages();
    private final InMemoryReviewStore store = new InMemoryReviewStore();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final Conversation conversation = Fixtures.builder(store, outbox, UnitOfWork.NONE)
            .crisisLength(Duration.ofHours(24))
            .build()
            .conversation();

    private List<Reply> say(String text, Instant at) {
        return conversation.handle(new Incoming(ME, text, at)).replies();
    }

    private static String text(List<Reply> replies) {
        return replies.stream().map(Reply::text).collect(Collectors.joining("\n"));
    }

    private static List<String> commands(List<Reply> replies) {
        return replies.stream()
                .flatMap(r -> r.choices().stream())
                .map(Choice::command)
                .toList();
    }

    /** How a person may have been placed before the crisis: what they sent first. */
    static Stream<Arguments> statesAndFollowUps() {
        List<List<String>> before = List.of(
                List.of(), // never used the bot
                List.of("/review"), // mid-review
                List.of("/review", "I phoned the GP", "/later"), // review paused
                List.of("/review", "a", "b", "c", "d", "e")); // review finished
        List<String> followUps =
                List.of("ok", "thanks", "I went for a walk", "/review", "/skip", "/start", "what now?", "😶");
        return before.stream().flatMap(b -> followUps.stream().map(f -> Arguments.of(b, f)));
    }

    @ParameterizedTest(name = "after {0}, then crisis, then \"{1}\"")
    @MethodSource("statesAndFollowUps")
    void everyMessageInTheCrisisStateKeepsHelpInViewAndAsksNoReviewQuestion(List<String> before, String followUp) {
        before.forEach(text -> say(text, T0.minusSeconds(60)));
        say("I want to end my life", T0);

        List<Reply> replies = say(followUp, T0.plus(Duration.ofMinutes(5)));

        String all = text(replies);
        assertThat(all).contains("999").contains("116 123");
        assertThat(all).doesNotContain("Question ").doesNotContain(messages.require("review.paused"));
        for (int q = 1; q <= 5; q++) {
            assertThat(all).doesNotContain(messages.require("question." + q));
        }
    }

    @Test
    void theUrgentReplyOffersSafeNowHelpNowAndTheReviewLater() {
        List<Reply> replies = say("I'm going to kill myself tonight", T0);

        assertThat(commands(replies)).containsExactly("/imsafe", "/helpnow", "/later");
        assertThat(outbox.pendingFor(ME)).allMatch(Outgoing::urgent);
    }

    @Test
    void needHelpNowRepeatsTheResourcesWith999First() {
        say("I want to die", T0);
        String help = text(say("/helpnow", T0.plusSeconds(30)));

        assertThat(help.indexOf("999")).isNotNegative().isLessThan(help.indexOf("116 123"));
    }

    @Test
    void riskAgainInTheCrisisStateRepeatsTheFullCrisisReply() {
        say("I want to die", T0);
        String again = text(say("I am going to take all my pills tonight", T0.plusSeconds(60)));

        assertThat(again)
                .contains(messages.format("safety.urgent", "resources", "")
                        .strip()
                        .substring(0, 40));
        assertThat(store.escalations()).hasSize(2);
    }

    @Test
    void theCrisisStateEndsAfterItsLengthAndTheReviewComesBack() {
        say("/review", T0.minusSeconds(60));
        say("I want to end it all", T0);

        assertThat(text(say("/review", T0.plus(Duration.ofHours(23))))).doesNotContain("Question 1");
        assertThat(text(say("/review", T0.plus(Duration.ofHours(25))))).contains(messages.require("question.1"));
    }

    @Test
    void safeNowEndsTheCrisisStateAndOffersTheReviewBack() {
        say("/review", T0.minusSeconds(60));
        say("I want to end it all", T0);

        List<Reply> safe = say("/imsafe", T0.plusSeconds(120));

        assertThat(text(safe)).contains("116 123");
        assertThat(commands(safe)).containsExactly("/review");
        assertThat(text(say("/review", T0.plusSeconds(180)))).contains(messages.require("question.1"));
    }

    @Test
    void theReviewLaterButtonInTheCrisisStateKeepsHelpInView() {
        say("/review", T0.minusSeconds(60));
        say("I want to end it all", T0);

        List<Reply> later = say("/later", T0.plusSeconds(60));

        assertThat(text(later)).contains("116 123").doesNotContain("Question");
        assertThat(commands(later)).contains("/imsafe", "/helpnow");
    }

    @Test
    void noInitiativeIsTakenInTheCrisisState() {
        say("I want to end it all", T0);
        boolean[] seenInCrisis = new boolean[1];

        conversation.initiate(
                ME,
                (person, inCrisis, at) -> {
                    seenInCrisis[0] = inCrisis;
                    return List.of();
                },
                T0.plus(Duration.ofHours(1)));

        assertThat(seenInCrisis[0]).isTrue();
    }

    @Test
    void aConcernOutsideTheCrisisStateDoesNotStartIt() {
        say("Everything feels hopeless lately", T0);

        assertThat(text(say("/review", T0.plusSeconds(10)))).contains(messages.require("question.1"));
    }

    @Test
    void aMessageClearlyNotInEnglishGetsTheResourcesAndIsNotTakenAsAnAnswer() {
        say("/review", T0);

        String reply = text(say("Aujourd'hui je suis allée au marché avec ma sœur et nous avons parlé longtemps", T0));

        assertThat(reply)
                .isEqualTo(messages.format("language.englishOnly", "resources", reply.substring(reply.indexOf("•"))));
        assertThat(reply).contains("999").contains("116 123");
        assertThat(store.reviews().get(0).answers()).isEmpty();
    }
}
