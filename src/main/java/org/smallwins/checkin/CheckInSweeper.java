package org.smallwins.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.smallwins.review.DueSweeper;
import org.smallwins.review.Initiative;
import org.smallwins.review.Initiator;

/**
 * Finds due check-ins every 30 seconds (and once at start, which sends what fell due while the bot was
 * down) and hands each to the core. Any number of sweepers may run against one database: each
 * check-in is claimed inside its own initiative, so exactly one of them sends it.
 */
public final class CheckInSweeper implements AutoCloseable {
    /** How often to look. A check-in is at most this late, plus the sender's pacing. */
    public static final Duration EVERY = Duration.ofSeconds(30);
    /** A check-in this late is no longer this week's: it moves on to next week instead. */
    public static final Duration TOO_LATE = Duration.ofHours(12);

    private final CheckInStore store;
    private final Function<DueCheckIn, Initiative> initiatives;
    private final DueSweeper<DueCheckIn> sweeper;

    /** Takes ownership of {@code executor}: {@link #close} shuts it down. */
    CheckInSweeper(
            CheckInStore store,
            Function<DueCheckIn, Initiative> initiatives,
            Initiator initiator,
            Clock clock,
            ScheduledExecutorService executor) {
        this.store = Objects.requireNonNull(store, "store");
        this.initiatives = Objects.requireNonNull(initiatives, "initiatives");
        this.sweeper = new DueSweeper<>("check-ins", new Due(), initiator, TOO_LATE, EVERY, clock, executor);
    }

    /** How often to sweep ({@link #EVERY} unless set before {@link #start}; tests make it short). */
    public CheckInSweeper every(Duration interval) {
        sweeper.every(interval);
        return this;
    }

    /** Sweeps now, then every {@link #every}, on the executor. */
    public void start() {
        sweeper.start();
    }

    /**
     * One sweep at the clock's time: every due check-in is handed to the core, or moved on to next week
     * when it is {@link #TOO_LATE}. Returns how many were handed over (a claim another sweeper won
     * counts too: the core found nothing to say). A failure of one person's check-in is logged and
     * does not stop the others; that check-in is tried again at the next sweep.
     */
    public int sweep() {
        return sweeper.sweep();
    }

    /** Stops sweeping, lets a sweep under way finish (up to ten seconds) and shuts the executor down. */
    @Override
    public void close() {
        sweeper.close();
    }

    private final class Due implements DueSweeper.Due<DueCheckIn> {
        @Override
        public List<DueCheckIn> page(Instant now, Optional<DueCheckIn> after, int size) {
            return after.isEmpty() ? store.due(now, size) : store.dueAfter(after.get(), now, size);
        }

        @Override
        public Initiative initiative(DueCheckIn due) {
            return initiatives.apply(due);
        }

        /** Half a day late is no longer this week's check-in: it becomes next week's. */
        @Override
        public void moveOn(DueCheckIn due, Instant now) {
            store.claim(due.personId(), due.due(), due.schedule().nextAfter(now));
        }
    }
}
