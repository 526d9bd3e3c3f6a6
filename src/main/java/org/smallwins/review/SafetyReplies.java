package org.smallwins.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.reframe.Messages;
import org.smallwins.safety.CrisisResources;
import org.smallwins.safety.RiskLevel;

/**
 * What the bot says and does when the risk check fires, and while a person is in the crisis state
 * that an URGENT reply starts: every message then keeps help in view, with three buttons (safe now,
 * help now, the review later), and no review question is asked. Only the time and level of an
 * escalation are stored, never the words.
 */
public final class SafetyReplies {
    private static final Logger log = LoggerFactory.getLogger(SafetyReplies.class);
    private final Messages messages;
    private final CrisisResources resources;
    private final ReviewStore store;
    private final Duration crisisLength;

    public SafetyReplies(Messages messages, CrisisResources resources, ReviewStore store, Duration crisisLength) {
        if (crisisLength.isNegative() || crisisLength.isZero()) {
            throw new IllegalArgumentException("the crisis state lasts a positive time, got " + crisisLength);
        }
        this.messages = messages;
        this.resources = resources;
        this.store = store;
        this.crisisLength = crisisLength;
    }

    String resourcesText() {
        return resources.asText();
    }

    boolean inCrisis(Person person, Instant at) {
        return store.crisisUntil(person.id()).filter(at::isBefore).isPresent();
    }

    /**
     * The crisis reply built from nothing but the level: for group chats, and for when storage fails.
     * It never touches the store.
     */
    List<Reply> withoutState(RiskLevel level, boolean actInProgress) {
        return List.of(
                level == RiskLevel.URGENT
                        ? urgent(actInProgress)
                        : Reply.of(messages.format("safety.concern", "resources", resourcesText())));
    }

    /** Inside the event's transaction: records the escalation, pauses any review, starts the crisis state. */
    List<Reply> escalate(Person person, RiskLevel level, boolean actInProgress, Instant at) {
        boolean wasInCrisis = inCrisis(person, at);
        store.recordEscalation(person.id(), level, at);
        Optional<Review> open = store.findOpenReview(person.id());
        open.filter(r -> r.status() == ReviewStatus.IN_PROGRESS)
                .ifPresent(r -> store.setStatus(r.id(), ReviewStatus.PAUSED, at));
        log.info("Escalation recorded: level={}", level);
        if (level == RiskLevel.URGENT || wasInCrisis) {
            // Risk again while in crisis repeats the resources in full and keeps the state going.
            store.setCrisisUntil(person.id(), Optional.of(at.plus(crisisLength)));
            return List.of(urgent(actInProgress));
        }
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.of(messages.format("safety.concern", "resources", resourcesText())));
        if (open.isPresent()) {
            replies.add(Reply.of(
                    messages.require("safety.concern.goOn"),
                    new Choice(messages.require("choice.goOn"), "/review"),
                    new Choice(messages.require("choice.later"), "/later")));
        }
        return replies;
    }

    /** Any message from a person in the crisis state that holds no new risk. */
    List<Reply> followUp() {
        return inCrisis("safety.crisis.followUp");
    }

    /** A command that would begin something (a review) while the person is in the crisis state. */
    List<Reply> waitsForSafety() {
        return inCrisis("safety.reviewWaits");
    }

    /** "I'm safe right now": ends the crisis state, keeps the numbers in view, offers the review back. */
    List<Reply> safe(Person person, Instant at) {
        boolean wasInCrisis = inCrisis(person, at);
        store.setCrisisUntil(person.id(), Optional.empty());
        String text =
                messages.format(wasInCrisis ? "safety.safe" : "safety.safe.notInCrisis", "resources", resourcesText());
        return store.findOpenReview(person.id()).isPresent()
                ? List.of(Reply.of(text, new Choice(messages.require("choice.goOn"), "/review")))
                : List.of(Reply.of(text));
    }

    /** "I need help now": the resources again, 999 first; the crisis state goes on. */
    List<Reply> helpNow(Person person, Instant at) {
        store.setCrisisUntil(person.id(), Optional.of(at.plus(crisisLength)));
        List<Choice> choices = crisisChoices();
        return List.of(new Reply(
                messages.format("safety.helpNow", "resources", resourcesText()),
                List.of(choices.get(0), choices.get(2))));
    }

    /** "Go on with the review later", pressed in the crisis state. */
    List<Reply> reviewLater() {
        return inCrisis("safety.reviewLater");
    }

    private Reply urgent(boolean actInProgress) {
        String key = actInProgress ? "safety.urgent.now" : "safety.urgent";
        return new Reply(messages.format(key, "resources", resourcesText()), crisisChoices());
    }

    private List<Reply> inCrisis(String key) {
        return List.of(new Reply(messages.format(key, "resources", resourcesText()), crisisChoices()));
    }

    private List<Choice> crisisChoices() {
        return List.of(
                new Choice(messages.require("choice.safeNow"), "/imsafe"),
                new Choice(messages.require("choice.helpNow"), "/helpnow"),
                new Choice(messages.require("choice.reviewLater"), "/later"));
    }
}
