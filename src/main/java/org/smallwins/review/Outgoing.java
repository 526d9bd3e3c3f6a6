package org.smallwins.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A reply waiting in the outbox for its transport to deliver it.
 *
 * @param id the outbox row; replies of one person are delivered in id order
 * @param personKey whom it is for ({@code telegram:12345})
 * @param reply what to send
 * @param urgent a crisis reply, delivered before anything else
 * @param createdAt when the core wrote it
 */
public record Outgoing(long id, String personKey, Reply reply, boolean urgent, Instant createdAt) {
    public Outgoing {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
