package org.smallwins.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Finding the due check-ins among many stored people, at the busiest moment of the week. People choose
 * their own day and time, so times bunch: one in ten picks Sunday 19:00, one in five some whole hour in the
 * day, the rest any minute; 15% have check-ins off. The sweeper runs every 30 seconds and moves each
 * check-in it sends on by a week, so the stored times lie within the week from 30 seconds ago; at Sunday
 * 19:00:05 the whole Sunday 19:00 crowd is due at once (some 10,200 of 100,000).
 */
public final class DueQueryBench {
    /** The page the sweeper asks for. */
    static final int PAGE = 200;

    static final Instant BUSIEST = Instant.parse("2026-11-22T19:00:05Z"); // a Sunday
    private static final Duration SWEEP = Duration.ofSeconds(30);
    private static final Instant WEEK_START =
            BUSIEST.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(6));

    private final DueCheckIns store;

    public DueQueryBench(DueCheckIns store) {
        this.store = store;
    }

    /** What one run found. */
    public record Result(int people, int due, Latencies firstPage, Latencies allDue, double fillSeconds) {}

    public Result run(int people, long seed, int repeats) {
        long fillStart = System.nanoTime();
        store.fill(nextCheckIns(people, seed));
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
        long[] first = new long[repeats];
        long[] all = new long[repeats];
        int due = 0;
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            List<DueCheckIns.Due> page = store.page(BUSIEST, Optional.empty(), PAGE);
            first[r] = System.nanoTime() - start;
            start = System.nanoTime();
            due = page.size() + rest(page);
            all[r] = first[r] + System.nanoTime() - start;
        }
        return new Result(people, due, new Latencies(first), new Latencies(all), fillSeconds);
    }

    /** The pages after {@code page}, as the sweeper reads them; how many check-ins they hold. */
    private int rest(List<DueCheckIns.Due> page) {
        int count = 0;
        while (page.size() == PAGE) {
            page = store.page(BUSIEST, Optional.of(page.get(page.size() - 1)), PAGE);
            count += page.size();
        }
        return count;
    }

    static List<Optional<Instant>> nextCheckIns(int people, long seed) {
        Random random = new Random(seed);
        List<Optional<Instant>> times = new ArrayList<>(people);
        for (int i = 0; i < people; i++) {
            double roll = random.nextDouble();
            Instant at;
            if (roll < 0.15) {
                times.add(Optional.empty());
                continue;
            } else if (roll < 0.25) {
                at = BUSIEST.truncatedTo(ChronoUnit.HOURS);
            } else if (roll < 0.45) {
                at = WEEK_START.plus(Duration.ofDays(random.nextInt(7)).plusHours(7 + random.nextInt(15)));
            } else {
                at = WEEK_START.plus(Duration.ofMinutes(random.nextInt(7 * 24 * 60)));
            }
            // Already sent (by the sweep before last) means already moved on to next week.
            times.add(Optional.of(at.isAfter(BUSIEST.minus(SWEEP)) ? at : at.plus(Duration.ofDays(7))));
        }
        return times;
    }
}
