package org.smallwins.review;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.smallwins.language.TextAnalyzer;
import org.smallwins.reframe.Messages;
import org.smallwins.reframe.ReplyComposer;
import org.smallwins.safety.CrisisResources;
import org.smallwins.safety.RiskCheck;

/** Puts the core together: the parts it needs, and the commands and listeners features add to it. */
public final class ConversationBuilder {
    RiskCheck riskCheck;
    TextAnalyzer analyzer;
    ReplyComposer composer;
    Messages messages;
    CrisisResources resources;
    ReviewStore store;
    Outbox outbox;
    UnitOfWork transactions = UnitOfWork.NONE;
    PersonEvents events = new PersonEvents() {};
    Duration crisisLength = Duration.ofHours(24);
    Predicate<String> notEnglish = text -> false;
    private String privacyNotice;
    SafetyPlanPort safetyPlan = SafetyPlanPort.NONE;
    private final List<Consumer<CommandRegistry>> features = new ArrayList<>();
    private final List<PersonEvents> listeners = new ArrayList<>();

    ConversationBuilder() {}

    public ConversationBuilder language(RiskCheck riskCheck, TextAnalyzer analyzer, Predicate<String> notEnglish) {
        this.riskCheck = riskCheck;
        this.analyzer = analyzer;
        this.notEnglish = notEnglish;
        return this;
    }

    public ConversationBuilder words(Messages messages, ReplyComposer composer, CrisisResources resources) {
        this.messages = messages;
        this.composer = composer;
        this.resources = resources;
        return this;
    }

    public ConversationBuilder storage(ReviewStore store, Outbox outbox, UnitOfWork transactions) {
        this.store = store;
        this.outbox = outbox;
        this.transactions = transactions;
        return this;
    }

    /** How long the crisis state lasts after an URGENT reply (24 hours by default). */
    public ConversationBuilder crisisLength(Duration length) {
        this.crisisLength = length;
        return this;
    }

    /** What /privacy says (the operator's retention period included); {@code privacy.text} by default. */
    public ConversationBuilder privacyNotice(String text) {
        this.privacyNotice = text;
        return this;
    }

    /** The person's own safety plan, for the crisis replies (none by default: the helplines alone). */
    public ConversationBuilder safetyPlan(SafetyPlanPort plan) {
        this.safetyPlan = Objects.requireNonNull(plan, "plan");
        return this;
    }

    /** A feature's commands, registered after the core's own. */
    public ConversationBuilder commands(List<? extends ChatCommand> commands) {
        features.add(registry -> commands.forEach(registry::add));
        return this;
    }

    public ConversationBuilder listener(PersonEvents listener) {
        listeners.add(listener);
        return this;
    }

    /** The registry the built conversation uses (for /help and the Telegram menu). */
    public Built build() {
        events = fanOut(List.copyOf(listeners));
        SafetyReplies safety = new SafetyReplies(messages, resources, store, crisisLength, safetyPlan);
        ReviewFlow flow = new ReviewFlow(analyzer, composer, store, messages, events);
        CommandRegistry registry = new CommandRegistry();
        CoreCommands.register(
                registry,
                flow,
                safety,
                messages,
                privacyNotice != null ? privacyNotice : messages.require("privacy.text"));
        features.forEach(feature -> feature.accept(registry));
        Router router = new Router(registry, flow, safety, store, messages, notEnglish);
        return new Built(new Conversation(this, router, flow, safety), registry);
    }

    /** The core and its commands. */
    public record Built(Conversation conversation, CommandRegistry commands) {}

    private static PersonEvents fanOut(List<PersonEvents> listeners) {
        return new PersonEvents() {
            @Override
            public void wrote(Person person, java.time.Instant at) {
                listeners.forEach(l -> l.wrote(person, at));
            }

            @Override
            public List<Reply> reviewCompleted(Person person, Review review, java.time.Instant at) {
                List<Reply> replies = new ArrayList<>();
                listeners.forEach(l -> replies.addAll(l.reviewCompleted(person, review, at)));
                return replies;
            }
        };
    }
}
