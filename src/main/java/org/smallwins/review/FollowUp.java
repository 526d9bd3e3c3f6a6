package org.smallwins.review;

import java.util.Objects;
import java.util.Optional;

/**
 * The question a reply to an answer ended with ("compared with a few weeks ago, what has shifted?"),
 * and what became of it. The person's answer is their own evidence of change, so it is kept with the
 * answer it follows.
 *
 * @param state where the question stands
 * @param text the person's answer; empty unless {@link State#ANSWERED}
 */
public record FollowUp(State state, String text) {
    /** Where a follow-up question stands. */
    public enum State {
        /** The reply asked nothing. */
        NONE,
        /** Asked; the review waits for the answer before the next question. */
        ASKED,
        /** The person answered it. */
        ANSWERED,
        /** The person moved on without answering (a button, /skip, or coming back after a pause). */
        MOVED_ON
    }

    public static final FollowUp NONE = new FollowUp(State.NONE, "");
    public static final FollowUp ASKED = new FollowUp(State.ASKED, "");
    public static final FollowUp MOVED_ON = new FollowUp(State.MOVED_ON, "");

    public FollowUp {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(text, "text");
        if ((state == State.ANSWERED) == text.isBlank()) {
            throw new IllegalArgumentException("a follow-up has text exactly when it was answered");
        }
    }

    public static FollowUp answered(String text) {
        return new FollowUp(State.ANSWERED, text);
    }

    /** True while the review waits for the person's answer to it. */
    public boolean pending() {
        return state == State.ASKED;
    }

    /** What the person said has shifted, when they answered. */
    public Optional<String> shifted() {
        return state == State.ANSWERED ? Optional.of(text) : Optional.empty();
    }
}
