package org.smallwins.checkin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.smallwins.review.Choice;
import org.smallwins.review.Reply;

/**
 * The replies that show a person their plan and the keyboards that change it, shared by /schedule,
 * /settings, /resume and the check-in's buttons so that each says the same thing the same way.
 */
final class PlanReplies {
    /** Times offered as buttons; any other is typed. */
    private static final List<LocalTime> TIMES = List.of(
            LocalTime.of(8, 0),
            LocalTime.of(10, 0),
            LocalTime.of(12, 0),
            LocalTime.of(17, 0),
            LocalTime.of(18, 0),
            LocalTime.of(19, 0),
            LocalTime.of(20, 0),
            LocalTime.of(21, 0));

    /** Common zones of the people who use the bot, offered as buttons; any other is typed. */
    static final List<ZoneId> ZONES = List.of(
                    "Europe/London",
                    "Europe/Dublin",
                    "Europe/Paris",
                    "America/New_York",
                    "America/Chicago",
                    "America/Los_Angeles",
                    "Asia/Kolkata",
                    "Asia/Tokyo",
                    "Australia/Sydney")
            .stream()
            .map(ZoneId::of)
            .toList();

    private final CheckInTexts texts;

    PlanReplies(CheckInTexts texts) {
        this.texts = texts;
    }

    /** Where the plan stands, with buttons to change it. */
    Reply overview(CheckInPlan plan) {
        if (plan.schedule().isEmpty()) {
            return askDay(texts.text("settings.none"));
        }
        String text = texts.messages()
                        .format(
                                "settings.summary",
                                "schedule",
                                texts.describe(plan.schedule().get())) + "\n" + status(plan);
        List<Choice> choices = new ArrayList<>(List.of(
                new Choice(texts.text("settings.choice.day"), "/settings day"),
                new Choice(texts.text("settings.choice.time"), "/settings time"),
                new Choice(texts.text("settings.choice.zone"), "/settings zone")));
        choices.add(
                plan.state() == CheckInState.ON
                        ? new Choice(texts.text("settings.choice.pause"), "/pause")
                        : new Choice(texts.text("settings.choice.resume"), "/resume"));
        return new Reply(text, choices);
    }

    /** What was just saved, and when the next check-in comes (or that they are paused). */
    Reply saved(CheckInPlan plan) {
        if (plan.schedule().isEmpty()) {
            return overview(plan);
        }
        String schedule = texts.describe(plan.schedule().get());
        if (plan.state() != CheckInState.ON) {
            return Reply.of(
                    texts.messages().format("settings.savedPaused", "schedule", schedule),
                    new Choice(texts.text("settings.choice.resume"), "/resume"));
        }
        String when = texts.when(plan.nextDue().orElseThrow(), plan.zone());
        return Reply.of(
                texts.messages().format("schedule.set", "schedule", schedule, "when", when),
                new Choice(texts.text("settings.choice.zone"), "/settings zone"));
    }

    Reply askDay(String question) {
        List<Choice> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(new Choice(CheckInTexts.day(day), "/settings day " + CheckInTexts.shortDay(day)));
        }
        return new Reply(question, days);
    }

    Reply askTime(CheckInPlan plan) {
        String question = plan.day()
                .map(day -> texts.messages().format("settings.askTimeOn", "day", CheckInTexts.day(day)))
                .orElseGet(() -> texts.text("settings.askTime"));
        List<Choice> times = new ArrayList<>();
        for (LocalTime time : TIMES) {
            String shown = CheckInTexts.time(time);
            times.add(new Choice(shown, "/settings time " + shown));
        }
        times.add(new Choice(texts.text("settings.choice.type"), "/settings type"));
        return new Reply(question, times);
    }

    Reply askZone(CheckInPlan plan) {
        List<Choice> zones = new ArrayList<>();
        for (ZoneId zone : ZONES) {
            zones.add(new Choice(city(zone), "/settings zone " + zone.getId()));
        }
        zones.add(new Choice(texts.text("settings.choice.type"), "/settings type"));
        return new Reply(texts.messages().format("settings.askZone", "zone", ZoneNames.show(plan.zone())), zones);
    }

    private String status(CheckInPlan plan) {
        return switch (plan.state()) {
            case ON ->
                texts.messages()
                        .format(
                                "settings.status.on",
                                "when",
                                texts.when(plan.nextDue().orElseThrow(), plan.zone()));
            case OFF, PAUSED, RESTING, BLOCKED -> texts.text("settings.status.paused");
        };
    }

    private static String city(ZoneId zone) {
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }
}
