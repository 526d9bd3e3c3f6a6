package org.smallwins.safetyplan;

import java.time.Instant;
import java.util.Optional;

/**
 * Where plans are kept (implemented in {@code storage}, in the same database as the answers, so
 * encrypted with it and erased with the person). Every call joins the event's transaction.
 */
public interface SafetyPlanStore {
    /** The person's plan as a record (for the conversation, the crisis reply and {@code /export}); never null. */
    SafetyPlan find(long personId);

    /** Writes or replaces the person's words for {@code step}. */
    void save(long personId, PlanStep step, String text, Instant at);

    /** Removes one step. */
    void clear(long personId, PlanStep step);

    /** Removes every step and where the conversation was. */
    void clearAll(long personId);

    /** Where the plan conversation is, if it is under way. */
    Optional<Asking> asking(long personId);

    void setAsking(long personId, Optional<Asking> asking, Instant at);

    /** True the first time only: the offer of a plan after a crisis is made once a person. */
    boolean claimCrisisOffer(long personId, Instant at);
}
