package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SideBySideTest {
    private static List<Supplier<RiskLevel>> counted(AtomicInteger runs, RiskLevel... levels) {
        List<Supplier<RiskLevel>> readings = new ArrayList<>();
        for (RiskLevel level : levels) {
            readings.add(() -> {
                runs.incrementAndGet();
                return level;
            });
        }
        return readings;
    }

    @Test
    void everyReadingIsDoneOnceAndTheHighestLevelWins() {
        SideBySide sideBySide = new SideBySide(1);
        for (int round = 0; round < 300; round++) {
            AtomicInteger runs = new AtomicInteger();
            RiskLevel level = sideBySide.highest(
                    counted(runs, RiskLevel.NONE, RiskLevel.CONCERN, RiskLevel.NONE, RiskLevel.NONE, RiskLevel.NONE));

            assertThat(level).isEqualTo(RiskLevel.CONCERN);
            assertThat(runs).hasValue(5);
        }
    }

    @Test
    void urgentIsUrgentWhereverItComes() {
        SideBySide sideBySide = new SideBySide(1);
        assertThat(sideBySide.highest(counted(new AtomicInteger(), RiskLevel.URGENT, RiskLevel.NONE, RiskLevel.NONE)))
                .isEqualTo(RiskLevel.URGENT);
        assertThat(sideBySide.highest(counted(new AtomicInteger(), RiskLevel.NONE, RiskLevel.NONE, RiskLevel.URGENT)))
                .isEqualTo(RiskLevel.URGENT);
    }

    @Test
    void onOneCoreTheCallerReadsInTurnAndStopsAtUrgent() {
        AtomicInteger runs = new AtomicInteger();
        RiskLevel level = new SideBySide(0)
                .highest(counted(runs, RiskLevel.NONE, RiskLevel.URGENT, RiskLevel.NONE, RiskLevel.NONE));

        assertThat(level).isEqualTo(RiskLevel.URGENT);
        assertThat(runs).hasValue(2);
    }

    @Test
    void aReadingThatFailsFailsTheWholeWithItsOwnException() {
        SideBySide sideBySide = new SideBySide(1);
        for (int failing = 0; failing < 4; failing++) {
            List<Supplier<RiskLevel>> readings = new ArrayList<>(
                    counted(new AtomicInteger(), RiskLevel.NONE, RiskLevel.NONE, RiskLevel.NONE, RiskLevel.NONE));
            readings.set(failing, () -> {
                throw new IllegalStateException("Embedding a text failed");
            });

            assertThatThrownBy(() -> sideBySide.highest(readings))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Embedding a text failed");
        }
    }

    @Test
    void theCallerDoesNotWaitBehindABusyHelper() throws Exception {
        SideBySide sideBySide = new SideBySide(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch helperBusy = new CountDownLatch(1);
        // Another message's last reading keeps the one helper busy until released.
        CompletableFuture<RiskLevel> other =
                CompletableFuture.supplyAsync(() -> sideBySide.highest(List.of(() -> RiskLevel.NONE, () -> {
                    helperBusy.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return RiskLevel.NONE;
                })));
        try {
            assertThat(helperBusy.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicInteger runs = new AtomicInteger();

            RiskLevel level = CompletableFuture.supplyAsync(() -> sideBySide.highest(
                            counted(runs, RiskLevel.NONE, RiskLevel.NONE, RiskLevel.CONCERN, RiskLevel.NONE)))
                    .get(10, TimeUnit.SECONDS);

            assertThat(level).isEqualTo(RiskLevel.CONCERN);
            assertThat(runs).hasValue(4);
        } finally {
            release.countDown();
        }
        assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(RiskLevel.NONE);
    }
}
