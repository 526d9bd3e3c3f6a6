package org.smallwins.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.reframe.Messages;
import org.smallwins.safety.Assessment;
import org.smallwins.safety.CrisisResources;
import org.smallwins.safety.RiskLevel;

/**
 * What the bot says and does when the risk check fires, and while a person is in the crisis state
 * that an URGENT reply starts: every message then keeps help in view, with three buttons (safe now,
 * help now, the review later), and no review question is asked. Only the time and level of an
 * escalation are stored, never the words. When the person has written a safety plan, their own words
 * come first in these replies (after 999 when an act is in progress); reading the plan can never hold
 * the reply back.
 */
public final class SafetyReplies {
    private static final Logger log = LoggerFactory.getLogger(SafetyReplies.class);
    private final Messages messages;
    private final CrisisResources resources;
    private final ReviewStore store;
    private final Duration crisisLength;
    private final SafetyPlanPort plan;

    public SafetyReplies(
            Messages messages,
            CrisisResources resources,
            ReviewStore store,
            Duration crisisLength,
            SafetyPlanPort plan) {
        if (crisisLength.isNegative() || crisisLength.isZero()) {
            throw new IllegalArgumentException("the crisis state lasts a positive time, got " + crisisLength);
        }
        this.messages = messages;
        this.resources = resources;
        this.store = store;
        this.crisisLength = crisisLength;
        this.plan = plan;
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
                        ? urgent(Optional.empty(), actInProgress)
                        : Reply.of(messages.format("safety.concern", "resources", resourcesText())));
    }

    /**
     * A new message with risk words. While the person writes their safety plan, words that belong in it
     * (a warning sign, not the danger being now) go on into the plan with the resources shown; the
     * escalation is recorded either way. Otherwise, the crisis reply ({@link #escalate}).
     */
    List<Reply> escalateMessage(Person person, Assessment risk, String text, Instant at) {
        if (!inCrisis(person, at)) {
            Optional<List<Reply>> written =
                    fromPlan("take risk words into it", () -> plan.takeRiskyAnswer(new Turn(person, text, at), risk));
            if (written.isPresent()) {
                store.recordEscalation(person.id(), risk.level(), at);
                log.info("Escalation recorded: level={} (words for a safety plan)", risk.level());
                return written.get();
            }
        }
        return escalate(person, risk.level(), risk.actInProgress(), at);
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
            // Risk again while in crisis repeats the resources in full and keeps the state going. A
            // question left waiting (a plan step) is not answered by a message sent a day later.
            store.setCrisisUntil(person.id(), Optional.of(at.plus(crisisLength)));
            store.setAwaiting(person.id(), Optional.empty());
            return List.of(urgent(ownPlan(person), actInProgress));
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
    List<Reply> followUp(Person person) {
        return inCrisis(person, "safety.crisis.followUp");
    }

    /** A command that would begin something (a review) while the person is in the crisis state. */
    List<Reply> waitsForSafety(Person person) {
        return inCrisis(person, "safety.reviewWaits");
    }

    /**
     * "I'm safe right now": ends the crisis state, keeps the numbers in view, offers the review back, and,
     * when a crisis has just passed and they have no safety plan, offers to write one (once).
     */
    List<Reply> safe(Person person, Instant at) {
        boolean wasInCrisis = inCrisis(person, at);
        store.setCrisisUntil(person.id(), Optional.empty());
        String text =
                messages.format(wasInCrisis ? "safety.safe" : "safety.safe.notInCrisis", "resources", resourcesText());
        Reply reply = store.findOpenReview(person.id()).isPresent()
                ? Reply.of(text, new Choice(messages.require("choice.goOn"), "/review"))
                : Reply.of(text);
        return List.of(wasInCrisis ? joined(reply, fromPlan("offer it", () -> plan.offer(person, true, at))) : reply);
    }

    /** The offer of a safety plan that joins the welcome of /start, when there is one to make. */
    Optional<Reply> planOffer(Person person, Instant at) {
        return fromPlan("offer it", () -> plan.offer(person, false, at));
    }

    /** "I need help now": the resources again, 999 first, then the person's own plan; the crisis state goes on. */
    List<Reply> helpNow(Person person, Instant at) {
        store.setCrisisUntil(person.id(), Optional.of(at.plus(crisisLength)));
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(messages.require("choice.safeNow"), "/imsafe"));
        choices.addAll(plan.crisisChoices());
        choices.add(new Choice(messages.require("choice.reviewLater"), "/later"));
        String text = messages.format("safety.helpNow", "resources", resourcesText());
        return List.of(new Reply(ownPlan(person).map(own -> text + "\n\n" + own).orElse(text), choices));
    }

    /** "Go on with the review later", pressed in the crisis state. */
    List<Reply> reviewLater(Person person) {
        return inCrisis(person, "safety.reviewLater");
    }

    /** The URGENT reply; the person's own plan leads, unless an act is in progress, when 999 does. */
    private Reply urgent(Optional<String> own, boolean actInProgress) {
        String key = actInProgress ? "safety.urgent.now" : "safety.urgent";
        String text = messages.format(key, "resources", resourcesText());
        if (own.isPresent()) {
            text = actInProgress ? text + "\n\n" + own.get() : own.get() + "\n\n" + text;
        }
        return new Reply(text, crisisChoices());
    }

    private List<Reply> inCrisis(Person person, String key) {
        String text = messages.format(key, "resources", resourcesText());
        return List.of(new Reply(ownPlan(person).map(own -> own + "\n\n" + text).orElse(text), crisisChoices()));
    }

    private List<Choice> crisisChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(messages.require("choice.safeNow"), "/imsafe"));
        choices.add(new Choice(messages.require("choice.helpNow"), "/helpnow"));
        choices.addAll(plan.crisisChoices());
        choices.add(new Choice(messages.require("choice.reviewLater"), "/later"));
        return choices;
    }

    /** The person's own plan for a crisis reply. */
    private Optional<String> ownPlan(Person person) {
        return fromPlan("read it for a crisis reply", () -> plan.forCrisis(person.id()));
    }

    /**
     * A call to the safety plan, which must never stand between a person and help: when it fails, the
     * reply goes out without it and the event is kept (the type of failure is logged, never text).
     */
    private static <T> Optional<T> fromPlan(String what, Supplier<Optional<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            log.warn(
                    "The safety plan failed to {}; the reply goes out without it: {}",
                    what,
                    e.getClass().getName());
            return Optional.empty();
        }
    }

    /** One message of two, so that both keep their buttons (a transport keeps only the newest keyboard live). */
    static Reply joined(Reply first, Optional<Reply> more) {
        if (more.isEmpty()) {
            return first;
        }
        List<Choice> choices = new ArrayList<>(first.choices());
        choices.addAll(more.get().choices());
        return new Reply(first.text() + "\n\n" + more.get().text(), choices);
    }
}
