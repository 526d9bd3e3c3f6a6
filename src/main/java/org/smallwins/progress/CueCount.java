package org.smallwins.progress;

import java.util.Objects;

/** How often one cue word came up in the answers of one week (counted by the database). */
public record CueCount(int weeksAgo, CueKind kind, String cue, int count) {
    public CueCount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
        if (weeksAgo < 0 || count < 1) {
            throw new IllegalArgumentException("a count is of a past week and at least one: " + count);
        }
    }
}
