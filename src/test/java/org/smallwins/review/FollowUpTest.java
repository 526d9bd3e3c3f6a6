package org.smallwins.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smallwins.reframe.Messages;
import org.smallwins.testing.Fixtures;
import org.smallwins.testing.InMemoryReviewStore;

/** A reply that ends with a question waits for the person's answer before the next review question. */
class FollowUpTest {
    private static final String ME = "test:followup";
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final String IDEAL_FUTURE = "I should be calmer by now";

    private final InMemoryReviewStore store = new InMemoryReviewStore();
    private Conversation conversation = Fixtures.conversation(store);
    private final Messages messages = Fixtures.messages();

    private List<Reply> replies(String text) {
        return conversation.handle(new Incoming(ME, text, AT)).replies();
    }

    private String say(String text) {
        return replies(text).stream().map(Reply::text).collect(Collectors.joining("\n---\n"));
    }

    private Answer answer(int question) {
        return store.reviews().get(0).answers().stream()
                .filter(a -> a.question() == question)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aReplyEndingWithAQuestionWaitsForTheAnswerWithAMoveOnButton() {
        say("/review");
        List<Reply> asked = replies(IDEAL_FUTURE);

        Reply last = asked.get(asked.size() - 1);
        assertThat(last.text().strip()).endsWith("?");
        assertThat(last.choices()).extracting(Choice::label).containsExactly(messages.require("choice.moveOn"));
        assertThat(asked).extracting(Reply::text).noneMatch(t -> t.contains(messages.require("question.2")));
        assertThat(answer(1).followUp()).isEqualTo(FollowUp.ASKED);
    }

    @Test
    void theAnswerToTheFollowUpIsKeptWithItsAnswerThenTheNextQuestionIsAsked() {
        say("/review");
        say(IDEAL_FUTURE);
        String reply = say("I sat through the whole team meeting this week");

        assertThat(messages.variants("followup.thanks")).anyMatch(reply::contains);
        assertThat(reply).contains(messages.require("question.2"));
        assertThat(answer(1).text()).isEqualTo(IDEAL_FUTURE);
        assertThat(answer(1).followUp().shifted()).contains("I sat through the whole team meeting this week");
    }

    @Test
    void aReplyWithoutAQuestionGoesStraightOnToTheNextQuestion() {
        say("/review");
        assertThat(say("I phoned the bank about the bill")).contains(messages.require("question.2"));
        assertThat(answer(1).followUp()).isEqualTo(FollowUp.NONE);
    }

    @Test
    void skipOrTheMoveOnButtonMovesOnWithoutSkippingTheNextQuestion() {
        say("/review");
        say("I used to be so much braver than this");
        String reply = say("/skip");

        assertThat(reply).contains(messages.require("followup.movedOn")).contains(messages.require("question.2"));
        assertThat(answer(1).kind()).isEqualTo(AnswerKind.ANSWERED);
        assertThat(answer(1).followUp()).isEqualTo(FollowUp.MOVED_ON);
        assertThat(store.reviews().get(0).answers()).hasSize(1);
        assertThat(say("I went to the shop on my own")).contains(messages.require("question.3"));
    }

    @Test
    void aCrisisMessageInPlaceOfAnAnswerGetsTheCrisisReplyAndIsNeverKeptAsTheAnswer() {
        say("/review");
        say(IDEAL_FUTURE);
        String reply = say("I want to end my life");

        assertThat(reply).contains("116 123").doesNotContain(messages.require("question.2"));
        assertThat(answer(1).followUp()).isEqualTo(FollowUp.ASKED);
        assertThat(store.reviews().get(0).status()).isEqualTo(ReviewStatus.PAUSED);

        say("/imsafe");
        String resumed = say("/review");
        // After a pause the review goes on with the next question: "what has shifted?" is not asked
        // again of someone who has just been at risk.
        assertThat(resumed).contains(messages.require("question.2"));
        assertThat(answer(1).followUp()).isEqualTo(FollowUp.MOVED_ON);
    }

    @Test
    void nothingInAnswerToTheFollowUpIsMetGentlyAndNotKeptAsAShift() {
        say("/review");
        say(IDEAL_FUTURE);
        String reply = say("I don't know");

        assertThat(messages.variants("followup.nothing")).anyMatch(reply::contains);
        assertThat(reply).contains(messages.require("question.2"));
        assertThat(answer(1).followUp()).isEqualTo(FollowUp.MOVED_ON);
    }

    @Test
    void anEmptyOrEmojiReplyKeepsTheFollowUpOpen() {
        say("/review");
        say(IDEAL_FUTURE);
        assertThat(say("🙂")).isEqualTo(messages.require("followup.empty"));
        assertThat(answer(1).followUp()).isEqualTo(FollowUp.ASKED);
    }

    @Test
    void afterARestartMidFollowUpThePersonIsAskedItAgainAndCanAnswerIt() {
        say("/review");
        say(IDEAL_FUTURE);
        conversation = Fixtures.conversation(store); // a new process over the same storage

        List<Reply> greeting = conversation.greet(ME, AT);
        Reply again = greeting.get(greeting.size() - 1);
        assertThat(again.text())
                .startsWith(messages.format("followup.again", "question", "").strip());
        assertThat(again.text().strip()).endsWith("?");
        assertThat(again.choices()).extracting(Choice::command).containsExactly("/skip");

        assertThat(say("I can reply to emails the same day now")).contains(messages.require("question.2"));
        assertThat(answer(1).followUp().shifted()).contains("I can reply to emails the same day now");
    }

    @Test
    void reviewTypedDuringAFollowUpAsksTheFollowUpAgain() {
        say("/review");
        say(IDEAL_FUTURE);
        String again = say("/review");
        assertThat(again).contains(messages.require("review.resume")).doesNotContain(messages.require("question.2"));
        assertThat(again.strip()).endsWith("?");
    }

    @Test
    void aFollowUpOnTheLastQuestionIsAnsweredBeforeTheReviewEnds() {
        say("/review");
        for (int q = 1; q <= 4; q++) {
            say("/skip");
        }
        assertThat(say(IDEAL_FUTURE)).doesNotContain(messages.require("summary.title"));
        assertThat(store.reviews().get(0).status()).isEqualTo(ReviewStatus.IN_PROGRESS);

        assertThat(say("I get out of bed before nine most days")).contains(messages.require("summary.title"));
        assertThat(store.reviews().get(0).status()).isEqualTo(ReviewStatus.COMPLETED);
        assertThat(answer(5).followUp().shifted()).contains("I get out of bed before nine most days");
    }

    @Test
    void aHardWeekToldInTheFollowUpIsHeardAndKeptButNotThankedAsChange() {
        say("/review");
        say(IDEAL_FUTURE);
        String reply = say("No. It was awful all week.");

        assertThat(messages.variants("followup.hard")).anyMatch(reply::contains);
        assertThat(messages.variants("followup.thanks")).noneMatch(reply::contains);
        assertThat(reply).contains(messages.require("question.2"));
        assertThat(answer(1).followUp().shifted()).contains("No. It was awful all week.");
    }

    @Test
    void aPlainNoToTheFollowUpIsMetGently() {
        say("/review");
        say(IDEAL_FUTURE);
        String reply = say("No, not really.");

        assertThat(messages.variants("followup.nothing")).anyMatch(reply::contains);
        assertThat(answer(1).followUp().shifted()).isEmpty();
    }

    @Test
    void aTentativeYesCountsAsAChangeSeen() {
        assertThat(FollowUps.sawChange("A bit, on Tuesday", org.smallwins.language.Stance.WORRY))
                .isTrue();
        assertThat(FollowUps.sawChange("Maybe on Tuesday, a bit", org.smallwins.language.Stance.WORRY))
                .isTrue();
        assertThat(FollowUps.sawChange("Nope, same as ever", org.smallwins.language.Stance.WIN))
                .isFalse();
        assertThat(FollowUps.sawChange("I still hate myself", org.smallwins.language.Stance.SELF_CRITICISM))
                .isFalse();
        assertThat(FollowUps.sawChange("I slept better on Friday", org.smallwins.language.Stance.WIN))
                .isTrue();
    }
}
