package org.smallwins.safetyplan;

import java.util.Objects;

/**
 * Where the plan conversation is: the step the person's next message is for, kept between messages so
 * that a plan left half-way picks up at the same step.
 *
 * @param step the step being asked
 * @param guided walking through the steps in order (the first time), rather than changing one step
 * @param forNumber the question is for a phone number to add to the step's people
 */
public record Asking(PlanStep step, boolean guided, boolean forNumber) {
    public Asking {
        Objects.requireNonNull(step, "step");
        if (forNumber && !step.holdsNumbers()) {
            throw new IllegalArgumentException("only steps with people ask for a number: " + step);
        }
    }
}
