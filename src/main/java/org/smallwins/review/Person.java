package org.smallwins.review;

import java.time.Instant;
import java.util.Objects;

/** Someone using the bot, known by the transport's stable key. */
public record Person(long id, String externalKey, Instant createdAt) {
    public Person {
        Objects.requireNonNull(externalKey, "externalKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
