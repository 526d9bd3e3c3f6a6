package org.smallwins.telegram;

import java.util.List;
import org.smallwins.review.Reply;

/** Where a handled update's replies go: the {@link PacedSender}, which tests stand in for. */
interface ReplySink {
    /** Replies were queued in the outbox for this person: deliver them soon. */
    void wake(String personKey);

    /** Replies that are not in the outbox (storage failed): deliver them from memory, first. */
    void sendNow(String personKey, List<Reply> replies);
}
