package org.smallwins.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.review.Initiative;

/**
 * Finds due evening-before messages every minute (and once at start) and hands each to the core. Each
 * is claimed inside its own initiative, so any number of sweepers may share one database.
 */
public final class EveSweeper implements AutoCloseable {
    /** How often to look: a message is at most this late, plus the sender's pacing. */
    public static final Duration EVERY = Duration.ofMinutes(1);
    /** Later than this (the bot was down) it may arrive after the session: it moves on a week instead. */
    public static final Duration TOO_LATE = Duration.ofHours(12);

    private static final Logger log = LoggerFactory.getLogger(EveSweeper.class);
    private static final int PAGE = 200;

    private final TherapyStore store;
    private final Function<DueEve, Initiative> initiatives;
    private final Initiator initiator;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final LongFunction<ZoneId> zones;
    private ScheduledFuture<?> task;

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
        this.initiator = Objects.requireNonNull(initiator, "initiator");
        this.zones = Objects.requireNonNull(zones, "zones");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Sweeps now, then every {@link #EVERY}, on the executor. */
    public synchronized void start() {
        if (task != null) {
            throw new IllegalStateException("the sweeper is already started");
        }
        task = executor.scheduleWithFixedDelay(this::sweepQuietly, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * One sweep at the clock's time; returns how many were handed to the core. A failure for one person
     * is logged and does not stop the others; theirs is tried again at the next sweep.
     */
    public int sweep() {
        Instant now = clock.instant();
        int handed = 0;
        List<DueEve> page = store.due(now, Optional.empty(), PAGE);
        while (!page.isEmpty() && !Thread.currentThread().isInterrupted()) {
            for (DueEve due : page) {
                handed += handle(due, now) ? 1 : 0;
            }
            // Pages follow on from the last one seen, so one that keeps failing cannot hold up the rest.
            page = page.size() < PAGE ? List.of() : store.due(now, Optional.of(page.get(page.size() - 1)), PAGE);
        }
        return handed;
    }

    private boolean handle(DueEve due, Instant now) {
        try {
            if (Duration.between(due.due(), now).compareTo(TOO_LATE) >= 0) {
                store.claim(due.personId(), due.due(), due.therapy().nextEve(now, zones.apply(due.personId())));
                return false;
            }
            initiator.initiate(due.personKey(), initiatives.apply(due), now);
            return true;
        } catch (RuntimeException e) {
            log.warn(
                    "The evening-before message of person {} failed: {}",
                    due.personId(),
                    e.getClass().getName());
            return false;
        }
    }

    private void sweepQuietly() {
        try {
            int handed = sweep();
            if (handed > 0) {
                log.info("Evening-before messages handed to the core: {}", handed);
            }
        } catch (RuntimeException e) {
            // Never let an exception end the schedule: the executor would drop the task silently.
            log.error(
                    "An evening-before sweep failed: {}; the next one runs in a minute",
                    e.getClass().getName());
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Stops sweeping, lets a sweep under way finish (up to ten seconds) and shuts the executor down. */
    @Override
    public synchronized void close() {
        if (task != null) {
            task.cancel(false);
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
