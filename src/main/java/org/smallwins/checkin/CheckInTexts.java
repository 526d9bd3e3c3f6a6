package org.smallwins.checkin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.smallwins.reframe.Messages;

/** The check-in's sentences (all in {@code messages.properties}) with days, times and dates filled in. */
final class CheckInTexts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final Messages messages;

    CheckInTexts(Messages messages) {
        this.messages = messages;
    }

    String text(String key) {
        return messages.require(key);
    }

    /** "every Sunday at 18:00 (Europe/London)". */
    String describe(Schedule schedule) {
        return messages.format(
                "schedule.describe",
                "day",
                day(schedule.day()),
                "time",
                time(schedule.time()),
                "zone",
                ZoneNames.show(schedule.zone()));
    }

    /** "Sunday 21 March at 18:00", in the person's zone. */
    String when(Instant instant, ZoneId zone) {
        return messages.format(
                "schedule.when", "date", DATE.format(instant.atZone(zone)), "time", TIME.format(instant.atZone(zone)));
    }

    static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    static String shortDay(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.UK).toLowerCase(Locale.ROOT);
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }

    Messages messages() {
        return messages;
    }
}
