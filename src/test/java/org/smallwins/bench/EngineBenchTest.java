package org.smallwins.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smallwins.review.Review;
import org.smallwins.review.ReviewStatus;
import org.smallwins.review.UnitOfWork;
import org.smallwins.testing.Fixtures;
import org.smallwins.testing.InMemoryOutbox;
import org.smallwins.testing.InMemoryReviewStore;

/** The engine benchmark's people really do whole reviews, each in order, and their replies are taken out. */
class EngineBenchTest {
    private final InMemoryReviewStore store = new InMemoryReviewStore();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final EngineBench bench = new EngineBench(
            Fixtures.builder(store, outbox, UnitOfWork.NONE).build().conversation(),
            outbox,
            SampleMessages.from(Path.of("nlp-models")),
            4,
            500);

    @Test
    void everyPersonAnswersAllFiveQuestionsInOrder() {
        EngineBench.Run run = bench.allAtOnce("bench:", 12, 5);

        assertThat(run.messages()).isEqualTo(12 * 6);
        assertThat(run.failures()).isZero();
        List<Review> reviews = store.reviews();
        assertThat(reviews).hasSize(12);
        // Every review took answers in order; a reply that ends with a question waits for the next message
        // (the fair-current follow-up), and risk in a sample pauses it: five messages may finish a review or not.
        assertThat(reviews).allSatisfy(r -> assertThat(r.answers()).hasSizeLessThanOrEqualTo(5));
        assertThat(reviews.stream().filter(r -> r.status() == ReviewStatus.COMPLETED))
                .allSatisfy(r -> assertThat(r.answers()).hasSize(5));
        assertThat(outbox.pending("bench:", 1_000))
                .as("replies left in the outbox")
                .isEmpty();
    }

    @Test
    void pacedMessagesAreTimedFromTheirArrivalQueueingIncluded() {
        EngineBench.Run run = bench.paced("bench:paced:", 5, 6, 200);

        assertThat(run.messages()).isEqualTo(30);
        assertThat(run.failures()).isZero();
        assertThat(run.response().percentile(100))
                .isGreaterThanOrEqualTo(run.handling().percentile(100));
        assertThat(run.seconds())
                .as("30 messages at 200 a second take at least 0.145 s")
                .isGreaterThan(0.145);
    }
}
