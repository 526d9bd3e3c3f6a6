package org.smallwins.checkin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Reply;
import org.smallwins.review.ReviewStore;
import org.smallwins.review.Turn;

/**
 * {@code /settings}: the check-in's day, time and zone, one tap at a time. Its buttons send
 * {@code /settings day sun}, {@code /settings time 18:00}, {@code /settings zone Europe/Paris}; "type
 * it" asks a question, and the person's next message (a time, a day or a zone) is its answer.
 */
final class SettingsCommand implements ChatCommand {
    static final String NAME = "settings";

    private final CheckInStore store;
    private final ReviewStore reviews;
    private final CheckInTexts texts;
    private final PlanReplies replies;

    SettingsCommand(CheckInStore store, ReviewStore reviews, CheckInTexts texts, PlanReplies replies) {
        this.store = store;
        this.reviews = reviews;
        this.texts = texts;
        this.replies = replies;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("command.settings.help");
    }

    @Override
    public List<Reply> run(Turn turn) {
        CheckInPlan plan = plan(turn);
        String[] words = turn.arguments().strip().split("\\s+", 2);
        String what = words[0].toLowerCase(Locale.ROOT);
        String value = words.length > 1 ? words[1] : "";
        return switch (what) {
            case "day" ->
                ScheduleWords.day(value)
                        .map(day -> day(plan, day, turn))
                        .orElseGet(() -> List.of(replies.askDay(texts.text("settings.askDay"))));
            case "time" ->
                ScheduleWords.time(value)
                        .map(time -> time(plan, time, turn))
                        .orElseGet(() -> List.of(replies.askTime(plan)));
            case "zone" ->
                ZoneNames.parse(value)
                        .map(zone -> zone(plan, zone, turn))
                        .orElseGet(() -> List.of(replies.askZone(plan)));
            case "type" -> {
                reviews.setAwaiting(turn.person().id(), Optional.of(NAME));
                yield List.of(Reply.of(texts.text("settings.typeAsk")));
            }
            default -> List.of(replies.overview(plan));
        };
    }

    /** A typed time, day or zone, after "type it": whichever the text reads as. */
    @Override
    public List<Reply> answer(Turn turn) {
        reviews.setAwaiting(turn.person().id(), Optional.empty());
        CheckInPlan plan = plan(turn);
        String text = turn.arguments().strip();
        Optional<LocalTime> time = ScheduleWords.time(text);
        if (time.isPresent()) {
            return time(plan, time.get(), turn);
        }
        Optional<DayOfWeek> day = ScheduleWords.day(text);
        if (day.isPresent()) {
            return day(plan, day.get(), turn);
        }
        Optional<ZoneId> zone = ZoneNames.parse(text);
        if (zone.isPresent()) {
            return zone(plan, zone.get(), turn);
        }
        // Never echo the text: it may be something personal written to the review, not to settings.
        return List.of(Reply.of(texts.text("settings.typedUnreadable")));
    }

    private List<Reply> day(CheckInPlan plan, DayOfWeek day, Turn turn) {
        CheckInPlan updated = plan.withDay(day).settled(turn.at());
        store.save(updated);
        return List.of(updated.time().isEmpty() ? replies.askTime(updated) : replies.saved(updated));
    }

    private List<Reply> time(CheckInPlan plan, LocalTime time, Turn turn) {
        CheckInPlan updated = plan.withTime(time).settled(turn.at());
        store.save(updated);
        return List.of(
                updated.day().isEmpty()
                        ? replies.askDay(texts.messages().format("settings.askDayFor", "time", CheckInTexts.time(time)))
                        : replies.saved(updated));
    }

    private List<Reply> zone(CheckInPlan plan, ZoneId zone, Turn turn) {
        CheckInPlan updated = plan.withZone(zone).settled(turn.at());
        store.save(updated);
        if (updated.schedule().isEmpty()) {
            String saved = texts.messages().format("settings.zoneSet", "zone", ZoneNames.show(zone));
            return List.of(Reply.of(saved), replies.overview(updated));
        }
        return List.of(replies.saved(updated));
    }

    private CheckInPlan plan(Turn turn) {
        return store.find(turn.person().id())
                .orElseGet(() -> CheckInPlan.fresh(turn.person().id()));
    }
}
