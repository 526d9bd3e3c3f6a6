package org.smallwins.progress;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The weekday of a person's therapy, and its time when they gave one. The evening before, at
 * {@link #EVE} local time, the bot sends what they noted since the last session.
 */
public record TherapyDay(DayOfWeek day, Optional<LocalTime> time) {
    /** When the evening-before message goes, local time: late enough to be after work, early enough to read. */
    public static final LocalTime EVE = LocalTime.of(19, 0);

    public TherapyDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
    }

    /** The first evening-before strictly after {@code after}, in {@code zone} (a clock change moves it, never skips it). */
    public Instant nextEve(Instant after, ZoneId zone) {
        LocalDate date = after.atZone(zone).toLocalDate();
        for (int days = 0; days <= 8; days++) {
            LocalDate eve = date.plusDays(days);
            if (eve.plusDays(1).getDayOfWeek() == day) {
                Instant at = ZonedDateTime.of(eve, EVE, zone).toInstant();
                if (at.isAfter(after)) {
                    return at;
                }
            }
        }
        throw new IllegalStateException("no evening before a " + day + " within eight days of " + after);
    }

    /** The evening-before a week earlier than {@code eve}: the summary covers what came after it. */
    public Instant previousEve(Instant eve, ZoneId zone) {
        return ZonedDateTime.of(eve.atZone(zone).toLocalDate().minusWeeks(1), EVE, zone)
                .toInstant();
    }
}
