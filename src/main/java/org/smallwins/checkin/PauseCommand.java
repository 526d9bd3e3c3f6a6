package org.smallwins.checkin;

import java.util.List;
import java.util.Optional;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Choice;
import org.smallwins.review.Reply;
import org.smallwins.review.Turn;

/** {@code /pause}: no check-ins until {@code /resume}; the schedule is kept. */
final class PauseCommand implements ChatCommand {
    private final CheckInStore store;
    private final CheckInTexts texts;

    PauseCommand(CheckInStore store, CheckInTexts texts) {
        this.store = store;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "pause";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("command.pause.help");
    }

    @Override
    public List<Reply> run(Turn turn) {
        Optional<CheckInPlan> plan = store.find(turn.person().id());
        if (plan.isEmpty() || plan.get().state() != CheckInState.ON) {
            return List.of(Reply.of(texts.text("checkin.pause.nothingOn")));
        }
        store.save(plan.get().off(CheckInState.PAUSED));
        return List.of(Reply.of(
                texts.text("checkin.pause.done"), new Choice(texts.text("settings.choice.resume"), "/resume")));
    }
}
