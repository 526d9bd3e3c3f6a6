package org.smallwins.checkin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;

/**
 * When a person wants their weekly check-in: a weekday and a local time in their time zone. The next
 * check-in is computed here as an instant, so it stays at the chosen local time across clock changes.
 *
 * @param day the weekday
 * @param time the local time, to the minute
 * @param zone an IANA zone ({@code Europe/London}) or a fixed offset ({@code +05:30})
 */
public record Schedule(DayOfWeek day, LocalTime time, ZoneId zone) {
    public Schedule {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        time = time.truncatedTo(ChronoUnit.MINUTES);
    }

    /** The first check-in strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        LocalDate date = after.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(day));
        Instant candidate = on(date);
        // The candidate on today's date may already have passed; a week later cannot have.
        return candidate.isAfter(after) ? candidate : on(date.plusWeeks(1));
    }

    /**
     * The chosen local time on {@code date} as an instant. A time the clocks skip that day (01:30 when
     * Europe/London springs forward) becomes the first moment that exists after it, the instant of the
     * change (02:00 BST), rather than java.time's default of moving on by the gap (02:30). A time that
     * happens twice (01:30 when the clocks go back) takes the first, as java.time does.
     */
    Instant on(LocalDate date) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).toInstant();
    }
}
