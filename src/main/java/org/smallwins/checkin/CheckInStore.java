package org.smallwins.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where check-in plans are kept (implemented in {@code storage}). Every call joins the thread's
 * transaction when one is open, so a check-in's claim and its message commit together.
 */
public interface CheckInStore {
    /** The person's plan, locked for the rest of the transaction (so a racing change waits). */
    Optional<CheckInPlan> find(long personId);

    /** Creates or replaces the person's plan. */
    void save(CheckInPlan plan);

    /**
     * Up to {@code limit} check-ins due at {@code now} (next check-in at or before it), earliest first,
     * then by person. Reads an index on the due time: its cost grows with the number due, not the number
     * of people.
     */
    List<DueCheckIn> due(Instant now, int limit);

    /** The same, after {@code last} in that order: the next page of one sweep. */
    List<DueCheckIn> dueAfter(DueCheckIn last, Instant now, int limit);

    /**
     * Claims a due check-in by moving it on: sets the next check-in to {@code next} only if it is still
     * {@code seenDue}. Exactly one of any number of racing claims succeeds (a conditional update, the
     * same on H2 and PostgreSQL); the winner holds the row until its transaction ends.
     */
    boolean claim(long personId, Instant seenDue, Instant next);

    /** The person wrote: no check-in of theirs is unanswered any more. Cheap when none was. */
    void answered(long personId);

    /** The person blocked the bot: their check-ins stop until they send /resume. No-op for an unknown key. */
    void blocked(String personKey);
}
