package org.smallwins.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.smallwins.reframe.Messages;

/**
 * Where a message that holds no risk goes: the crisis state first, then a command, then the answer to
 * a question a command asked, then the review. Runs inside the event's transaction.
 */
final class Router {
    private final CommandRegistry commands;
    private final ReviewFlow flow;
    private final SafetyReplies safety;
    private final ReviewStore store;
    private final Messages messages;
    private final Predicate<String> notEnglish;

    Router(
            CommandRegistry commands,
            ReviewFlow flow,
            SafetyReplies safety,
            ReviewStore store,
            Messages messages,
            Predicate<String> notEnglish) {
        this.commands = commands;
        this.flow = flow;
        this.safety = safety;
        this.store = store;
        this.messages = messages;
        this.notEnglish = notEnglish;
    }

    List<Reply> route(Person person, String text, Instant at) {
        boolean inCrisis = safety.inCrisis(person, at);
        Optional<CommandLine> line = CommandLine.parse(text);
        if (line.isPresent()) {
            return command(person, line.get(), inCrisis, at);
        }
        if (inCrisis) {
            return safety.followUp(person);
        }
        if (notEnglish.test(text)) {
            // Its risk cannot be judged, so the resources go with the explanation; nothing is stored.
            return List.of(Reply.of(messages.format("language.englishOnly", "resources", safety.resourcesText())));
        }
        Optional<String> awaiting = store.awaiting(person.id());
        if (awaiting.isPresent()) {
            store.setAwaiting(person.id(), Optional.empty());
            Optional<ChatCommand> asker = commands.find(awaiting.get());
            if (asker.isPresent()) {
                return asker.get().answer(new Turn(person, text, at));
            }
        }
        return flow.text(person, text, at);
    }

    private List<Reply> command(Person person, CommandLine line, boolean inCrisis, Instant at) {
        Optional<ChatCommand> command = commands.find(line.name());
        if (command.isEmpty()) {
            return List.of(Reply.of(
                    messages.format("command.unknown", "command", line.typed()),
                    new Choice(messages.require("choice.help"), "/help")));
        }
        if (inCrisis && command.get().waitsOutACrisis()) {
            return safety.waitsForSafety(person);
        }
        // A command ends any question that was waiting for an answer.
        store.setAwaiting(person.id(), Optional.empty());
        return command.get().run(new Turn(person, line.arguments(), at));
    }
}
