package org.smallwins.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smallwins.safety.RiskLevel;
import org.smallwins.testing.Fixtures;
import org.smallwins.testing.InMemoryReviewStore;

/** The crisis reply wins over every state and every command, and pauses the review. */
class SafetyFirstTest {
    private static final String ME = "test:safety";
    private static final String URGENT = "I want to end my life";
    private static final String CONCERN = "Everything feels hopeless lately";

    private final InMemoryReviewStore store = new InMemoryReviewStore();
    private final Conversation conversation = Fixtures.conversation(store);

    private List<Reply> say(String text) {
        return conversation
                .handle(new Incoming(ME, text, Instant.parse("2026-11-20T10:00:00Z")))
                .replies();
    }

    private static String text(List<Reply> replies) {
        return replies.stream().map(Reply::text).collect(Collectors.joining("\n"));
    }

    static Stream<Arguments> statesAndWrappers() {
        List<Consumer<SafetyFirstTest>> states = List.of(
                t -> {}, // a new person, nothing started
                t -> t.say("/review"), // mid-review, question 1
                t -> {
                    t.say("/review");
                    t.say("I went out");
                    t.say("I rang my aunt");
                }, // question 3
                t -> {
                    t.say("/review");
                    t.say(CONCERN);
                }, // paused after a concern
                t -> {
                    t.say("/review");
                    t.say("/cancel");
                }); // after a cancelled review
        List<String> wrappers = List.of(
                "%s",
                "/skip %s",
                "/review %s",
                "/help %s",
                "/schedule mon 09:00 %s",
                "/start %s",
                "/cancel %s",
                "/frobnicate %s",
                "I only went out once. %s",
                "%s 🙁");
        return states.stream().flatMap(s -> wrappers.stream().map(w -> Arguments.of(s, w)));
    }

    @ParameterizedTest
    @MethodSource("statesAndWrappers")
    void urgentRiskGetsTheCrisisReplyInEveryStateAndInsideEveryCommand(
            Consumer<SafetyFirstTest> state, String wrapper) {
        state.accept(this);
        int before = store.escalations().size();

        String reply = text(say(wrapper.formatted(URGENT)));

        assertThat(reply).contains("999").contains("A&E").contains("116 123").contains("85258");
        assertThat(reply)
                .doesNotContain(Fixtures.messages().require("question.prompt").substring(0, 8));
        assertThat(store.escalations()).hasSize(before + 1);
        assertThat(store.escalations().get(before).level()).isEqualTo(RiskLevel.URGENT);
        assertThat(store.reviews()).noneMatch(r -> r.status() == ReviewStatus.IN_PROGRESS);
    }

    @Test
    void urgentRiskMidReviewPausesWithoutReframeOrNextQuestionAndSavesNoAnswer() {
        say("/review");
        List<Reply> replies = say("I cut myself again last night");

        assertThat(text(replies)).contains("116 123").doesNotContain("Question 2");
        Review review = store.reviews().get(0);
        assertThat(review.status()).isEqualTo(ReviewStatus.PAUSED);
        assertThat(review.answers()).isEmpty();
        // In the crisis state the next message is not an answer, and help stays in view.
        assertThat(text(say("ok"))).contains("116 123").doesNotContain("paused").doesNotContain("Question 2");
        assertThat(store.reviews().get(0).answers()).isEmpty();
        // The review waits until the person says they are safe; then /review picks up at question 1.
        assertThat(text(say("/review"))).contains("116 123").doesNotContain("Question 1");
        say("/imsafe");
        assertThat(text(say("/review"))).contains(Fixtures.messages().require("question.1"));
    }

    @Test
    void repeatedRiskLanguageIsAnsweredEveryTimeNeverMuted() {
        for (int i = 0; i < 5; i++) {
            assertThat(text(say("I don't want to be here anymore"))).contains("116 123");
        }
        assertThat(store.escalations()).hasSize(5);
    }

    @Test
    void concernAcknowledgesSuggestsSupportAndAsksWhetherToGoOn() {
        say("/review");
        List<Reply> replies = say("I've been drinking every night to get through");

        assertThat(text(replies)).contains("GP").contains("NHS 111").contains("116 123");
        assertThat(replies.get(replies.size() - 1).choices())
                .extracting(Choice::command)
                .containsExactly("/review", "/later");
        assertThat(store.escalations())
                .extracting(InMemoryReviewStore.Escalation::level)
                .containsExactly(RiskLevel.CONCERN);
        assertThat(text(say("/review"))).contains(Fixtures.messages().require("question.1"));
    }

    @Test
    void helpAlwaysShowsTheCrisisResources() {
        assertThat(text(say("/help")))
                .contains("999")
                .contains("111")
                .contains("option 2")
                .contains("116 123")
                .contains("SHOUT")
                .contains("85258");
    }

    @Test
    void idiomsDoNotTriggerTheCrisisReply() {
        say("/review");
        String reply = text(say("This deadline is killing me but I sent the report"));
        assertThat(reply).doesNotContain("116 123").contains("Question 2");
        assertThat(store.escalations()).isEmpty();
    }

    @Test
    void theCrisisReplyGoesOutEvenWhenStorageFails() {
        ReviewStore broken = org.mockito.Mockito.mock(ReviewStore.class);
        org.mockito.Mockito.when(
                        broken.person(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.any()))
                .thenThrow(new IllegalStateException("disk full"));
        Conversation withBrokenStore = Fixtures.conversation(broken);

        List<Reply> replies = withBrokenStore
                .handle(new Incoming(ME, "I want to kill myself", Instant.EPOCH))
                .replies();

        assertThat(text(replies)).contains("999").contains("116 123");
    }
}
