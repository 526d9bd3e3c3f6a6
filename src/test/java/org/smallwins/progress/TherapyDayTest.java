package org.smallwins.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TherapyDayTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final TherapyDay tuesdays = new TherapyDay(DayOfWeek.TUESDAY, Optional.empty());

    @Test
    void theEveIsSevenInTheEveningTheDayBeforeInThePersonsZone() {
        // Sunday 29 November 2026 (GMT): the next eve is Monday 30 November, 19:00.
        assertThat(tuesdays.nextEve(Instant.parse("2026-11-29T20:00:00Z"), LONDON))
                .isEqualTo(Instant.parse("2026-11-30T19:00:00Z"));
        assertThat(tuesdays.nextEve(Instant.parse("2026-11-29T20:00:00Z"), ZoneId.of("Asia/Kolkata")))
                .isEqualTo(Instant.parse("2026-11-30T13:30:00Z"));
    }

    @Test
    void anEveJustPassedMovesToTheNextWeek() {
        assertThat(tuesdays.nextEve(Instant.parse("2026-11-30T19:00:00Z"), LONDON))
                .isEqualTo(Instant.parse("2026-12-07T19:00:00Z"));
    }

    @Test
    void theEveKeepsItsLocalTimeAcrossTheClocksGoingForward() {
        // Clocks go forward on Sunday 29 March 2026: the Monday eve before is 19:00 GMT, the one after 19:00 BST.
        Instant before = tuesdays.nextEve(Instant.parse("2026-03-20T12:00:00Z"), LONDON);
        Instant after = tuesdays.nextEve(before, LONDON);

        assertThat(before).isEqualTo(Instant.parse("2026-03-23T19:00:00Z"));
        assertThat(after).isEqualTo(Instant.parse("2026-03-30T18:00:00Z"));
        assertThat(tuesdays.previousEve(after, LONDON)).isEqualTo(before);
    }
}
