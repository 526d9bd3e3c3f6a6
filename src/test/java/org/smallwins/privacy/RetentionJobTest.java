package org.smallwins.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class RetentionJobTest {
    private static final Instant NOW = Instant.parse("2027-03-31T08:00:00Z");
    private final PersonData data = mock(PersonData.class);
    private final ScheduledExecutorService executor = mock(ScheduledExecutorService.class);

    @Test
    void runsAtStartAndThenEveryDay() {
        new RetentionJob(data, Period.ofMonths(6), Clock.fixed(NOW, ZoneOffset.UTC), executor).start();

        ArgumentCaptor<Runnable> task = ArgumentCaptor.forClass(Runnable.class);
        verify(executor).scheduleWithFixedDelay(task.capture(), eq(0L), eq(1L), eq(TimeUnit.DAYS));
        task.getValue().run();
        // Six calendar months before 31 March is 30 September (the end of the shorter month).
        verify(data).deleteReviewsOlderThan(Instant.parse("2026-09-30T08:00:00Z"));
    }

    @Test
    void aFailingDeletionIsLoggedAndTriedAgainNotThrownIntoTheExecutor() {
        when(data.deleteReviewsOlderThan(any())).thenThrow(new IllegalStateException("database closed"));
        new RetentionJob(data, Period.ofMonths(6), Clock.fixed(NOW, ZoneOffset.UTC), executor).start();

        ArgumentCaptor<Runnable> task = ArgumentCaptor.forClass(Runnable.class);
        verify(executor).scheduleWithFixedDelay(task.capture(), eq(0L), eq(1L), eq(TimeUnit.DAYS));
        task.getValue().run(); // an exception escaping here would cancel every later run
    }

    @Test
    void anInterruptWhileWaitingForTheDatabaseIsKept() {
        when(data.deleteReviewsOlderThan(any())).thenAnswer(call -> {
            Thread.currentThread().interrupt(); // as storage does when its wait is interrupted
            throw new IllegalStateException("interrupted while waiting for the database");
        });
        new RetentionJob(data, Period.ofMonths(6), Clock.fixed(NOW, ZoneOffset.UTC), executor).start();
        ArgumentCaptor<Runnable> task = ArgumentCaptor.forClass(Runnable.class);
        verify(executor).scheduleWithFixedDelay(task.capture(), eq(0L), eq(1L), eq(TimeUnit.DAYS));

        task.getValue().run();

        assertThat(Thread.interrupted()).isTrue(); // also clears it for the next test
    }

    @Test
    void theSettingIsOffByDefaultAndAWholeNumberOfMonthsOtherwise() {
        assertThat(RetentionJob.period(Optional.empty())).isEmpty();
        assertThat(RetentionJob.period(Optional.of(" "))).isEmpty();
        assertThat(RetentionJob.period(Optional.of("off"))).isEmpty();
        assertThat(RetentionJob.period(Optional.of("0"))).isEmpty();
        assertThat(RetentionJob.period(Optional.of("24"))).contains(Period.ofMonths(24));
        assertThatThrownBy(() -> RetentionJob.period(Optional.of("two years")))
                .hasMessageContaining("retention.months must be a whole number of months");
        assertThatThrownBy(() -> RetentionJob.period(Optional.of("-3")))
                .hasMessageContaining("retention.months must be a whole number of months");
    }
}
