package org.smallwins.progress;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.smallwins.reframe.WinKind;

/**
 * One bar group of the chart: a week with a review.
 *
 * @param monday the week's first day, for its label
 * @param wins how many wins of each kind
 * @param minimising how many minimising words ("only", "just") came up
 * @param demands how many demands on oneself ("should", "must") came up
 */
record ChartWeek(LocalDate monday, Map<WinKind, Integer> wins, int minimising, int demands) {
    ChartWeek {
        Objects.requireNonNull(monday, "monday");
        wins = wins.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(wins));
        if (minimising < 0 || demands < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    int wins(WinKind kind) {
        return wins.getOrDefault(kind, 0);
    }
}
