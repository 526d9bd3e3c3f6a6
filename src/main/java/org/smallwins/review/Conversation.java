package org.smallwins.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.language.TextNormaliser;
import org.smallwins.reframe.Messages;
import org.smallwins.safety.Assessment;
import org.smallwins.safety.RiskCheck;
import org.smallwins.safety.RiskLevel;

/**
 * The core of the bot: one event of a person in, the replies out. Every message takes the same path,
 * whatever state the person is in: clean → risk check → (one transaction: repeat guard → route →
 * handle → replies into the outbox). The risk check reads the whole text before anything touches
 * storage, so a storage failure can delay nothing but the record: the crisis reply is then handed
 * back for the transport to send at once. A person's events run one at a time, whoever triggers them.
 */
public final class Conversation {
    private static final Logger log = LoggerFactory.getLogger(Conversation.class);
    private final RiskCheck riskCheck;
    private final SafetyReplies safety;
    private final Router router;
    private final ReviewFlow flow;
    private final ReviewStore store;
    private final Outbox outbox;
    private final UnitOfWork transactions;
    private final PersonEvents events;
    private final Messages messages;
    private final PersonLocks locks = new PersonLocks();

    Conversation(ConversationBuilder parts, Router router, ReviewFlow flow, SafetyReplies safety) {
        this.riskCheck = Objects.requireNonNull(parts.riskCheck, "riskCheck");
        this.store = Objects.requireNonNull(parts.store, "store");
        this.outbox = Objects.requireNonNull(parts.outbox, "outbox");
        this.transactions = parts.transactions;
        this.events = parts.events;
        this.messages = parts.messages;
        this.router = router;
        this.flow = flow;
        this.safety = safety;
    }

    public static ConversationBuilder builder() {
        return new ConversationBuilder();
    }

    /** Handles one message: its replies are in the outbox when {@link Handled#queued()}, else to be sent now. */
    public Handled handle(Incoming incoming) {
        String text = TextNormaliser.clean(incoming.text()).strip();
        Assessment risk = riskCheck.check(text);
        return inTurn(incoming, risk, () -> {
            Person person = store.person(incoming.personKey(), incoming.receivedAt());
            events.wrote(person, incoming.receivedAt());
            // Risk words may be a warning sign written into a safety plan: SafetyReplies decides, and
            // records the escalation either way.
            return risk.level() == RiskLevel.NONE
                    ? router.route(person, text, incoming.receivedAt())
                    : safety.escalateMessage(person, risk, text, incoming.receivedAt());
        });
    }

    /**
     * The risk check alone, for text that is not a new message (an edited one): the crisis reply when
     * there is risk, otherwise nothing, and no other state changes.
     */
    public Handled checkOnly(Incoming incoming) {
        Assessment risk = riskCheck.check(TextNormaliser.clean(incoming.text()));
        if (risk.level() == RiskLevel.NONE) {
            return Handled.nothing();
        }
        return inTurn(incoming, risk, () -> {
            Person person = store.person(incoming.personKey(), incoming.receivedAt());
            return safety.escalate(person, risk.level(), risk.actInProgress(), incoming.receivedAt());
        });
    }

    /** The core speaking first (a check-in falling due): runs {@code initiative} as the person's next event. */
    public Handled initiate(String personKey, Initiative initiative, Instant at) {
        try {
            return locks.with(
                    personKey,
                    () -> transactions.inTransaction(() -> {
                        Person person = store.person(personKey, at);
                        List<Reply> replies = initiative.run(person, safety.inCrisis(person, at), at);
                        outbox.add(personKey, replies, false, at);
                        return new Handled(replies, true);
                    }));
        } catch (RuntimeException e) {
            logFailure("An initiative", e);
            return new Handled(List.of(), false);
        }
    }

    /** The crisis resources, for places where the bot will not hold a conversation (group chats). */
    public List<Reply> riskReplyWithoutState(String text) {
        Assessment risk = riskCheck.check(TextNormaliser.clean(text));
        return risk.level() == RiskLevel.NONE ? List.of() : safety.withoutState(risk.level(), risk.actInProgress());
    }

    /** What a person sees when a transport opens (the terminal starting): where they are, if anywhere. */
    public List<Reply> greet(String personKey, Instant now) {
        Person person = store.person(personKey, now);
        if (safety.inCrisis(person, now)) {
            return safety.followUp(person);
        }
        return flow.resumeHint(person, now).orElseGet(() -> List.of(Reply.of(messages.require("greet.new"))));
    }

    /**
     * Runs one event of a person in one transaction, its replies written to the outbox with it. When
     * anything fails, nothing of it is kept and the transport is handed what to send itself: the crisis
     * reply when there was risk, an apology otherwise.
     */
    private Handled inTurn(Incoming incoming, Assessment risk, Supplier<List<Reply>> work) {
        boolean urgent = risk.level() != RiskLevel.NONE;
        try {
            return locks.with(
                    incoming.personKey(),
                    () -> transactions.inTransaction(() -> {
                        if (isRepeat(incoming)) {
                            return Handled.nothing();
                        }
                        List<Reply> replies = work.get();
                        outbox.add(incoming.personKey(), replies, urgent, incoming.receivedAt());
                        return new Handled(replies, true);
                    }));
        } catch (RuntimeException e) {
            logFailure("Handling a message", e);
            return new Handled(
                    urgent
                            ? safety.withoutState(risk.level(), risk.actInProgress())
                            : List.of(Reply.of(messages.require("error.apology"))),
                    false);
        }
    }

    private boolean isRepeat(Incoming incoming) {
        Optional<String> key = incoming.deliveryKey();
        return key.isPresent() && !store.claimDelivery(key.get(), incoming.receivedAt());
    }

    /** The type and place of a failure only: exception messages can carry a person's words. */
    private static void logFailure(String what, RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        log.error(
                "{} failed: {} at {}", what, e.getClass().getName(), trace.length > 0 ? trace[0] : "an unknown place");
    }
}
