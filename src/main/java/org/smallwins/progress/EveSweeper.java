package org.smallwins.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.smallwins.review.DueSweeper;
import org.smallwins.review.Initiative;
import org.smallwins.review.Initiator;

/**
 * Finds due evening-before messages every minute (and once at start) and hands each to the core. Each
 * is claimed inside its own initiative, so any number of sweepers may share one database.
 */
public final class EveSweeper implements AutoCloseable {
    /** How often to look: a message is at most this late, plus the sender's pacing. */
    public static final Duration EVERY = Duration.ofMinutes(1);
    /** Later than this (the bot was down) it may arrive after the session: it moves on a week instead. */
    public static final Duration TOO_LATE = Duration.ofHours(12);

    private final TherapyStore store;
    private final Function<DueEve, Initiative> initiatives;
    private final LongFunction<ZoneId> zones;
    private final DueSweeper<DueEve> sweeper;

    /** Takes ownership of {@code executor}: {@link #close} shuts it down. */
    EveSweeper(
            TherapyStore store,
            Function<DueEve, Initiative> initiatives,
            Initiator initiator,
            LongFunction<ZoneId> zones,
            Clock clock,
            ScheduledExecutorService executor) {
        this.store = Objects.requireNonNull(store, "store");
        this.initiatives = Objects.requireNonNull(initiatives, "initiatives");
        this.zones = Objects.requireNonNull(zones, "zones");
        this.sweeper =
                new DueSweeper<>("evening-before messages", new Due(), initiator, TOO_LATE, EVERY, clock, executor);
    }

    /** Sweeps now, then every {@link #EVERY}, on the executor. */
    public void start() {
        sweeper.start();
    }

    /**
     * One sweep at the clock's time; returns how many were handed to the core. A failure for one person
     * is logged and does not stop the others; theirs is tried again at the next sweep.
     */
    public int sweep() {
        return sweeper.sweep();
    }

    /** Stops sweeping, lets a sweep under way finish (up to ten seconds) and shuts the executor down. */
    @Override
    public void close() {
        sweeper.close();
    }

    private final class Due implements DueSweeper.Due<DueEve> {
        @Override
        public List<DueEve> page(Instant now, Optional<DueEve> after, int size) {
            return store.due(now, after, size);
        }

        @Override
        public Initiative initiative(DueEve due) {
            return initiatives.apply(due);
        }

        /** Later than this it may arrive after the session: it moves on a week instead. */
        @Override
        public void moveOn(DueEve due, Instant now) {
            store.claim(due.personId(), due.due(), due.therapy().nextEve(now, zones.apply(due.personId())));
        }
    }
}
