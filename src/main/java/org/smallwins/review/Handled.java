package org.smallwins.review;

import java.util.List;

/**
 * What the core did with an event: the replies it produced and whether they are safely in the outbox.
 *
 * @param replies in the order they are to be sent
 * @param queued true when the replies were written to the outbox with the state they report (a sender
 *     delivers them); false when storage failed and the transport must send them itself, now (the
 *     crisis reply, or an apology)
 */
public record Handled(List<Reply> replies, boolean queued) {
    public Handled {
        replies = List.copyOf(replies);
    }

    static Handled nothing() {
        return new Handled(List.of(), true);
    }
}
