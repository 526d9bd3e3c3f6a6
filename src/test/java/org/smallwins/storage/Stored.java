package org.smallwins.storage;

import java.time.Instant;
import java.util.List;
import org.smallwins.language.Baseline;
import org.smallwins.review.Answer;
import org.smallwins.review.AnswerKind;
import org.smallwins.review.ReviewStatus;

/** Answers and people for the storage tests, stored through the real {@link H2ReviewStore}. */
final class Stored {
    static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    private Stored() {}

    static Answer answer(String text) {
        return answer(1, text, NOW);
    }

    static Answer answer(int question, String text, Instant at) {
        return new Answer(
                question, AnswerKind.ANSWERED, text, List.of("only"), List.of("should"), Baseline.HISTORICAL, at);
    }

    /**
     * A finished review of a person holding {@code texts} as answers 1, 2, …; the review's id. Finished, so
     * that one person can have several (a person has at most one open review).
     */
    static long review(H2ReviewStore store, String personKey, Instant at, String... texts) {
        long personId = store.person(personKey, at).id();
        long reviewId = store.startReview(personId, at).id();
        for (int i = 0; i < texts.length; i++) {
            store.saveAnswer(reviewId, answer(i + 1, texts[i], at));
        }
        store.setStatus(reviewId, ReviewStatus.COMPLETED, at);
        return reviewId;
    }
}
