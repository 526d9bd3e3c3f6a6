package org.smallwins.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smallwins.language.Analysis;
import org.smallwins.language.Baseline;
import org.smallwins.language.NothingAnswer;
import org.smallwins.language.TextAnalyzer;
import org.smallwins.language.TextNormaliser;
import org.smallwins.reframe.Messages;
import org.smallwins.reframe.ReplyComposer;
import org.smallwins.reframe.Win;

/**
 * The five-question review: starting, answering, skipping, pausing and finishing. Every answer is
 * saved before the reply goes out, so a review left half-way resumes at the next unanswered question.
 * A reply that asks something back waits for the person's answer before the next question ({@link FollowUps}).
 */
public final class ReviewFlow {
    /** Longer answers are kept up to here (a Telegram message holds 4,096 characters). */
    static final int MAX_ANSWER_CHARS = 4_000;

    private final TextAnalyzer analyzer;
    private final ReplyComposer composer;
    private final ReviewStore store;
    private final Messages messages;
    private final PersonEvents events;
    private final FollowUps followUps;

    ReviewFlow(
            TextAnalyzer analyzer, ReplyComposer composer, ReviewStore store, Messages messages, PersonEvents events) {
        this.analyzer = analyzer;
        this.composer = composer;
        this.store = store;
        this.messages = messages;
        this.events = events;
        this.followUps = new FollowUps(analyzer, composer, store, messages);
    }

    List<Reply> startOrResume(Person person, Instant at) {
        Optional<Review> open = findOpen(person, at);
        if (open.isEmpty()) {
            Review review = store.startReview(person.id(), at);
            return List.of(Reply.of(messages.require("review.intro")), question(review));
        }
        Review review = open.get();
        boolean wasPaused = review.status() == ReviewStatus.PAUSED;
        if (wasPaused) {
            store.setStatus(review.id(), ReviewStatus.IN_PROGRESS, at);
        }
        Optional<Answer> waiting = review.awaitingFollowUp();
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.of(messages.require("review.resume")));
        if (waiting.isPresent() && !wasPaused) {
            replies.add(followUps.reminder(
                    waiting.get(), variant(review, waiting.get().question())));
            return replies;
        }
        // After a pause (the person's, or the crisis state's) the review goes on with the next question:
        // "what has shifted?" is not the thing to come back to after someone has been at risk.
        replies.addAll(
                next(person, waiting.map(w -> followUps.moveOn(review, w)).orElse(review), at));
        return replies;
    }

    /** Free text: an answer while a review is in progress, otherwise a gentle pointer to what is possible. */
    List<Reply> text(Person person, String text, Instant at) {
        Optional<Review> open = findOpen(person, at);
        if (open.isEmpty()) {
            return List.of(Reply.of(
                    messages.require("idle.hint"),
                    new Choice(messages.require("choice.startReview"), "/review"),
                    new Choice(messages.require("choice.help"), "/help")));
        }
        if (open.get().status() == ReviewStatus.PAUSED) {
            return List.of(Reply.of(
                    messages.require("review.paused"), new Choice(messages.require("choice.goOn"), "/review")));
        }
        Optional<Answer> waiting = open.get().awaitingFollowUp();
        if (waiting.isPresent()) {
            return followUp(person, open.get(), waiting.get(), text, at);
        }
        return answer(person, open.get(), text, at);
    }

    private List<Reply> followUp(Person person, Review review, Answer waiting, String text, Instant at) {
        FollowUps.Outcome outcome = followUps.answer(review, waiting, text, variant(review, waiting.question()), at);
        List<Reply> replies = new ArrayList<>(outcome.replies());
        outcome.settled().ifPresent(settled -> replies.addAll(next(person, settled, at)));
        return replies;
    }

    private List<Reply> answer(Person person, Review review, String text, Instant at) {
        int q = review.nextQuestion().orElseThrow(() -> new IllegalStateException("open review with no question left"));
        if (text.isEmpty()) {
            return List.of(Reply.of(messages.require("answer.empty")), question(review));
        }
        if (!TextNormaliser.hasWords(text)) {
            return List.of(Reply.of(messages.require("answer.noWords")), question(review));
        }
        List<Reply> replies = new ArrayList<>();
        String kept = text;
        if (text.length() > MAX_ANSWER_CHARS) {
            kept = text.substring(0, MAX_ANSWER_CHARS);
            replies.add(Reply.of(messages.format("answer.truncated", "max", String.format("%,d", MAX_ANSWER_CHARS))));
        }
        Answer answer;
        String reply;
        int variant = variant(review, q);
        if (NothingAnswer.matches(kept)) {
            answer = new Answer(q, AnswerKind.NOTHING, kept, List.of(), List.of(), Baseline.NONE, at);
            reply = composer.nothing(variant);
        } else {
            Analysis analysis = analyzer.analyze(kept);
            if (isQuestionBack(kept, analysis)) {
                // A question to the bot is not an answer: explain, keep the question open, save nothing.
                return List.of(Reply.of(composer.questionBack(variant)), question(review));
            }
            answer = new Answer(
                    q, AnswerKind.ANSWERED, kept, analysis.minimising(), analysis.demands(), analysis.baseline(), at);
            reply = composer.reframe(analysis, variant);
        }
        if (FollowUps.asks(reply)) {
            store.saveAnswer(review.id(), answer.withFollowUp(FollowUp.ASKED));
            replies.add(followUps.asking(reply));
            return replies;
        }
        store.saveAnswer(review.id(), answer);
        replies.add(Reply.of(reply));
        replies.addAll(next(person, review.withAnswer(answer), at));
        return replies;
    }

    /** Different for each question of a review, and shifted from review to review so weeks read differently. */
    private static int variant(Review review, int question) {
        return (int) (review.id() % Questions.COUNT) + question - 1;
    }

    private static boolean isQuestionBack(String text, Analysis analysis) {
        return text.strip().endsWith("?") && analysis.isPlain();
    }

    List<Reply> skip(Person person, Instant at) {
        Optional<Review> open = findOpen(person, at).filter(r -> r.status() == ReviewStatus.IN_PROGRESS);
        if (open.isEmpty()) {
            return List.of(Reply.of(
                    messages.require("skip.none"), new Choice(messages.require("choice.startReview"), "/review")));
        }
        Review review = open.get();
        Optional<Answer> waiting = review.awaitingFollowUp();
        if (waiting.isPresent()) {
            // /skip, or the button under the follow-up: on to the next question, nothing skipped.
            List<Reply> replies = new ArrayList<>();
            replies.add(Reply.of(messages.require("followup.movedOn")));
            replies.addAll(next(person, followUps.moveOn(review, waiting.get()), at));
            return replies;
        }
        Answer skipped = Answer.skipped(review.nextQuestion().orElseThrow(), at);
        store.saveAnswer(review.id(), skipped);
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.of(messages.require("skip.done")));
        replies.addAll(next(person, review.withAnswer(skipped), at));
        return replies;
    }

    List<Reply> cancel(Person person, Instant at) {
        Optional<Review> open = findOpen(person, at);
        if (open.isEmpty()) {
            return List.of(Reply.of(messages.require("cancel.none")));
        }
        store.setStatus(open.get().id(), ReviewStatus.CANCELLED, at);
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.of(messages.require("cancel.done")));
        if (!open.get().wins().isEmpty()) {
            replies.add(Reply.of(composer.summary(wins(open.get()))));
        }
        return replies;
    }

    List<Reply> later(Person person, Instant at) {
        findOpen(person, at)
                .filter(r -> r.status() == ReviewStatus.IN_PROGRESS)
                .ifPresent(r -> store.setStatus(r.id(), ReviewStatus.PAUSED, at));
        return List.of(Reply.of(messages.require("later.done")));
    }

    /** Where a returning person left off, if they have a review open. */
    Optional<List<Reply>> resumeHint(Person person, Instant at) {
        return findOpen(person, at)
                .map(review -> review.status() == ReviewStatus.PAUSED
                        ? List.of(Reply.of(
                                messages.require("review.paused"),
                                new Choice(messages.require("choice.goOn"), "/review")))
                        : List.of(Reply.of(messages.require("greet.returning")), waitingOrNext(review)));
    }

    /** The follow-up that waits, asked again, or else the next question. */
    private Reply waitingOrNext(Review review) {
        return review.awaitingFollowUp()
                .map(w -> followUps.reminder(w, variant(review, w.question())))
                .orElseGet(() -> question(review));
    }

    /**
     * The person's open review. One whose five questions are all met and no follow-up waits (the
     * process stopped between the last answer and marking it complete) is completed now rather than
     * asked a sixth question.
     */
    private Optional<Review> findOpen(Person person, Instant at) {
        Optional<Review> open = store.findOpenReview(person.id());
        if (open.isPresent() && open.get().isFinished()) {
            store.setStatus(open.get().id(), ReviewStatus.COMPLETED, at);
            return Optional.empty();
        }
        return open;
    }

    private List<Reply> next(Person person, Review review, Instant at) {
        if (review.nextQuestion().isPresent()) {
            return List.of(question(review));
        }
        store.setStatus(review.id(), ReviewStatus.COMPLETED, at);
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.of(composer.summary(wins(review))));
        replies.addAll(events.reviewCompleted(person, review.withStatus(ReviewStatus.COMPLETED), at));
        return replies;
    }

    private Reply question(Review review) {
        int q = review.nextQuestion().orElseThrow();
        return Reply.of(
                messages.format(
                        "question.prompt",
                        "number",
                        String.valueOf(q),
                        "count",
                        String.valueOf(Questions.COUNT),
                        "question",
                        messages.require(Questions.key(q))),
                new Choice(messages.require("choice.skip"), "/skip"));
    }

    private static List<Win> wins(Review review) {
        return review.wins().stream().map(a -> new Win(a.question(), a.text())).toList();
    }
}
