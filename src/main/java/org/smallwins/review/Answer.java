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
 * @param followUp the question the reply to it ended with, if any, and the person's answer to that
 */
public record Answer(
        int question,
        AnswerKind kind,
        String text,
        List<String> minimising,
        List<String> demands,
        Baseline baseline,
        Instant answeredAt,
        FollowUp followUp) {
    public Answer {
        Questions.requireValid(question);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(followUp, "followUp");
        minimising = List.copyOf(minimising);
        demands = List.copyOf(demands);
        if (kind == AnswerKind.SKIPPED && !text.isEmpty()) {
            throw new IllegalArgumentException("a skipped answer has no text");
        }
    }

    /** An answer whose reply asked nothing back (yet). */
    public Answer(
            int question,
            AnswerKind kind,
            String text,
            List<String> minimising,
            List<String> demands,
            Baseline baseline,
            Instant answeredAt) {
        this(question, kind, text, minimising, demands, baseline, answeredAt, FollowUp.NONE);
    }

    public Answer withFollowUp(FollowUp newFollowUp) {
        return new Answer(question, kind, text, minimising, demands, baseline, answeredAt, newFollowUp);
    }

    public static Answer skipped(int question, Instant at) {
        return new Answer(question, AnswerKind.SKIPPED, "", List.of(), List.of(), Baseline.NONE, at);
    }
}
