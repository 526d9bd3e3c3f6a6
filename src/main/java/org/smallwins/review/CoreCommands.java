package org.smallwins.review;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.smallwins.reframe.Messages;

/** The commands of the review itself and of the crisis state; features register theirs beside these. */
final class CoreCommands {
    private CoreCommands() {}

    /** A command that is one function of the turn. */
    private record Simple(
            String name, Optional<String> helpKey, boolean waitsOutACrisis, Function<Turn, List<Reply>> run)
            implements ChatCommand {
        @Override
        public List<Reply> run(Turn turn) {
            return run.apply(turn);
        }
    }

    private static ChatCommand listed(String name, Function<Turn, List<Reply>> run) {
        return new Simple(name, Optional.of("command." + name + ".help"), false, run);
    }

    static void register(
            CommandRegistry registry, ReviewFlow flow, SafetyReplies safety, Messages messages, String privacy) {
        registry.add(listed(
                        "start",
                        // The offer of a safety plan joins the welcome, so that its buttons stay live too.
                        turn -> List.of(SafetyReplies.joined(
                                Reply.of(
                                        messages.format("start.welcome", "resources", safety.resourcesText()),
                                        new Choice(messages.require("choice.startReview"), "/review"),
                                        new Choice(messages.require("choice.help"), "/help")),
                                safety.planOffer(turn.person(), turn.at())))))
                .add(new Simple(
                        "review",
                        Optional.of("command.review.help"),
                        true,
                        turn -> flow.startOrResume(turn.person(), turn.at())))
                .add(new Simple(
                        "skip", Optional.of("command.skip.help"), true, turn -> flow.skip(turn.person(), turn.at())))
                .add(listed("cancel", turn -> flow.cancel(turn.person(), turn.at())))
                .add(new Simple(
                        "later",
                        Optional.empty(),
                        false,
                        turn -> safety.inCrisis(turn.person(), turn.at())
                                ? safety.reviewLater(turn.person())
                                : flow.later(turn.person(), turn.at())))
                .add(listed("help", turn -> List.of(Reply.of(help(registry, messages, safety)))))
                .add(listed("privacy", turn -> List.of(Reply.of(privacy))))
                .add(new Simple("imsafe", Optional.empty(), false, turn -> safety.safe(turn.person(), turn.at())))
                .add(new Simple("helpnow", Optional.empty(), false, turn -> safety.helpNow(turn.person(), turn.at())));
    }

    /** /help: every listed command with its line, then the support numbers. */
    static String help(CommandRegistry registry, Messages messages, SafetyReplies safety) {
        StringBuilder lines = new StringBuilder();
        for (ChatCommand command : registry.listed()) {
            lines.append('/')
                    .append(command.name())
                    .append(" – ")
                    .append(messages.require(command.helpKey().orElseThrow()))
                    .append('\n');
        }
        return messages.format("help.text", "commands", lines.toString().strip(), "resources", safety.resourcesText());
    }
}
