package org.smallwins.checkin;

import java.util.List;
import java.util.Optional;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Choice;
import org.smallwins.review.Reply;
import org.smallwins.review.Turn;

/**
 * {@code /resume}: check-ins on again at the kept schedule, whatever paused them (the person, the bot
 * after unanswered ones, or a block that has since been lifted).
 */
final class ResumeCommand implements ChatCommand {
    private final CheckInStore store;
    private final CheckInTexts texts;
    private final PlanReplies replies;

    ResumeCommand(CheckInStore store, CheckInTexts texts, PlanReplies replies) {
        this.store = store;
        this.texts = texts;
        this.replies = replies;
    }

    @Override
    public String name() {
        return "resume";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("command.resume.help");
    }

    @Override
    public List<Reply> run(Turn turn) {
        Optional<CheckInPlan> plan = store.find(turn.person().id());
        if (plan.flatMap(CheckInPlan::schedule).isEmpty()) {
            return List.of(Reply.of(
                    texts.text("checkin.resume.noSchedule"),
                    new Choice(texts.text("checkin.resume.choose"), "/settings")));
        }
        if (plan.get().state() == CheckInState.ON) {
            return List.of(replies.overview(plan.get()));
        }
        CheckInPlan on = plan.get().on(turn.at());
        store.save(on);
        return List.of(replies.saved(on));
    }
}
