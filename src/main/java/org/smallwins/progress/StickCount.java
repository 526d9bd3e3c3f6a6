package org.smallwins.progress;

import java.util.Objects;
import org.smallwins.language.Baseline;

/** How many answers of one week measured against one stick (ideal future, historical, fair current). */
public record StickCount(int weeksAgo, Baseline stick, int count) {
    public StickCount {
        Objects.requireNonNull(stick, "stick");
        if (weeksAgo < 0 || count < 1 || stick == Baseline.NONE) {
            throw new IllegalArgumentException("a count of answers that used a stick, got " + stick + " " + count);
        }
    }
}
