package org.smallwins.progress;

import java.time.Instant;
import java.util.Objects;
import org.smallwins.review.DueSweeper;

/**
 * An evening-before message whose time has come, as the due query finds it.
 *
 * @param personId whose
 * @param personKey the transport key the core reaches the person by
 * @param due the stored time; the claim compares against exactly this value
 * @param therapy the person's therapy day, for the next evening-before
 */
public record DueEve(long personId, String personKey, Instant due, TherapyDay therapy) implements DueSweeper.Item {
    public DueEve {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(therapy, "therapy");
    }
}
