package org.smallwins.checkin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's check-in settings and where they stand, as stored: the schedule (day and time may be
 * chosen one at a time), whether check-ins are on, the next one in UTC, and how many went unanswered.
 *
 * @param personId whose
 * @param day the chosen weekday, once chosen
 * @param time the chosen local time, once chosen
 * @param zone the person's time zone (Europe/London until they choose)
 * @param state on, or why not
 * @param nextDue the next check-in; present exactly when {@code state} is ON
 * @param unanswered check-ins sent since the person last wrote anything
 * @param offered "Same time next week?" has been asked
 */
public record CheckInPlan(
        long personId,
        Optional<DayOfWeek> day,
        Optional<LocalTime> time,
        ZoneId zone,
        CheckInState state,
        Optional<Instant> nextDue,
        int unanswered,
        boolean offered) {
    /** The zone used until a person chooses one: the bot's users are in the UK by default. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

    public CheckInPlan {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextDue, "nextDue");
        if (unanswered < 0) {
            throw new IllegalArgumentException("unanswered is a count: " + unanswered);
        }
        if (nextDue.isPresent() != (state == CheckInState.ON)) {
            throw new IllegalArgumentException(
                    "a next check-in exactly when check-ins are on: " + state + ", " + nextDue);
        }
        if (state == CheckInState.ON && (day.isEmpty() || time.isEmpty())) {
            throw new IllegalArgumentException("check-ins are on only with a day and a time");
        }
        // Stored to the second, so that the sweeper's compare-and-set matches the value it read.
        nextDue = nextDue.map(due -> due.truncatedTo(ChronoUnit.SECONDS));
        time = time.map(t -> t.truncatedTo(ChronoUnit.MINUTES));
    }

    /** A person who has never set anything. */
    public static CheckInPlan fresh(long personId) {
        return new CheckInPlan(
                personId,
                Optional.empty(),
                Optional.empty(),
                DEFAULT_ZONE,
                CheckInState.OFF,
                Optional.empty(),
                0,
                false);
    }

    /** The full schedule, once both a day and a time are chosen. */
    public Optional<Schedule> schedule() {
        return day.isPresent() && time.isPresent()
                ? Optional.of(new Schedule(day.get(), time.get(), zone))
                : Optional.empty();
    }

    public CheckInPlan withDay(DayOfWeek newDay) {
        return reschedule(Optional.of(newDay), time, zone);
    }

    public CheckInPlan withTime(LocalTime newTime) {
        return reschedule(day, Optional.of(newTime), zone);
    }

    public CheckInPlan withZone(ZoneId newZone) {
        return reschedule(day, time, newZone);
    }

    public CheckInPlan withOffered() {
        return new CheckInPlan(personId, day, time, zone, state, nextDue, unanswered, true);
    }

    /**
     * Check-ins on, from {@code now}: the next one at the schedule's next time, the unanswered count
     * cleared (a person who turns them on has answered).
     */
    public CheckInPlan on(Instant now) {
        Schedule schedule = schedule().orElseThrow(() -> new IllegalStateException("no schedule to turn on"));
        return new CheckInPlan(
                personId, day, time, zone, CheckInState.ON, Optional.of(schedule.nextAfter(now)), 0, offered);
    }

    /** Check-ins off for {@code reason}; the schedule is kept for /resume. */
    public CheckInPlan off(CheckInState reason) {
        if (reason == CheckInState.ON) {
            throw new IllegalArgumentException("use on(now) to turn check-ins on");
        }
        return new CheckInPlan(personId, day, time, zone, reason, Optional.empty(), unanswered, offered);
    }

    /** The next check-in moved to {@code due} (Later), leaving the schedule as it is. */
    public CheckInPlan dueAt(Instant due) {
        return new CheckInPlan(personId, day, time, zone, CheckInState.ON, Optional.of(due), unanswered, offered);
    }

    /** One more check-in sent, its successor at {@code next}. */
    public CheckInPlan sent(Instant next) {
        return new CheckInPlan(personId, day, time, zone, state, Optional.of(next), unanswered + 1, offered);
    }

    /**
     * The plan after a change of day, time or zone at {@code now}: while check-ins are on, the next one
     * follows the new schedule at once, and a schedule completed while nothing was agreed turns them on
     * (choosing a time is agreeing). Paused check-ins stay paused.
     */
    public CheckInPlan settled(Instant now) {
        boolean follows = state == CheckInState.ON || state == CheckInState.OFF;
        return follows && schedule().isPresent() ? on(now) : this;
    }

    private CheckInPlan reschedule(Optional<DayOfWeek> newDay, Optional<LocalTime> newTime, ZoneId newZone) {
        return new CheckInPlan(personId, newDay, newTime, newZone, state, nextDue, unanswered, offered);
    }
}
