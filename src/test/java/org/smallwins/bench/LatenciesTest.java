package org.smallwins.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles over samples in any order. */
class LatenciesTest {
    @Test
    void percentilesAreNearestRankOverTheSortedSamples() {
        long[] samples = new long[100];
        for (int i = 0; i < 100; i++) {
            samples[i] = (100 - i) * 1_000L; // 100,000 down to 1,000 ns
        }
        Latencies latencies = new Latencies(samples);

        assertThat(latencies.percentile(50)).isEqualTo(50_000);
        assertThat(latencies.percentile(99)).isEqualTo(99_000);
        assertThat(latencies.percentile(100)).isEqualTo(100_000);
        assertThat(latencies.percentile(0)).isEqualTo(1_000);
        assertThat(latencies.micros(50)).isEqualTo(50.0);
        assertThat(latencies.millis(99)).isEqualTo(0.099);
    }

    @Test
    void onlyTheCountedSamplesAreUsedAndTheCallersArrayIsLeftAlone() {
        long[] samples = {5, 1, 3, 999, 999};
        Latencies latencies = Latencies.of(samples, 3);
        assertThat(latencies.count()).isEqualTo(3);
        assertThat(latencies.max()).isEqualTo(5);
        assertThat(samples).containsExactly(5, 1, 3, 999, 999);
    }

    @Test
    void noSamplesIsAnError() {
        assertThatThrownBy(() -> new Latencies(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
