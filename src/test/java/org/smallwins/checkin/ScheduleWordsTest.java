package org.smallwins.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleWordsTest {
    @ParameterizedTest
    @CsvSource({
        "sun, SUNDAY",
        "Sunday, SUNDAY",
        "SUNDAYS, SUNDAY",
        "mon, MONDAY",
        "Tue, TUESDAY",
        "tues, TUESDAY",
        "weds, WEDNESDAY",
        "wednesday, WEDNESDAY",
        "thurs, THURSDAY",
        "th, THURSDAY",
        "Fri, FRIDAY",
        "sat, SATURDAY"
    })
    void readsWeekdaysFullOrShortInAnyCase(String typed, DayOfWeek expected) {
        assertThat(ScheduleWords.day(typed)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"s", "t", "someday", "18:00", "", "funday"})
    void readsNothingFromWhatIsNotOneWeekday(String typed) {
        assertThat(ScheduleWords.day(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "18:00, 18:00",
        "1800, 18:00",
        "18h30, 18:30",
        "7:30, 07:30",
        "07.30, 07:30",
        "18, 18:00",
        "6pm, 18:00",
        "6:30pm, 18:30",
        "12am, 00:00",
        "12pm, 12:00",
        "0:05, 00:05",
        "23:59, 23:59"
    })
    void readsTwentyFourHourAndAmPmTimes(String typed, LocalTime expected) {
        assertThat(ScheduleWords.time(typed)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "18:60", "13pm", "0am", "six", "18:0", "", "1800000"})
    void readsNoTimeFromWhatIsNotATime(String typed) {
        assertThat(ScheduleWords.time(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "Europe/London, Europe/London",
        "europe/paris, Europe/Paris",
        "London, Europe/London",
        "new york, America/New_York",
        "New_York, America/New_York",
        "Tokyo, Asia/Tokyo",
        "los angeles, America/Los_Angeles",
        "Manchester, Europe/London",
        "UK, Europe/London",
        "Delhi, Asia/Kolkata",
        "+05:30, +05:30",
        "UTC+2, +02:00",
        "GMT-3, -03:00",
        "utc, Z",
        "+0530, +05:30"
    })
    void readsZonesCitiesAndOffsets(String typed, String expected) {
        assertThat(ZoneNames.parse(typed)).hasValue(ZoneId.of(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Narnia", "+15", "UTC+2:75", "", "   ", "Europe/Atlantis"})
    void readsNoZoneFromWhatIsNotAZone(String typed) {
        assertThat(ZoneNames.parse(typed)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void showsOffsetsFromUtcAndRegionsByName() {
        assertThat(ZoneNames.show(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("UTC+05:30");
        assertThat(ZoneNames.show(ZoneOffset.UTC)).isEqualTo("UTC");
        assertThat(ZoneNames.show(ZoneId.of("America/New_York"))).isEqualTo("America/New York");
    }
}
