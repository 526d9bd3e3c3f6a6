package org.smallwins.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.smallwins.language.Baseline;

/**
 * One answer in a review, with what the analysis found in it, kept for history and patterns.
 *
 * @param question 1 to 5, the position in {@link Questions}
 * @param text the person's words; empty when skipped
 */
public record Answer(
        int question,
        AnswerKind kind,
        String text,
        List<String> minimising,
        List<String> demands,
        Baseline baseline,
        Instant answeredAt) {
    public Answer {
        Questions.requireValid(question);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(answeredAt, "answeredAt");
        minimising = List.copyOf(minimising);
        demands = List.copyOf(demands);
        if (kind == AnswerKind.SKIPPED && !text.isEmpty()) {
            throw new IllegalArgumentException("a skipped answer has no text");
        }
    }

    public static Answer skipped(int question, Instant at) {
        return new Answer(question, AnswerKind.SKIPPED, "", List.of(), List.of(), Baseline.NONE, at);
    }
}
