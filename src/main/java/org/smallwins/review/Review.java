package org.smallwins.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** One weekly review and the answers given so far. */
public record Review(long id, long personId, ReviewStatus status, Instant startedAt, List<Answer> answers) {
    public Review {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        answers = List.copyOf(answers);
    }

    /** The first question with no answer (nor skip) yet; empty when all five are met. */
    public OptionalInt nextQuestion() {
        return IntStream.rangeClosed(1, Questions.COUNT)
                .filter(q -> answers.stream().noneMatch(a -> a.question() == q))
                .findFirst();
    }

    /** The answer whose follow-up question waits for the person's reply, if any. */
    public Optional<Answer> awaitingFollowUp() {
        return answers.stream().filter(a -> a.followUp().pending()).findFirst();
    }

    /** True when every question is met and no follow-up is waiting: nothing is left to ask. */
    public boolean isFinished() {
        return nextQuestion().isEmpty() && awaitingFollowUp().isEmpty();
    }

    /** The answers that hold a win in the person's words, in question order. */
    public List<Answer> wins() {
        return answers.stream()
                .filter(a -> a.kind() == AnswerKind.ANSWERED)
                .sorted(java.util.Comparator.comparingInt(Answer::question))
                .toList();
    }

    public Review withAnswer(Answer answer) {
        List<Answer> updated = new java.util.ArrayList<>(answers);
        updated.removeIf(a -> a.question() == answer.question());
        updated.add(answer);
        return new Review(id, personId, status, startedAt, updated);
    }

    public Review withStatus(ReviewStatus newStatus) {
        return new Review(id, personId, newStatus, startedAt, answers);
    }
}
