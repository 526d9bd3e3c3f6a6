package org.smallwins.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A delivery a transport received and stored before confirming it, so that a crash cannot lose it.
 *
 * @param deliveryKey the transport's id for it ({@code telegram:update:42}), also the core's repeat guard
 * @param personKey whom it came from, for per-person ordering
 * @param payload the transport's own form of it (Telegram: the update's JSON)
 * @param receivedAt when it was stored
 */
public record InboxItem(String deliveryKey, String personKey, String payload, Instant receivedAt) {
    public InboxItem {
        Objects.requireNonNull(deliveryKey, "deliveryKey");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
