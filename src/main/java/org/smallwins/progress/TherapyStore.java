package org.smallwins.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where therapy days and their next evening-before message are kept (implemented in {@code storage}). */
public interface TherapyStore {
    Optional<TherapyDay> find(long personId);

    /** Sets (or replaces) the person's therapy day and when its next evening-before message is due. */
    void save(long personId, TherapyDay therapy, Instant nextEve);

    /** Forgets the person's therapy day; false when there was none. */
    boolean clear(long personId);

    /**
     * Up to {@code limit} evening-before messages due at {@code now}, earliest first (then by person);
     * with {@code after}, only those that come after it in that order.
     */
    List<DueEve> due(Instant now, Optional<DueEve> after, int limit);

    /**
     * Moves a due message on to {@code next}, if it is still due at exactly {@code due}: true for the one
     * caller that wins, false when another sweeper already did or the person changed their day.
     */
    boolean claim(long personId, Instant due, Instant next);
}
