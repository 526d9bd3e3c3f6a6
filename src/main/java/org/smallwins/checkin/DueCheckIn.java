package org.smallwins.checkin;

import java.time.Instant;
import java.util.Objects;
import org.smallwins.review.DueSweeper;

/**
 * A check-in whose time has come, as the due query finds it.
 *
 * @param personId whose
 * @param personKey the transport key the core reaches the person by ({@code telegram:12345})
 * @param due the stored next check-in; the claim compares against exactly this value
 * @param schedule the person's schedule, for the check-in after this one
 */
public record DueCheckIn(long personId, String personKey, Instant due, Schedule schedule) implements DueSweeper.Item {
    public DueCheckIn {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(schedule, "schedule");
    }
}
