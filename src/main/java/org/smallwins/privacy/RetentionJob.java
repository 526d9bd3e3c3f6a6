package org.smallwins.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes reviews older than the retention period ({@code retention.months} in
 * {@code config/smallwins.properties}, off by default): once at start, then daily. A failure is logged
 * and tried again the next day; it never stops the bot.
 */
public final class RetentionJob implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private final PersonData data;
    private final Period keep;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private volatile ScheduledFuture<?> schedule;

    public RetentionJob(PersonData data, Period keep, Clock clock, ScheduledExecutorService executor) {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("a retention period is positive, not " + keep);
        }
        this.data = data;
        this.keep = keep;
        this.clock = clock;
        this.executor = executor;
    }

    /**
     * The period a {@code retention.months} setting asks for: empty when it is absent, blank, {@code off}
     * or {@code 0}; a clear error for anything else that is not a whole number of months.
     */
    public static Optional<Period> period(Optional<String> months) {
        String value = months.map(String::strip).orElse("");
        if (value.isEmpty() || value.equalsIgnoreCase("off") || value.equals("0")) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return Optional.of(Period.ofMonths(n));
            }
        } catch (NumberFormatException e) {
            // falls through to the explanation below
        }
        throw new IllegalArgumentException(
                "retention.months must be a whole number of months, such as 24, or off (it is '" + value + "')");
    }

    /** Runs now, then every day, on the injected executor. */
    public RetentionJob start() {
        schedule = executor.scheduleWithFixedDelay(this::runAndCarryOn, 0, 1, TimeUnit.DAYS);
        return this;
    }

    /** Deletes the reviews last updated before today minus the period; how many were deleted. */
    public int runOnce() {
        Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minus(keep).toInstant();
        return data.deleteReviewsOlderThan(cutoff);
    }

    private void runAndCarryOn() {
        try {
            int deleted = runOnce();
            if (deleted > 0) {
                log.info("Retention: deleted {} reviews last changed more than {} ago", deleted, keep);
            }
        } catch (RuntimeException e) {
            // A StorageException carries no personal data, so its stack trace is safe to log. When the wait
            // for the database was interrupted (the executor shutting down), storage has set the interrupt
            // flag again and nothing here clears it, so the executor sees it.
            log.error("Retention: could not delete old reviews; trying again tomorrow", e);
        }
    }

    @Override
    public void close() {
        ScheduledFuture<?> running = schedule;
        if (running != null) {
            running.cancel(false);
        }
    }
}
