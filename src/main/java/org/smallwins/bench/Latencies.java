package org.smallwins.bench;

import java.util.Arrays;

/** Measured durations in nanoseconds, sorted, with nearest-rank percentiles. */
public record Latencies(long[] sortedNanos) {
    public Latencies {
        sortedNanos = sortedNanos.clone();
        Arrays.sort(sortedNanos);
        if (sortedNanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
    }

    /** The first {@code count} samples of {@code nanos} (the rest unused). */
    public static Latencies of(long[] nanos, int count) {
        return new Latencies(Arrays.copyOf(nanos, count));
    }

    /** The smallest sample at or above which lie {@code 100 - percent}% of the samples. */
    public long percentile(double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))];
    }

    public double micros(double percent) {
        return percentile(percent) / 1_000.0;
    }

    public double millis(double percent) {
        return percentile(percent) / 1_000_000.0;
    }

    public long max() {
        return sortedNanos[sortedNanos.length - 1];
    }

    public int count() {
        return sortedNanos.length;
    }
}
