package org.smallwins.safetyplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smallwins.safetyplan.PlanWorld.commands;
import static org.smallwins.safetyplan.PlanWorld.text;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smallwins.reframe.Messages;
import org.smallwins.review.Handled;
import org.smallwins.review.Incoming;
import org.smallwins.review.Reply;
import org.smallwins.safety.CrisisResources;
import org.smallwins.safety.RiskLevel;
import org.smallwins.testing.Fixtures;

/** Through the whole core: a person's own plan in the crisis replies, the offers, and risk words in a plan. */
class CrisisWithPlanTest {
    private final PlanWorld world = new PlanWorld();
    private final Messages messages = Fixtures.messages();

    private void writePlan() {
        world.say("/safetyplan");
        world.say("I stop answering texts");
        world.say("a cold shower, then the dog round the park");
        world.say("skip");
        world.say("Mum 07700 900123");
        world.say("skip");
        world.say("skip");
        world.say("my daughter, and seeing the sea again");
    }

    private boolean inCrisis() {
        return world.store
                .crisisUntil(world.me())
                .filter(Instant.parse("2026-11-21T00:00:00Z")::isBefore)
                .isPresent();
    }

    @Test
    void withAPlanTheCrisisReplyShowsTheirOwnWordsBeforeTheHelplines() {
        writePlan();

        String reply = text(world.say("I want to end my life"));

        assertThat(reply).startsWith(messages.require("plan.crisis.intro"));
        int helplines = reply.indexOf("116 123");
        assertThat(reply.indexOf("my daughter, and seeing the sea again"))
                .isNotNegative()
                .isLessThan(helplines);
        assertThat(reply.indexOf("Mum 07700 900123")).isNotNegative().isLessThan(helplines);
        assertThat(reply.indexOf("a cold shower")).isNotNegative().isLessThan(helplines);
        assertThat(reply)
                .doesNotContain("I stop answering texts")
                .contains("999")
                .contains("85258");
    }

    @Test
    void withoutAPlanTheCrisisReplyIsTheHelplinesAsToday() {
        String reply = text(world.say("I want to end my life"));

        assertThat(reply)
                .isEqualTo(messages.format(
                        "safety.urgent", "resources", CrisisResources.load().asText()));
    }

    @Test
    void everyMessageInTheCrisisStateLeadsWithThePlanAndOffersGrounding() {
        writePlan();
        world.say("I want to end my life");

        List<Reply> followUp = world.say("I don't know what to do");

        assertThat(text(followUp))
                .startsWith(messages.require("plan.crisis.intro"))
                .contains("116 123");
        assertThat(commands(followUp)).contains("/grounding", "/helpnow", "/imsafe");
    }

    @Test
    void aPlanThatCannotBeReadDoesNotLoseTheCrisisReplyOrItsRecord() {
        writePlan();
        world.plans.failReads();

        Handled handled = world.conversation.handle(
                new Incoming(PlanWorld.ME, "I want to end my life", Instant.parse("2026-11-20T23:00:00Z")));

        assertThat(handled.queued()).isTrue();
        assertThat(text(handled.replies())).contains("116 123").contains("999");
        assertThat(world.store.escalations()).hasSize(1);
        assertThat(inCrisis()).isTrue();
    }

    @Test
    void whenThePlanFailsWhileBeingWrittenRiskWordsGetTheFullCrisisReplyAndItIsKept() {
        world.say("/safetyplan");
        world.plans.failReads();

        String reply = text(world.say("when I start thinking about ending it"));

        assertThat(reply)
                .isEqualTo(messages.format(
                        "safety.urgent", "resources", CrisisResources.load().asText()));
        assertThat(world.store.escalations()).hasSize(1);
        assertThat(inCrisis()).isTrue();
    }

    @Test
    void aWarningSignWithRiskWordsGoesIntoThePlanWithTheResourcesShown() {
        world.say("/safetyplan");

        List<Reply> reply = world.say("when I start thinking about ending it");

        assertThat(world.plan().text(PlanStep.WARNING_SIGNS)).contains("when I start thinking about ending it");
        assertThat(text(reply)).contains("116 123").contains("Step 2 of 7");
        assertThat(commands(reply)).contains("/safetyplan skip", "/helpnow");
        assertThat(world.store.escalations()).singleElement().satisfies(e -> assertThat(e.level())
                .isEqualTo(RiskLevel.URGENT));
        assertThat(inCrisis()).isFalse();
        world.say("a hot bath");
        assertThat(world.plan().text(PlanStep.COPING)).contains("a hot bath");
    }

    @Test
    void aRiskSentenceAboutNowGetsTheFullCrisisReplyAndTheCrisisState() {
        world.say("/safetyplan");

        String reply = text(world.say("I'm going to end it tonight"));

        assertThat(reply)
                .contains(messages.format(
                        "safety.urgent", "resources", CrisisResources.load().asText()));
        assertThat(reply).doesNotContain("Step 2 of 7");
        assertThat(world.plan().isEmpty()).isTrue();
        assertThat(world.store.escalations()).hasSize(1);
        assertThat(inCrisis()).isTrue();
        assertThat(world.store.awaiting(world.me())).isEmpty();
    }

    @Test
    void riskWordsWhereAReasonForLivingWasAskedGetTheFullCrisisReply() {
        world.say("/safetyplan");
        for (int i = 0; i < 6; i++) {
            world.say("skip");
        }

        String reply = text(world.say("when I start thinking about ending it"));

        assertThat(reply).contains(messages.require("safety.urgent").substring(0, 40));
        assertThat(world.plan().text(PlanStep.REASONS)).isEmpty();
        assertThat(inCrisis()).isTrue();
    }

    @Test
    void aConcernGoesIntoAnyStepWithTheResourcesShown() {
        world.say("/safetyplan");
        for (int i = 0; i < 6; i++) {
            world.say("skip");
        }

        String reply = text(world.say("my dog, even when everything feels hopeless"));

        assertThat(world.plan().text(PlanStep.REASONS)).contains("my dog, even when everything feels hopeless");
        assertThat(reply).contains("116 123").contains(messages.require("plan.finished"));
        assertThat(world.store.escalations()).singleElement().satisfies(e -> assertThat(e.level())
                .isEqualTo(RiskLevel.CONCERN));
    }

    @Test
    void startOffersAPlanOnTheWelcomeWhileThereIsNone() {
        List<Reply> first = world.say("/start");
        writePlan();
        List<Reply> second = world.say("/start");

        assertThat(first).hasSize(1);
        assertThat(commands(first)).containsExactly("/review", "/help", "/safetyplan");
        assertThat(text(first)).contains(messages.require("plan.offer.start"));
        assertThat(commands(second)).containsExactly("/review", "/help");
    }

    @Test
    void afterAFirstCrisisHasPassedAPlanIsOfferedOnce() {
        world.say("I want to end my life");
        List<Reply> safe = world.say("/imsafe");
        world.say("I want to end my life");
        List<Reply> safeAgain = world.say("/imsafe");

        assertThat(text(safe)).contains(messages.require("plan.offer.afterCrisis"));
        assertThat(commands(safe)).contains("/safetyplan");
        assertThat(commands(safeAgain)).doesNotContain("/safetyplan");
    }

    @Test
    void noPlanIsOfferedAfterACrisisToSomeoneWhoHasOne() {
        writePlan();
        world.say("I want to end my life");

        assertThat(commands(world.say("/imsafe"))).doesNotContain("/safetyplan");
    }
}
