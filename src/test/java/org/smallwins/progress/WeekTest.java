package org.smallwins.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeekTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void countsCalendarWeeksFromMondayBackFromTheWeekOfNowOldestFirst() {
        List<Week> weeks = Week.upTo(Instant.parse("2026-11-29T20:00:00Z"), LONDON, 4);

        assertThat(weeks).extracting(Week::weeksAgo).containsExactly(3, 2, 1, 0);
        assertThat(weeks)
                .extracting(Week::monday)
                .containsExactly(
                        LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 9),
                        LocalDate.of(2026, 11, 16),
                        LocalDate.of(2026, 11, 23));
        assertThat(weeks.get(3).to()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    }

    @Test
    void aWeekAcrossTheClocksGoingBackIsAnHourLongerAndStartsAtLocalMidnight() {
        Week week = Week.upTo(Instant.parse("2026-10-22T12:00:00Z"), LONDON, 1).get(0);

        assertThat(week.from()).isEqualTo(Instant.parse("2026-10-18T23:00:00Z")); // Monday 19 Oct 00:00 BST
        assertThat(week.to()).isEqualTo(Instant.parse("2026-10-26T00:00:00Z")); // Monday 26 Oct 00:00 GMT
        assertThat(java.time.Duration.between(week.from(), week.to()))
                .isEqualTo(java.time.Duration.ofHours(7 * 24 + 1));
    }

    @Test
    void theSameInstantFallsInTheWeekOfThePersonsOwnZone() {
        Instant sundayEveningInLondon = Instant.parse("2026-11-29T20:00:00Z"); // Monday 09:00 in Auckland
        Week london = Week.upTo(sundayEveningInLondon, LONDON, 1).get(0);
        Week auckland = Week.upTo(sundayEveningInLondon, ZoneId.of("Pacific/Auckland"), 1)
                .get(0);

        assertThat(london.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(auckland.monday()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(london.contains(sundayEveningInLondon)).isTrue();
        assertThat(london.contains(london.to())).isFalse();
    }
}
