package org.smallwins.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.review.Initiative;

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

    private static final Logger LOG = LoggerFactory.getLogger(CheckInSweeper.class);
    private static final int PAGE = 200;

    private final CheckInStore store;
    private final Function<DueCheckIn, Initiative> initiatives;
    private final Initiator initiator;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private Duration every = EVERY;
    private ScheduledFuture<?> task;

    /** Takes ownership of {@code executor}: {@link #close} shuts it down. */
    CheckInSweeper(
            CheckInStore store,
            Function<DueCheckIn, Initiative> initiatives,
            Initiator initiator,
            Clock clock,
            ScheduledExecutorService executor) {
        this.store = Objects.requireNonNull(store, "store");
        this.initiatives = Objects.requireNonNull(initiatives, "initiatives");
        this.initiator = Objects.requireNonNull(initiator, "initiator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** How often to sweep ({@link #EVERY} unless set before {@link #start}; tests make it short). */
    public synchronized CheckInSweeper every(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a sweep interval is positive, got " + interval);
        }
        this.every = interval;
        return this;
    }

    /** Sweeps now, then every {@link #every}, on the executor. */
    public synchronized void start() {
        if (task != null) {
            throw new IllegalStateException("the sweeper is already started");
        }
        task = executor.scheduleWithFixedDelay(this::sweepQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * One sweep at the clock's time: every due check-in is handed to the core, or moved on to next week
     * when it is {@link #TOO_LATE}. Returns how many were handed over (a claim another sweeper won
     * counts too: the core found nothing to say). A failure of one person's check-in is logged and
     * does not stop the others; that check-in is tried again at the next sweep.
     */
    public int sweep() {
        Instant now = clock.instant();
        int handed = 0;
        List<DueCheckIn> page = store.due(now, PAGE);
        while (!page.isEmpty() && !Thread.currentThread().isInterrupted()) {
            for (DueCheckIn due : page) {
                handed += handle(due, now) ? 1 : 0;
            }
            page = page.size() < PAGE ? List.of() : store.dueAfter(page.get(page.size() - 1), now, PAGE);
        }
        return handed;
    }

    private boolean handle(DueCheckIn due, Instant now) {
        try {
            if (Duration.between(due.due(), now).compareTo(TOO_LATE) >= 0) {
                // Fell due long ago (the bot was down): half a day late is no longer this week's
                // check-in, so it quietly becomes next week's. The claim keeps this exactly-once too.
                store.claim(due.personId(), due.due(), due.schedule().nextAfter(now));
                return false;
            }
            initiator.initiate(due.personKey(), initiatives.apply(due), now);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("The check-in of person {} failed; the next sweep tries again", due.personId(), e);
            return false;
        }
    }

    private void sweepQuietly() {
        try {
            int handed = sweep();
            if (handed > 0) {
                LOG.info("Check-ins handed to the core: {}", handed);
            }
        } catch (RuntimeException e) {
            // Never let an exception end the schedule: the executor would drop the task silently.
            LOG.error("A check-in sweep failed; the next one runs in {} s", every.toSeconds(), e);
            if (causedByInterrupt(e)) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean causedByInterrupt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
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
