package org.smallwins.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The due query benchmark finds exactly the check-ins due at the busiest moment, page by page, in order. */
class DueQueryBenchIT {
    @Test
    void findsEveryDueCheckInOnceInOrder() {
        List<Optional<Instant>> times = DueQueryBench.nextCheckIns(3_000, 11);
        long expected = times.stream()
                .flatMap(Optional::stream)
                .filter(t -> !t.isAfter(DueQueryBench.BUSIEST))
                .count();
        try (StoredCheckIns store = StoredCheckIns.create()) {
            store.fill(times);

            List<DueCheckIns.Due> all = new ArrayList<>();
            List<DueCheckIns.Due> page = store.page(DueQueryBench.BUSIEST, Optional.empty(), 100);
            all.addAll(page);
            while (page.size() == 100) {
                page = store.page(DueQueryBench.BUSIEST, Optional.of(page.get(99)), 100);
                all.addAll(page);
            }

            assertThat(expected).as("a crowd is due at once").isGreaterThan(250);
            assertThat(all).hasSize((int) expected);
            assertThat(all)
                    .isSortedAccordingTo(
                            Comparator.comparing(DueCheckIns.Due::due).thenComparingLong(DueCheckIns.Due::personId))
                    .allSatisfy(due -> assertThat(due.personKey()).isEqualTo("bench:due:" + due.personId()));
            assertThat(all.stream().map(DueCheckIns.Due::personId).distinct()).hasSize(all.size());
        }
    }

    @Test
    void theBenchmarkCountsTheSameCheckIns() {
        try (StoredCheckIns store = StoredCheckIns.create()) {
            DueQueryBench.Result result = new DueQueryBench(store).run(3_000, 11, 2);
            long expected = DueQueryBench.nextCheckIns(3_000, 11).stream()
                    .flatMap(Optional::stream)
                    .filter(t -> !t.isAfter(DueQueryBench.BUSIEST))
                    .count();
            assertThat(result.due()).isEqualTo((int) expected);
            assertThat(result.firstPage().count()).isEqualTo(2);
        }
    }
}
