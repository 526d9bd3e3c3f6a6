package org.smallwins.review;

import java.util.List;

/**
 * Deliveries received but not yet handled (implemented in {@code storage}). A transport stores each
 * one before confirming it to its source; on start, whatever is still here is handled.
 */
public interface Inbox {
    /** Stores the item; false when an item with the same delivery key is already stored. Durable on return. */
    boolean add(InboxItem item);

    /** Every stored item, oldest first. */
    List<InboxItem> all();

    /** Forgets a handled item. */
    void remove(String deliveryKey);
}
