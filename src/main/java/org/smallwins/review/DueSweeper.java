package org.smallwins.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds what has fallen due (check-ins, evening-before messages), now and then every so often, page by
 * page, and hands each to the core. Any number of sweepers may share one database: each item is claimed
 * inside its own initiative, so exactly one of them sends it. A failure for one person is logged and does
 * not stop the others; theirs is tried again at the next sweep.
 *
 * @param <T> one due item
 */
public final class DueSweeper<T extends DueSweeper.Item> implements AutoCloseable {
    /** What every due item says: whose it is and when it fell due. */
    public interface Item {
        /** Whose it is (an id, for the log: never a name or text). */
        long personId();

        /** Whose it is, as the core knows them. */
        String personKey();

        /** When it fell due. */
        Instant due();
    }

    /** One kind of due item: how to page through them and what the core is to run for each. */
    public interface Due<T> {
        /** The first page of items due at {@code now} ({@code after} empty), or the page after {@code after}. */
        List<T> page(Instant now, Optional<T> after, int size);

        /** What the core runs for {@code item}: it claims the item inside the person's transaction. */
        Initiative initiative(T item);

        /** Claims {@code item} for its next occurrence after {@code now} without sending anything. */
        void moveOn(T item, Instant now);
    }

    private static final Logger LOG = LoggerFactory.getLogger(DueSweeper.class);
    private static final int PAGE = 200;

    private final String what;
    private final Due<T> due;
    private final Initiator initiator;
    private final Duration tooLate;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private Duration every;
    private ScheduledFuture<?> task;

    /**
     * {@code what} names the items in the log ("check-ins"); an item {@code tooLate} or more past its time
     * (the bot was down) is moved on, not sent. Takes ownership of {@code executor}: {@link #close} shuts it
     * down.
     */
    public DueSweeper(
            String what,
            Due<T> due,
            Initiator initiator,
            Duration tooLate,
            Duration every,
            Clock clock,
            ScheduledExecutorService executor) {
        this.what = Objects.requireNonNull(what, "what");
        this.due = Objects.requireNonNull(due, "due");
        this.initiator = Objects.requireNonNull(initiator, "initiator");
        this.tooLate = Objects.requireNonNull(tooLate, "tooLate");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = Objects.requireNonNull(executor, "executor");
        every(every);
    }

    /** How often to sweep; set before {@link #start}. */
    public synchronized void every(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a sweep interval is positive, got " + interval);
        }
        this.every = interval;
    }

    /** Sweeps now, then every so often, on the executor. */
    public synchronized void start() {
        if (task != null) {
            throw new IllegalStateException("the sweeper is already started");
        }
        task = executor.scheduleWithFixedDelay(this::sweepQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One sweep at the clock's time; returns how many items were handed to the core. */
    public int sweep() {
        Instant now = clock.instant();
        int handed = 0;
        List<T> page = due.page(now, Optional.empty(), PAGE);
        while (!page.isEmpty() && !Thread.currentThread().isInterrupted()) {
            for (T item : page) {
                handed += handle(item, now) ? 1 : 0;
            }
            // Pages follow on from the last one seen, so one that keeps failing cannot hold up the rest.
            page = page.size() < PAGE ? List.of() : due.page(now, Optional.of(page.get(page.size() - 1)), PAGE);
        }
        return handed;
    }

    private boolean handle(T item, Instant now) {
        try {
            if (Duration.between(item.due(), now).compareTo(tooLate) >= 0) {
                // Fell due long ago (the bot was down): it quietly becomes the next one. The claim keeps
                // this exactly-once too.
                due.moveOn(item, now);
                return false;
            }
            initiator.initiate(item.personKey(), due.initiative(item), now);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Sweeping {}: person {} failed; the next sweep tries again", what, item.personId(), e);
            return false;
        }
    }

    private void sweepQuietly() {
        try {
            int handed = sweep();
            if (handed > 0) {
                LOG.info("Sweeping {}: {} handed to the core", what, handed);
            }
        } catch (RuntimeException e) {
            // Never let an exception end the schedule: the executor would drop the task silently.
            LOG.error("Sweeping {} failed; the next sweep runs in {} s", what, every.toSeconds(), e);
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
