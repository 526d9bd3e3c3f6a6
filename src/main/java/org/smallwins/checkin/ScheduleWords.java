package org.smallwins.checkin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the day and time people type: full or short weekday names in any case ({@code Sun},
 * {@code tues}, {@code Wednesdays}), and 24-hour or am/pm times ({@code 18:00}, {@code 7.30},
 * {@code 1800}, {@code 6pm}, {@code 6:30 pm}). Anything else is empty, never an exception: the caller answers kindly.
 */
final class ScheduleWords {
    private static final Pattern TIME =
            Pattern.compile("(\\d{1,2})(?:[:.h]?(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?", Pattern.CASE_INSENSITIVE);

    private ScheduleWords() {}

    static Optional<DayOfWeek> day(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT).replaceAll("[.,]$", "");
        if (w.endsWith("days")) {
            w = w.substring(0, w.length() - 1); // "sundays" is every Sunday
        }
        if (w.equals("weds")) {
            return Optional.of(DayOfWeek.WEDNESDAY);
        }
        if (w.length() < 2) {
            return Optional.empty();
        }
        Optional<DayOfWeek> found = Optional.empty();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(w)) {
                if (found.isPresent()) {
                    return Optional.empty(); // "t" or "s": more than one day fits
                }
                found = Optional.of(day);
            }
        }
        return found;
    }

    static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half =
                m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT).replace(".", "");
        if (!half.isEmpty()) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** True for the words that end a time typed with a space ("6 pm"). */
    static boolean isHalfOfDay(String word) {
        return word.matches("(?i)am|pm|a\\.m\\.|p\\.m\\.");
    }
}
