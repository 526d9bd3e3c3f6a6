package org.smallwins.review;

import java.time.Instant;
import java.util.Optional;
import org.smallwins.safety.RiskLevel;

/**
 * What the core needs from storage (implemented in {@code storage}). Every write is durable on return,
 * or at the end of the {@link UnitOfWork} transaction it is made in.
 */
public interface ReviewStore {
    /** The person with this transport key, created on first contact. */
    Person person(String externalKey, Instant now);

    /** The person with this transport key, if they have ever written. */
    Optional<Person> findPerson(String externalKey);

    /** The person's review that is in progress or paused, if any (the newest). */
    Optional<Review> findOpenReview(long personId);

    /**
     * Opens a review. A person has at most one open review: the database refuses a second one, so two
     * events racing (a check-in and a typed /review) cannot open two.
     */
    Review startReview(long personId, Instant now);

    /** Saves or replaces the answer to {@code answer.question()}. */
    void saveAnswer(long reviewId, Answer answer);

    void setStatus(long reviewId, ReviewStatus status, Instant now);

    /** True the first time {@code deliveryKey} is claimed, false for every repeat (durable across restarts). */
    boolean claimDelivery(String deliveryKey, Instant at);

    /** Records that risk language was met: the time and level only, never the text. */
    void recordEscalation(long personId, RiskLevel level, Instant at);

    /** Until when the person is in the crisis state (after an URGENT reply); empty when not. */
    Optional<Instant> crisisUntil(long personId);

    /** Starts, extends ({@code until} present) or ends (empty) the crisis state. */
    void setCrisisUntil(long personId, Optional<Instant> until);

    /** The command whose question the person's next message answers, if any (see {@link ChatCommand#answer}). */
    Optional<String> awaiting(long personId);

    void setAwaiting(long personId, Optional<String> command);
}
