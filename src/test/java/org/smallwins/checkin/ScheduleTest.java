package org.smallwins.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Schedule sundayAt(int hour, int minute, ZoneId zone) {
        return new Schedule(DayOfWeek.SUNDAY, LocalTime.of(hour, minute), zone);
    }

    @Test
    void nextCheckInIsTheChosenWeekdayAndLocalTimeInTheChosenZone() {
        // Wednesday 13 January 2027, London is on GMT.
        Schedule schedule = new Schedule(DayOfWeek.FRIDAY, LocalTime.of(19, 30), ZoneId.of("America/New_York"));
        assertThat(schedule.nextAfter(Instant.parse("2027-01-13T12:00:00Z")))
                .isEqualTo(Instant.parse("2027-01-16T00:30:00Z")); // Friday 19:30 EST is Saturday 00:30 UTC
    }

    @Test
    void aCheckInLaterTodayIsToday() {
        assertThat(sundayAt(18, 0, LONDON).nextAfter(Instant.parse("2027-01-17T09:00:00Z")))
                .isEqualTo(Instant.parse("2027-01-17T18:00:00Z"));
    }

    @Test
    void theNextCheckInIsStrictlyAfterTheOneJustDue() {
        Instant due = Instant.parse("2027-01-17T18:00:00Z");
        assertThat(sundayAt(18, 0, LONDON).nextAfter(due)).isEqualTo(Instant.parse("2027-01-24T18:00:00Z"));
    }

    @Test
    void keepsTheLocalTimeWhenLondonSpringsForwardOn28March2027() {
        Schedule schedule = sundayAt(18, 0, LONDON);
        Instant before = schedule.nextAfter(Instant.parse("2027-03-20T00:00:00Z"));
        Instant after = schedule.nextAfter(before);
        assertThat(before).isEqualTo(Instant.parse("2027-03-21T18:00:00Z")); // GMT
        assertThat(after).isEqualTo(Instant.parse("2027-03-28T17:00:00Z")); // BST: still 18:00 in London
        assertThat(after.atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    void keepsTheLocalTimeWhenLondonFallsBackOn31October2027() {
        Schedule schedule = sundayAt(18, 0, LONDON);
        Instant before = schedule.nextAfter(Instant.parse("2027-10-23T00:00:00Z"));
        Instant after = schedule.nextAfter(before);
        assertThat(before).isEqualTo(Instant.parse("2027-10-24T17:00:00Z")); // BST
        assertThat(after).isEqualTo(Instant.parse("2027-10-31T18:00:00Z")); // GMT: still 18:00 in London
    }

    @Test
    void aTimeTheClocksSkipMovesToTheFirstMomentThatExists() {
        // 01:30 does not exist in London on 28 March 2027: 01:00 GMT becomes 02:00 BST.
        Instant due = sundayAt(1, 30, LONDON).nextAfter(Instant.parse("2027-03-27T12:00:00Z"));
        assertThat(due).isEqualTo(Instant.parse("2027-03-28T01:00:00Z"));
        assertThat(due.atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(2, 0));
        // The week after, 01:30 exists again.
        assertThat(sundayAt(1, 30, LONDON).nextAfter(due)).isEqualTo(Instant.parse("2027-04-04T00:30:00Z"));
    }

    @Test
    void aTimeThatHappensTwiceTakesTheFirst() {
        // 01:30 happens twice in London on 31 October 2027: first in BST (00:30 UTC), then in GMT.
        Instant due = sundayAt(1, 30, LONDON).nextAfter(Instant.parse("2027-10-30T12:00:00Z"));
        assertThat(due).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
        assertThat(sundayAt(1, 30, LONDON).nextAfter(due)).isEqualTo(Instant.parse("2027-11-07T01:30:00Z"));
    }

    @Test
    void aZoneEastOfUtcCheckInFallsOnTheDayBeforeInUtc() {
        // Monday 07:30 in Tokyo (UTC+9) is Sunday 22:30 UTC.
        Schedule schedule = new Schedule(DayOfWeek.MONDAY, LocalTime.of(7, 30), ZoneId.of("Asia/Tokyo"));
        Instant due = schedule.nextAfter(Instant.parse("2027-01-17T12:00:00Z"));
        assertThat(due).isEqualTo(Instant.parse("2027-01-17T22:30:00Z"));
        // Asked a minute after it, the next is a week on, not "Monday in UTC" a few hours later.
        assertThat(schedule.nextAfter(due.plusSeconds(60))).isEqualTo(Instant.parse("2027-01-24T22:30:00Z"));
    }

    @Test
    void aFixedOffsetZoneWorksLikeAnyOther() {
        Schedule schedule = new Schedule(DayOfWeek.SUNDAY, LocalTime.of(9, 0), ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(schedule.nextAfter(Instant.parse("2027-01-17T00:00:00Z")))
                .isEqualTo(Instant.parse("2027-01-17T03:30:00Z"));
    }

    @Test
    void secondsInTheChosenTimeAreDropped() {
        assertThat(new Schedule(DayOfWeek.SUNDAY, LocalTime.of(18, 0, 42), LONDON).time())
                .isEqualTo(LocalTime.of(18, 0));
    }
}
