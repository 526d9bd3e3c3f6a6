package org.smallwins.review;

import java.time.Instant;
import java.util.List;

/**
 * What other features hear from the core, inside the event's transaction: that a person wrote (any
 * message or button), and that a review was completed (where a feature may add a reply, such as the
 * offer of a weekly check-in).
 */
public interface PersonEvents {
    /** The person sent something (after the risk check; in every state). */
    default void wrote(Person person, Instant at) {}

    /** A review was just completed; replies returned here follow the summary. */
    default List<Reply> reviewCompleted(Person person, Review review, Instant at) {
        return List.of();
    }
}
