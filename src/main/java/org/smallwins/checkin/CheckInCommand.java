package org.smallwins.checkin;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Choice;
import org.smallwins.review.Reply;
import org.smallwins.review.Turn;

/**
 * The buttons under a check-in and under "Same time next week?": {@code /checkin later},
 * {@code /checkin skip}, {@code /checkin yes sun 18:00}, {@code /checkin no}. Not listed in /help.
 * ("Start now" sends {@code /review}, which resumes an open review rather than opening another.)
 */
final class CheckInCommand implements ChatCommand {
    static final Duration LATER = Duration.ofHours(3);

    private final CheckInStore store;
    private final CheckInTexts texts;
    private final PlanReplies replies;

    CheckInCommand(CheckInStore store, CheckInTexts texts, PlanReplies replies) {
        this.store = store;
        this.texts = texts;
        this.replies = replies;
    }

    @Override
    public String name() {
        return "checkin";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.empty();
    }

    @Override
    public List<Reply> run(Turn turn) {
        String[] words = turn.arguments().strip().toLowerCase(Locale.ROOT).split("\\s+");
        CheckInPlan plan = store.find(turn.person().id())
                .orElseGet(() -> CheckInPlan.fresh(turn.person().id()));
        return switch (words[0]) {
            case "later" -> later(plan, turn);
            case "skip" -> skip(plan, turn);
            case "yes" -> yes(plan, words, turn);
            case "no" -> List.of(Reply.of(texts.text("checkin.declined")));
            default -> List.of(replies.overview(plan));
        };
    }

    /** Three hours from now; the weekly slot after that is unchanged. */
    private List<Reply> later(CheckInPlan plan, Turn turn) {
        if (plan.state() != CheckInState.ON) {
            return nothingPlanned();
        }
        CheckInPlan moved = plan.dueAt(turn.at().plus(LATER));
        store.save(moved);
        String time = CheckInTexts.time(
                moved.nextDue().orElseThrow().atZone(plan.zone()).toLocalTime());
        return List.of(Reply.of(texts.messages().format("checkin.later", "time", time)));
    }

    /** Nothing more this week: the next check-in is the next weekly one (a pending "later" is dropped). */
    private List<Reply> skip(CheckInPlan plan, Turn turn) {
        if (plan.state() != CheckInState.ON) {
            return nothingPlanned();
        }
        CheckInPlan next = plan.on(turn.at());
        store.save(next);
        String when = texts.when(next.nextDue().orElseThrow(), next.zone());
        return List.of(Reply.of(texts.messages().format("checkin.skipped", "when", when)));
    }

    /** "Same time next week?" answered yes: the offered day and time travel in the button itself. */
    private List<Reply> yes(CheckInPlan plan, String[] words, Turn turn) {
        Optional<DayOfWeek> day = words.length > 1 ? ScheduleWords.day(words[1]) : Optional.empty();
        Optional<LocalTime> time = words.length > 2 ? ScheduleWords.time(words[2]) : Optional.empty();
        if (day.isEmpty() || time.isEmpty()) {
            return List.of(replies.overview(plan));
        }
        CheckInPlan on = plan.withDay(day.get()).withTime(time.get()).on(turn.at());
        store.save(on);
        return List.of(replies.saved(on));
    }

    private List<Reply> nothingPlanned() {
        return List.of(Reply.of(
                texts.text("checkin.nothingPlanned"), new Choice(texts.text("checkin.choice.start"), "/review")));
    }
}
