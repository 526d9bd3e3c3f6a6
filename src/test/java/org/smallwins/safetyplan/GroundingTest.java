package org.smallwins.safetyplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smallwins.safetyplan.PlanWorld.commands;
import static org.smallwins.safetyplan.PlanWorld.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smallwins.reframe.Messages;
import org.smallwins.review.Reply;
import org.smallwins.testing.Fixtures;

/** The grounding exercise: offered in the crisis state, one step a message with Next, help in view throughout. */
class GroundingTest {
    private final PlanWorld world = new PlanWorld();
    private final Messages messages = Fixtures.messages();

    @Test
    void theCrisisReplyOffersAGroundingExercise() {
        List<Reply> crisis = world.say("I want to end my life");

        assertThat(commands(crisis)).contains("/grounding");
    }

    @Test
    void inTheCrisisStateItRunsOneStepAMessageWithNextAndHelpNowThenShowsTheNumbers() {
        world.say("I want to end my life");
        List<String> seen = new ArrayList<>();

        List<Reply> step = world.say("/grounding");
        assertThat(text(step)).startsWith(messages.require("grounding.intro"));
        while (commands(step).contains("/grounding " + (seen.size() + 2))) {
            assertThat(step).hasSize(1);
            assertThat(commands(step)).containsExactly("/grounding " + (seen.size() + 2), "/helpnow");
            seen.add(text(step));
            step = world.say("/grounding " + (seen.size() + 1));
        }

        assertThat(seen).hasSize(6);
        assertThat(seen.get(0)).contains(messages.require("grounding.step.1"));
        assertThat(seen.get(1)).isEqualTo(messages.require("grounding.step.2"));
        assertThat(text(step)).contains("116 123").contains("999");
        assertThat(commands(step)).containsExactly("/grounding", "/imsafe", "/helpnow");
    }

    @Test
    void theStepsFollowFiveFourThreeTwoOne() {
        List<String> steps = messages.variants("grounding.step");

        assertThat(steps.subList(0, 5))
                .extracting(s -> s.split("\\s+"))
                .extracting(words -> String.join(" ", words))
                .satisfiesExactly(
                        s -> assertThat(s).contains("five things you can see"),
                        s -> assertThat(s).contains("four things you can feel"),
                        s -> assertThat(s).contains("Three things you can hear"),
                        s -> assertThat(s).contains("Two things you can smell"),
                        s -> assertThat(s).contains("One thing you can taste"));
    }

    @Test
    void typedWithNonsenseItStartsAtTheBeginning() {
        assertThat(text(world.say("/grounding please"))).startsWith(messages.require("grounding.intro"));
    }
}
