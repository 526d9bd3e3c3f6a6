package org.smallwins.safetyplan;

import java.util.List;
import java.util.Optional;
import org.smallwins.reframe.Messages;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Choice;
import org.smallwins.review.Reply;
import org.smallwins.review.Turn;
import org.smallwins.safety.CrisisResources;

/**
 * {@code /grounding}: a short 5-4-3-2-1 exercise, one step a message with a Next button, offered in the
 * crisis state. It runs in any state, a crisis included; help stays one tap away on every step, and the
 * last one shows the numbers again. The step is carried by the button ({@code /grounding 3}), so
 * nothing about it is stored.
 */
final class Grounding implements ChatCommand {
    static final String NAME = "grounding";
    private final Messages messages;
    private final CrisisResources resources;
    private final List<String> steps;

    Grounding(Messages messages, CrisisResources resources) {
        this.messages = messages;
        this.resources = resources;
        this.steps = messages.variants("grounding.step");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Offered by a button in the crisis state rather than listed in /help. */
    @Override
    public Optional<String> helpKey() {
        return Optional.empty();
    }

    @Override
    public List<Reply> run(Turn turn) {
        int step = number(turn.arguments());
        Choice helpNow = new Choice(messages.require("choice.helpNow"), "/helpnow");
        if (step > steps.size()) {
            return List.of(Reply.of(
                    messages.format("grounding.end", "resources", resources.asText()),
                    new Choice(messages.require("grounding.choice.again"), "/" + NAME),
                    new Choice(messages.require("choice.safeNow"), "/imsafe"),
                    helpNow));
        }
        String text = steps.get(step - 1);
        if (step == 1) {
            text = messages.require("grounding.intro") + "\n\n" + text;
        }
        return List.of(Reply.of(
                text, new Choice(messages.require("grounding.choice.next"), "/" + NAME + " " + (step + 1)), helpNow));
    }

    /** Buttons send the step to show; typed, the exercise starts at the beginning. */
    private static int number(String arguments) {
        try {
            return Math.max(1, Integer.parseInt(arguments.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** How many steps there are (for tests). */
    int steps() {
        return steps.size();
    }
}
