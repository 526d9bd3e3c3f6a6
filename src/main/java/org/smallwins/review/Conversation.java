package org.smallwins.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.smallwins.language.TextNormaliser;
import org.smallwins.reframe.Messages;
import org.smallwins.safety.RiskCheck;
import org.smallwins.safety.RiskLevel;

/**
 * The core of the bot: one message in, the replies out. Every message takes the same path, whatever
 * state the person is in: clean → risk check → route → handle (which persists) → replies. The risk
 * check comes first and nothing can route around it; the one thing before it is dropping a delivery
 * the transport repeats, which was checked (and answered) the first time.
 */
public final class Conversation {
    private final RiskCheck riskCheck;
    private final SafetyReplies safety;
    private final ReviewFlow flow;
    private final ReviewStore store;
    private final Messages messages;

    public Conversation(
            RiskCheck riskCheck, SafetyReplies safety, ReviewFlow flow, ReviewStore store, Messages messages) {
        this.riskCheck = Objects.requireNonNull(riskCheck, "riskCheck");
        this.safety = Objects.requireNonNull(safety, "safety");
        this.flow = Objects.requireNonNull(flow, "flow");
        this.store = Objects.requireNonNull(store, "store");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Handles one message and returns the replies, in the order they are to be sent. */
    public List<Reply> handle(Incoming incoming) {
        if (isRepeat(incoming)) {
            return List.of();
        }
        String text = TextNormaliser.clean(incoming.text()).strip();
        RiskLevel risk = riskCheck.assess(text);
        if (risk != RiskLevel.NONE) {
            return safety.escalate(incoming.personKey(), risk, incoming.receivedAt());
        }
        Person person = store.person(incoming.personKey(), incoming.receivedAt());
        return Command.parse(text)
                .map(line -> command(person, line, incoming.receivedAt()))
                .orElseGet(() -> flow.text(person, text, incoming.receivedAt()));
    }

    /**
     * The risk check alone, for text that is not a new message (an edited one): the crisis reply when
     * there is risk, otherwise nothing, and no state changes.
     */
    public List<Reply> checkOnly(Incoming incoming) {
        if (isRepeat(incoming)) {
            return List.of();
        }
        RiskLevel risk = riskCheck.assess(TextNormaliser.clean(incoming.text()));
        return risk == RiskLevel.NONE ? List.of() : safety.escalate(incoming.personKey(), risk, incoming.receivedAt());
    }

    /** The crisis resources, for places where the bot will not hold a conversation (group chats). */
    public List<Reply> riskReplyWithoutState(String text) {
        RiskLevel risk = riskCheck.assess(TextNormaliser.clean(text));
        return risk == RiskLevel.NONE ? List.of() : List.of(safety.anonymous(risk));
    }

    private boolean isRepeat(Incoming incoming) {
        return incoming.deliveryKey()
                .map(key -> !store.claimDelivery(key, incoming.receivedAt()))
                .orElse(false);
    }

    /** What a person sees when a transport opens (the terminal starting): where they are, if anywhere. */
    public List<Reply> greet(String personKey, Instant now) {
        Person person = store.person(personKey, now);
        return flow.resumeHint(person, now).orElseGet(() -> List.of(Reply.of(messages.require("greet.new"))));
    }

    private List<Reply> command(Person person, Command.Line line, Instant at) {
        if (line.command().isEmpty()) {
            return List.of(Reply.of(
                    messages.format("command.unknown", "command", line.typed()),
                    new Choice(messages.require("choice.help"), "/help")));
        }
        return switch (line.command().get()) {
            case START ->
                List.of(Reply.of(
                        messages.format("start.welcome", "resources", safety.resourcesText()),
                        new Choice(messages.require("choice.startReview"), "/review"),
                        new Choice(messages.require("choice.help"), "/help")));
            case REVIEW -> flow.startOrResume(person, at);
            case SKIP -> flow.skip(person, at);
            case CANCEL -> flow.cancel(person, at);
            case LATER -> flow.later(person, at);
            case HELP -> List.of(Reply.of(messages.format("help.text", "resources", safety.resourcesText())));
            case PRIVACY -> List.of(Reply.of(messages.require("privacy.text")));
            case HISTORY, SUMMARY, PROGRESS, SETTINGS, SCHEDULE, PAUSE, RESUME, EXPORT, DELETE ->
                List.of(Reply.of(messages.format(
                        "command.notYet", "command", line.command().get().slash())));
        };
    }
}
