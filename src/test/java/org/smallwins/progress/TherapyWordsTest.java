package org.smallwins.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TherapyWordsTest {
    @ParameterizedTest
    @CsvSource({
        "thu, THURSDAY, ''",
        "Thursday, THURSDAY, ''",
        "THURS 10:00, THURSDAY, 10:00",
        "tues 9.30, TUESDAY, 09:30",
        "mon 18:05, MONDAY, 18:05",
        "sun, SUNDAY, ''"
    })
    void readsADayAndAnOptionalTime(String typed, DayOfWeek day, String time) {
        assertThat(TherapyWords.read(typed))
                .contains(new TherapyDay(day, time.isEmpty() ? Optional.empty() : Optional.of(LocalTime.parse(time))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"th", "funday", "thu 25:00", "thu 10", "thu 10:00 weekly", "10:00 thu", ""})
    void refusesWhatItCannotReadRatherThanGuessing(String typed) {
        assertThat(TherapyWords.read(typed)).isEmpty();
    }
}
