package org.smallwins.progress;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One calendar week, Monday to Sunday, in a person's time zone.
 *
 * @param weeksAgo 0 for the week that holds "now", 1 for the one before, …
 * @param monday its first day, local
 * @param from its first instant (Monday 00:00 local), inclusive
 * @param to the next week's first instant, exclusive
 */
public record Week(int weeksAgo, LocalDate monday, Instant from, Instant to) {
    public Week {
        Objects.requireNonNull(monday, "monday");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (weeksAgo < 0 || !from.isBefore(to)) {
            throw new IllegalArgumentException("a week runs forwards and is not in the future: " + monday);
        }
    }

    /** The {@code count} weeks up to and including the one that holds {@code now}, oldest first. */
    public static List<Week> upTo(Instant now, ZoneId zone, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one week, got " + count);
        }
        LocalDate thisMonday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Week> weeks = new ArrayList<>();
        for (int ago = count - 1; ago >= 0; ago--) {
            LocalDate monday = thisMonday.minusWeeks(ago);
            // atStartOfDay(zone) finds the first instant of the day, even where a clock change skips midnight.
            weeks.add(new Week(
                    ago,
                    monday,
                    monday.atStartOfDay(zone).toInstant(),
                    monday.plusWeeks(1).atStartOfDay(zone).toInstant()));
        }
        return weeks;
    }

    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
