package org.smallwins.progress;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what follows {@code /therapy}: a weekday ("thu", "Thursday") and, if given, a time ("10:00", "9.30"). */
final class TherapyWords {
    private static final Set<String> OFF = Set.of("off", "stop", "none", "clear");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");

    private TherapyWords() {}

    /** The therapy day typed, or empty when it cannot be read (the caller explains what is expected). */
    static Optional<TherapyDay> read(String typed) {
        String[] words = typed.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 0 || words.length > 2) {
            return Optional.empty();
        }
        Optional<DayOfWeek> day = day(words[0]);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        if (words.length == 1) {
            return Optional.of(new TherapyDay(day.get(), Optional.empty()));
        }
        Matcher time = TIME.matcher(words[1]);
        if (!time.matches()) {
            return Optional.empty();
        }
        LocalTime at = LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
        return Optional.of(new TherapyDay(day.get(), Optional.of(at)));
    }

    /** "mon", "tues", "Thursday": three letters or more of an English weekday name. */
    static Optional<DayOfWeek> day(String word) {
        String folded = word.toLowerCase(Locale.ROOT).replaceAll("[.,]$", "");
        if (folded.length() < 3) {
            return Optional.empty();
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (name(day).toLowerCase(Locale.ROOT).startsWith(folded)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** "Thursday". */
    static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** "off", "stop": no more evening-before messages. */
    static boolean isOff(String typed) {
        return OFF.contains(typed.strip().toLowerCase(Locale.ROOT));
    }
}
