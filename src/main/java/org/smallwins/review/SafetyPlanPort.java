package org.smallwins.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.smallwins.safety.Assessment;

/**
 * What the core's crisis replies ask of a person's own safety plan (implemented by the
 * {@code safetyplan} feature). Without the feature it is {@link #NONE} and every reply is as it was: the
 * core never depends on the plan being there, or on it being readable.
 */
public interface SafetyPlanPort {
    /**
     * The person's own words for the top of a crisis reply, briefly (what keeps them going, their
     * people, what helps); empty when they have written none. Runs inside the event's transaction and
     * may throw: the core then sends the crisis reply without it.
     */
    Optional<String> forCrisis(long personId);

    /** Buttons the crisis state offers beside safe now, help now and the review later (a grounding exercise). */
    List<Choice> crisisChoices();

    /**
     * A gentle offer to write a plan, to join the reply to {@code /start} or to "I'm safe right now"
     * once a crisis has passed; empty when there is nothing to offer (a plan exists, or it was offered).
     */
    Optional<Reply> offer(Person person, boolean crisisPassed, Instant at);

    /**
     * A message with risk words, sent while the person is writing their plan: the plan's replies when the
     * words belong in it (a warning sign) and do not say the danger is now; empty for the full crisis reply.
     */
    Optional<List<Reply>> takeRiskyAnswer(Turn turn, Assessment risk);

    /** No safety plan feature: crisis replies are the helplines alone. */
    SafetyPlanPort NONE = new SafetyPlanPort() {
        @Override
        public Optional<String> forCrisis(long personId) {
            return Optional.empty();
        }

        @Override
        public List<Choice> crisisChoices() {
            return List.of();
        }

        @Override
        public Optional<Reply> offer(Person person, boolean crisisPassed, Instant at) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Reply>> takeRiskyAnswer(Turn turn, Assessment risk) {
            return Optional.empty();
        }
    };
}
