package org.smallwins.safetyplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smallwins.safetyplan.PlanWorld.commands;
import static org.smallwins.safetyplan.PlanWorld.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smallwins.reframe.Messages;
import org.smallwins.review.Reply;
import org.smallwins.safety.CrisisResources;
import org.smallwins.testing.Fixtures;

/** /safetyplan: seven steps one at a time, any skipped; then the plan, changed or cleared a step at a time. */
class PlanConversationTest {
    private final PlanWorld world = new PlanWorld();
    private final Messages messages = Fixtures.messages();

    private String ask(PlanStep step) {
        return messages.require("plan." + step.key() + ".ask").substring(0, 30);
    }

    /** Writes the whole plan, one answer a step, with numbers where people are named. */
    private void writeWholePlan() {
        world.say("/safetyplan");
        world.say("I stop answering texts and stay in bed");
        world.say("a cold shower, then the dog round the park");
        world.say("the library, my cousin Jo");
        world.say("Mum 07700 900123");
        world.say("Dr Patel at the surgery 020 7946 0000");
        world.say("ask my brother to keep my tablets");
        world.say("my daughter, and seeing the sea again");
    }

    @Test
    void theFirstTimeItWalksThroughTheSevenStepsInOrderOneAMessage() {
        List<Reply> first = world.say("/safetyplan");
        assertThat(first).hasSize(1);
        assertThat(text(first))
                .startsWith(messages.require("plan.intro").substring(0, 30))
                .contains("Step 1 of 7");
        assertThat(text(first)).contains(ask(PlanStep.WARNING_SIGNS));
        assertThat(commands(first)).containsExactly("/safetyplan skip", "/safetyplan later");

        String[] answers = {
            "I stop answering texts",
            "a cold shower",
            "the library",
            "Mum 07700 900123",
            "my GP 020 7946 0000",
            "give my tablets to my brother"
        };
        PlanStep[] steps = PlanStep.values();
        for (int i = 0; i < answers.length; i++) {
            List<Reply> next = world.say(answers[i]);
            assertThat(next).hasSize(1);
            assertThat(text(next))
                    .startsWith(messages.require("plan.kept"))
                    .contains("Step " + (i + 2) + " of 7")
                    .contains(ask(steps[i + 1]));
        }
        String done = text(world.say("my daughter"));

        assertThat(done).contains(messages.require("plan.finished")).contains(messages.require("plan.view.title"));
        assertThat(world.plan().entries()).extracting(SafetyPlan.Entry::step).containsExactly(steps);
        assertThat(world.plan().text(PlanStep.REASONS)).contains("my daughter");
    }

    @Test
    void theProfessionalsStepHasTheUkCrisisLinesFilledInFromCrisisResources() {
        world.say("/safetyplan");
        for (int i = 0; i < 3; i++) {
            world.say("skip");
        }
        String professionals = text(world.say("skip"));

        assertThat(professionals).contains(ask(PlanStep.PROFESSIONALS));
        CrisisResources.load().lines().forEach(line -> assertThat(professionals).contains(line));
    }

    @Test
    void anyStepCanBeSkippedByButtonOrByTypingSkip() {
        world.say("/safetyplan");
        String afterButton = text(world.say("/safetyplan skip"));
        String afterTyped = text(world.say("Skip"));
        String afterNothing = text(world.say("I don't know"));

        assertThat(afterButton).startsWith(messages.require("plan.skipped")).contains("Step 2 of 7");
        assertThat(afterTyped).startsWith(messages.require("plan.skipped")).contains("Step 3 of 7");
        assertThat(afterNothing).startsWith(messages.require("plan.nothing")).contains("Step 4 of 7");
        assertThat(world.plan().isEmpty()).isTrue();
    }

    @Test
    void skippingEveryStepLeavesNoPlanAndSaysSoKindly() {
        world.say("/safetyplan");
        String last = "";
        for (int i = 0; i < 7; i++) {
            last = text(world.say("skip"));
        }

        assertThat(last).contains(messages.require("plan.finishedEmpty"));
        assertThat(world.plan().isEmpty()).isTrue();
        assertThat(world.store.awaiting(world.me())).isEmpty();
    }

    @Test
    void aPersonNamedWithoutANumberIsAskedOnceForOne() {
        world.say("/safetyplan");
        world.say("skip");
        world.say("skip");
        world.say("skip");

        String asked = text(world.say("my sister Anna"));
        String next = text(world.say("07700 900456"));

        assertThat(asked).contains(messages.require("plan.askNumber"));
        assertThat(next).contains("Step 5 of 7");
        assertThat(world.plan().text(PlanStep.PEOPLE)).contains("my sister Anna\n07700 900456");
    }

    @Test
    void aNumberCanBeDeclinedAndTheNameIsKept() {
        world.say("/safetyplan");
        world.say("skip");
        world.say("skip");
        world.say("skip");
        world.say("my sister Anna");

        String next = text(world.say("No thanks"));

        assertThat(next).startsWith(messages.require("plan.numberSkipped")).contains("Step 5 of 7");
        assertThat(world.plan().text(PlanStep.PEOPLE)).contains("my sister Anna");
    }

    @Test
    void finishLaterKeepsThePlaceAndSafetyplanPicksUpThere() {
        world.say("/safetyplan");
        world.say("I stop eating");
        String later = text(world.say("/safetyplan later"));
        String idle = text(world.say("just saying hello"));
        String again = text(world.say("/safetyplan"));

        assertThat(later).contains("step 2");
        assertThat(idle).doesNotContain("Step 2 of 7");
        assertThat(world.plan().text(PlanStep.COPING)).isEmpty();
        assertThat(again).startsWith(messages.require("plan.resume")).contains("Step 2 of 7");
    }

    @Test
    void withAPlanSafetyplanShowsItWithAButtonForEachStepAndOneToClearItAll() {
        writeWholePlan();

        List<Reply> shown = world.say("/safetyplan");

        assertThat(text(shown))
                .contains("1. " + messages.require("plan.warningSigns.title"))
                .contains("I stop answering texts and stay in bed")
                .contains("my daughter, and seeing the sea again")
                .contains("116 123");
        assertThat(commands(shown))
                .containsExactly(
                        "/safetyplan step 1",
                        "/safetyplan step 2",
                        "/safetyplan step 3",
                        "/safetyplan step 4",
                        "/safetyplan step 5",
                        "/safetyplan step 6",
                        "/safetyplan step 7",
                        "/safetyplan clear");
    }

    @Test
    void aStepIsChangedByOpeningItAndSendingNewWords() {
        writeWholePlan();

        List<Reply> opened = world.say("/safetyplan step 2");
        List<Reply> changed = world.say("phone the Samaritans, then a hot bath");

        assertThat(text(opened)).contains("a cold shower, then the dog round the park");
        assertThat(commands(opened)).containsExactly("/safetyplan clearstep 2", "/safetyplan");
        assertThat(world.plan().text(PlanStep.COPING)).contains("phone the Samaritans, then a hot bath");
        assertThat(text(changed)).contains(messages.require("plan.view.title")).doesNotContain("Step 3 of 7");
        assertThat(world.plan().entries()).hasSize(7);
    }

    @Test
    void anEmptyStepOpenedFromThePlanAsksItsQuestion() {
        world.say("/safetyplan");
        world.say("not sleeping");
        world.say("/safetyplan later");

        String opened = text(world.say("/safetyplan step 7"));
        world.say("my cat");

        assertThat(opened).contains(ask(PlanStep.REASONS));
        assertThat(world.plan().text(PlanStep.REASONS)).contains("my cat");
    }

    @Test
    void aStepCanBeClearedOnItsOwn() {
        writeWholePlan();

        String cleared = text(world.say("/safetyplan clearstep 3"));

        assertThat(cleared).startsWith(messages.require("plan.stepCleared"));
        assertThat(world.plan().text(PlanStep.DISTRACTION)).isEmpty();
        assertThat(world.plan().entries()).hasSize(6);
    }

    @Test
    void clearingTheWholePlanAsksFirstAndOnlyThenClearsIt() {
        writeWholePlan();

        List<Reply> confirm = world.say("/safetyplan clear");
        assertThat(world.plan().entries()).hasSize(7);
        assertThat(commands(confirm)).containsExactly("/safetyplan clear yes", "/safetyplan");

        world.say("/safetyplan");
        assertThat(world.plan().entries()).hasSize(7);

        String done = text(world.say("/safetyplan clear yes"));
        assertThat(done).isEqualTo(messages.require("plan.clear.done"));
        assertThat(world.plan().isEmpty()).isTrue();
        assertThat(text(world.say("/safetyplan"))).contains("Step 1 of 7");
    }

    @Test
    void aVeryLongStepIsKeptUpToItsLimitAndThePersonIsTold() {
        world.say("/safetyplan");
        String reply = text(world.say("I go quiet. ".repeat(200)));

        assertThat(world.plan().text(PlanStep.WARNING_SIGNS).orElseThrow()).hasSize(PlanConversation.MAX_STEP_CHARS);
        assertThat(reply).contains("1,000");
    }

    @Test
    void anotherCommandEndsTheQuestionAndTheNextMessageIsNotTakenIntoThePlan() {
        world.say("/safetyplan");
        world.say("/help");
        world.say("I went for a walk");

        assertThat(world.plan().isEmpty()).isTrue();
    }

    @Test
    void theGuidedConversationIsNotStartedInTheCrisisState() {
        world.say("I want to end my life");

        List<Reply> reply = world.say("/safetyplan");

        assertThat(text(reply)).doesNotContain("Step 1 of 7").contains("116 123");
        assertThat(commands(reply)).containsExactly("/imsafe", "/helpnow", "/grounding");
        assertThat(world.store.awaiting(world.me())).isEmpty();
    }

    @Test
    void inTheCrisisStateThePlanCanBeReadButNothingIsChanged() {
        writeWholePlan();
        world.say("I want to end my life");

        List<Reply> read = world.say("/safetyplan");
        world.say("/safetyplan clear yes");
        world.say("/safetyplan clearstep 7");

        assertThat(text(read))
                .contains("my daughter, and seeing the sea again")
                .contains("I stop answering texts and stay in bed")
                .contains(messages.require("plan.crisis.read"));
        assertThat(commands(read)).containsExactly("/imsafe", "/helpnow", "/grounding");
        assertThat(world.plan().entries()).hasSize(7);
    }

    @Test
    void inTheCrisisStateAPlanThatCannotBeReadStillGetsTheHelp() {
        writeWholePlan();
        world.say("I want to end my life");
        world.plans.failReads();

        String reply = text(world.say("/safetyplan"));

        assertThat(reply).contains("116 123").contains("999");
    }
}
