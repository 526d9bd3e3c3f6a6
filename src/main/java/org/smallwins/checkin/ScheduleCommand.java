package org.smallwins.checkin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Reply;
import org.smallwins.review.Turn;

/**
 * {@code /schedule <weekday> <HH:MM> [zone]}: sets the weekly check-in in one line and turns it on.
 * Without a zone the person's own is kept (Europe/London for someone new), and the reply says which.
 */
final class ScheduleCommand implements ChatCommand {
    private static final Set<String> FILLER = Set.of("every", "each", "on", "at");
    /** Echoed words are cut here: enough to see the typo, never a paragraph back. */
    private static final int ECHO_CHARS = 40;

    private final CheckInStore store;
    private final CheckInTexts texts;
    private final PlanReplies replies;

    ScheduleCommand(CheckInStore store, CheckInTexts texts, PlanReplies replies) {
        this.store = store;
        this.texts = texts;
        this.replies = replies;
    }

    @Override
    public String name() {
        return "schedule";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("command.schedule.help");
    }

    @Override
    public List<Reply> run(Turn turn) {
        List<String> words =
                new ArrayList<>(Arrays.asList(turn.arguments().strip().split("\\s+")));
        // "every sunday at 6pm" as well as "sun 18:00": the little words carry nothing.
        words.removeIf(word -> word.isEmpty() || FILLER.contains(word.toLowerCase(Locale.ROOT)));
        Optional<CheckInPlan> stored = store.find(turn.person().id());
        if (words.size() < 2) {
            return usage(stored);
        }
        // "18:00 sunday" and "6 pm friday" read as well as "sunday 18:00": the day goes first.
        for (int i = 1; i < Math.min(3, words.size()); i++) {
            if (ScheduleWords.day(words.get(0)).isEmpty()
                    && ScheduleWords.day(words.get(i)).isPresent()) {
                words.add(0, words.remove(i));
            }
        }
        Optional<DayOfWeek> day = ScheduleWords.day(words.get(0));
        if (day.isEmpty()) {
            return List.of(Reply.of(texts.messages().format("schedule.badDay", "word", shown(words.get(0)))));
        }
        String timeText = words.get(1);
        if (words.size() > 2 && ScheduleWords.isHalfOfDay(words.get(2))) {
            timeText += words.remove(2); // "6 pm"
        }
        Optional<LocalTime> time = ScheduleWords.time(timeText);
        if (time.isEmpty()) {
            return List.of(Reply.of(texts.messages().format("schedule.badTime", "word", shown(timeText))));
        }
        String zoneText = String.join(" ", words.subList(2, words.size()));
        Optional<ZoneId> zone = ZoneNames.parse(zoneText);
        if (!zoneText.isEmpty() && zone.isEmpty()) {
            return List.of(Reply.of(texts.messages().format("schedule.badZone", "word", shown(zoneText))));
        }
        CheckInPlan plan =
                stored.orElseGet(() -> CheckInPlan.fresh(turn.person().id()));
        CheckInPlan updated = plan.withDay(day.get())
                .withTime(time.get())
                .withZone(zone.orElse(plan.zone()))
                .on(turn.at());
        store.save(updated);
        List<Reply> out = new ArrayList<>(List.of(replies.saved(updated)));
        if (zone.isEmpty()) {
            out.add(Reply.of(zoneNote(stored, updated)));
        }
        return out;
    }

    private static String shown(String typed) {
        return typed.length() <= ECHO_CHARS ? typed : typed.substring(0, ECHO_CHARS) + "…";
    }

    private String zoneNote(Optional<CheckInPlan> stored, CheckInPlan updated) {
        String zone = ZoneNames.show(updated.zone());
        String example = "/schedule " + CheckInTexts.shortDay(updated.day().orElseThrow()) + " "
                + CheckInTexts.time(updated.time().orElseThrow()) + " Tokyo";
        boolean chosenBefore = stored.map(
                        p -> p.schedule().isPresent() || !p.zone().equals(CheckInPlan.DEFAULT_ZONE))
                .orElse(false);
        return texts.messages()
                .format(chosenBefore ? "schedule.zoneKept" : "schedule.zoneDefault", "zone", zone, "example", example);
    }

    private List<Reply> usage(Optional<CheckInPlan> stored) {
        List<Reply> out = new ArrayList<>();
        out.add(Reply.of(texts.text("schedule.usage")));
        stored.flatMap(CheckInPlan::schedule)
                .ifPresent(schedule -> out.add(
                        Reply.of(texts.messages().format("schedule.current", "schedule", texts.describe(schedule)))));
        return out;
    }
}
