package org.smallwins.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smallwins.review.Answer;
import org.smallwins.review.Person;
import org.smallwins.review.Review;
import org.smallwins.review.ReviewStatus;
import org.smallwins.review.ReviewStore;
import org.smallwins.safety.RiskLevel;

/** A {@link ReviewStore} in memory, for fast tests of the core; storage itself is tested on real H2. */
public final class InMemoryReviewStore implements ReviewStore {
    /** An escalation as stored: who, how serious, when. There is no field for text, by design. */
    public record Escalation(long personId, RiskLevel level, Instant at) {}

    private final Map<String, Person> people = new HashMap<>();
    private final Map<Long, Review> reviews = new HashMap<>();
    private final List<Escalation> escalations = new ArrayList<>();

    @Override
    public synchronized Person person(String externalKey, Instant now) {
        return people.computeIfAbsent(externalKey, k -> new Person(people.size() + 1, k, now));
    }

    @Override
    public synchronized Optional<Review> findOpenReview(long personId) {
        return reviews.values().stream()
                .filter(r -> r.personId() == personId && r.status().isOpen())
                .max((a, b) -> Long.compare(a.id(), b.id()));
    }

    @Override
    public synchronized Review startReview(long personId, Instant now) {
        Review review = new Review(reviews.size() + 1, personId, ReviewStatus.IN_PROGRESS, now, List.of());
        reviews.put(review.id(), review);
        return review;
    }

    @Override
    public synchronized void saveAnswer(long reviewId, Answer answer) {
        reviews.put(reviewId, reviews.get(reviewId).withAnswer(answer));
    }

    @Override
    public synchronized void setStatus(long reviewId, ReviewStatus status, Instant now) {
        reviews.put(reviewId, reviews.get(reviewId).withStatus(status));
    }

    private final java.util.Set<String> deliveries = new java.util.HashSet<>();

    @Override
    public synchronized boolean claimDelivery(String deliveryKey, Instant at) {
        return deliveries.add(deliveryKey);
    }

    @Override
    public synchronized void recordEscalation(long personId, RiskLevel level, Instant at) {
        escalations.add(new Escalation(personId, level, at));
    }

    private final Map<Long, Instant> crisis = new HashMap<>();
    private final Map<Long, String> awaiting = new HashMap<>();

    @Override
    public synchronized Optional<Person> findPerson(String externalKey) {
        return Optional.ofNullable(people.get(externalKey));
    }

    @Override
    public synchronized Optional<Instant> crisisUntil(long personId) {
        return Optional.ofNullable(crisis.get(personId));
    }

    @Override
    public synchronized void setCrisisUntil(long personId, Optional<Instant> until) {
        until.ifPresentOrElse(u -> crisis.put(personId, u), () -> crisis.remove(personId));
    }

    @Override
    public synchronized Optional<String> awaiting(long personId) {
        return Optional.ofNullable(awaiting.get(personId));
    }

    @Override
    public synchronized void setAwaiting(long personId, Optional<String> command) {
        command.ifPresentOrElse(c -> awaiting.put(personId, c), () -> awaiting.remove(personId));
    }

    public synchronized List<Review> reviews() {
        return List.copyOf(reviews.values());
    }

    public synchronized List<Escalation> escalations() {
        return List.copyOf(escalations);
    }
}
