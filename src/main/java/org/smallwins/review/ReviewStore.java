package org.smallwins.review;

import java.time.Instant;
import java.util.Optional;
import org.smallwins.safety.RiskLevel;

/** What the core needs from storage (implemented in {@code storage}); every write is durable on return. */
public interface ReviewStore {
    /** The person with this transport key, created on first contact. */
    Person person(String externalKey, Instant now);

    /** The person's review that is in progress or paused, if any (the newest). */
    Optional<Review> findOpenReview(long personId);

    Review startReview(long personId, Instant now);

    /** Saves or replaces the answer to {@code answer.question()}. */
    void saveAnswer(long reviewId, Answer answer);

    void setStatus(long reviewId, ReviewStatus status, Instant now);

    /** True the first time {@code deliveryKey} is claimed, false for every repeat (durable across restarts). */
    boolean claimDelivery(String deliveryKey, Instant at);

    /** Records that risk language was met: the time and level only, never the text. */
    void recordEscalation(long personId, RiskLevel level, Instant at);
}
