package org.smallwins.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smallwins.language.Analysis;
import org.smallwins.language.NothingAnswer;
import org.smallwins.language.Stance;
import org.smallwins.language.TextAnalyzer;
import org.smallwins.language.TextNormaliser;
import org.smallwins.reframe.Messages;
import org.smallwins.reframe.ReplyComposer;

/**
 * The follow-up question. When the reply to an answer ends with a question (the fair-current "what has
 * shifted?"), the next review question waits for the person's answer: two questions in one breath
 * leave the first unanswered, and its answer is the person's own evidence of change. The rule is the
 * reply's last character, so it stays right whatever the wording or the kind of reply.
 */
final class FollowUps {
    private final TextAnalyzer analyzer;
    private final ReplyComposer composer;
    private final ReviewStore store;
    private final Messages messages;

    FollowUps(TextAnalyzer analyzer, ReplyComposer composer, ReviewStore store, Messages messages) {
        this.analyzer = analyzer;
        this.composer = composer;
        this.store = store;
        this.messages = messages;
    }

    /** What became of a person's message while a follow-up waited: the replies, and the review once settled. */
    record Outcome(List<Reply> replies, Optional<Review> settled) {}

    /** True when a reply asks the person something, so the review waits for their answer. */
    static boolean asks(String reply) {
        return reply.strip().endsWith("?");
    }

    /** The reply that asks, with the button that moves on without answering. */
    Reply asking(String reply) {
        return Reply.of(reply, moveOnChoice());
    }

    /** The person's message while {@code waiting}'s follow-up is open. */
    Outcome answer(Review review, Answer waiting, String text, int variant, Instant at) {
        if (text.isEmpty() || !TextNormaliser.hasWords(text)) {
            return new Outcome(List.of(Reply.of(messages.require("followup.empty"), moveOnChoice())), Optional.empty());
        }
        Analysis analysis = analyzer.analyze(text);
        if (text.endsWith("?") && analysis.isPlain()) {
            // "What do you mean?" is not an answer: say what is meant and keep waiting.
            return new Outcome(
                    List.of(Reply.of(messages.require("followup.questionBack"), moveOnChoice())), Optional.empty());
        }
        List<Reply> replies = new ArrayList<>();
        FollowUp settled;
        Stance stance = analysis.stance();
        if (NothingAnswer.matches(text) || stance == Stance.NOTHING) {
            settled = FollowUp.MOVED_ON;
            replies.add(Reply.of(pick("followup.nothing", variant)));
        } else {
            String kept = text;
            if (text.length() > ReviewFlow.MAX_ANSWER_CHARS) {
                kept = text.substring(0, ReviewFlow.MAX_ANSWER_CHARS);
                replies.add(Reply.of(
                        messages.format("answer.truncated", "max", String.format("%,d", ReviewFlow.MAX_ANSWER_CHARS))));
            }
            settled = FollowUp.answered(kept);
            // Kept either way, in the person's words; only a change they saw is thanked as one.
            replies.add(Reply.of(pick(sawChange(text, stance) ? "followup.thanks" : "followup.hard", variant)));
        }
        Answer updated = waiting.withFollowUp(settled);
        store.saveAnswer(review.id(), updated);
        return new Outcome(replies, Optional.of(review.withAnswer(updated)));
    }

    /**
     * True when the answer tells of a moment that was a little better. "No, it was awful all week" or
     * "I still hate myself" answers the question too, and is heard, not thanked as progress; a tentative
     * "a bit, on Tuesday" counts.
     */
    static boolean sawChange(String text, Stance stance) {
        String start = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (NO.matcher(start).lookingAt()) {
            return false;
        }
        return stance == Stance.WIN || YES.matcher(start).lookingAt();
    }

    private static final java.util.regex.Pattern NO =
            java.util.regex.Pattern.compile("(no|nope|nah|not really|not that i|not at all|never)\\b");
    private static final java.util.regex.Pattern YES = java.util.regex.Pattern.compile(
            "(yes|yeah|yep|a bit|a little|slightly|maybe|perhaps|sort of|kind of|i think so|on \\w+day)\\b");

    /** Moves past a waiting follow-up without an answer: /skip, the button, or a review resumed after a pause. */
    Review moveOn(Review review, Answer waiting) {
        Answer updated = waiting.withFollowUp(FollowUp.MOVED_ON);
        store.saveAnswer(review.id(), updated);
        return review.withAnswer(updated);
    }

    /** The waiting question again, for a person who comes back to it: the last paragraph of the reply, recomposed. */
    Reply reminder(Answer waiting, int variant) {
        String reply = waiting.kind() == AnswerKind.NOTHING
                ? composer.nothing(variant)
                : composer.reframe(analyzer.analyze(waiting.text()), variant);
        int lastParagraph = reply.lastIndexOf("\n\n");
        String question = lastParagraph < 0 ? reply : reply.substring(lastParagraph + 2);
        return Reply.of(messages.format("followup.again", "question", question), moveOnChoice());
    }

    private Choice moveOnChoice() {
        return new Choice(messages.require("choice.moveOn"), "/skip");
    }

    private String pick(String prefix, int variant) {
        List<String> variants = messages.variants(prefix);
        return variants.get(Math.floorMod(variant, variants.size()));
    }
}
