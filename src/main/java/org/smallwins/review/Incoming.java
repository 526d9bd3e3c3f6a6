package org.smallwins.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message from a person, as any transport hands it to the core.
 *
 * @param personKey who sent it, stable across restarts: {@code console:local}, {@code telegram:12345}
 * @param text what they wrote (a command or an answer); may be empty, never null
 * @param receivedAt when it arrived
 * @param deliveryKey the transport's id for this delivery ({@code telegram:update:42}), when it may
 *     deliver the same message twice; a repeated key is handled once
 */
public record Incoming(String personKey, String text, Instant receivedAt, Optional<String> deliveryKey) {
    public Incoming {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(deliveryKey, "deliveryKey");
        if (personKey.isBlank()) {
            throw new IllegalArgumentException("personKey is blank");
        }
        text = text == null ? "" : text;
    }

    /** A message from a transport that never delivers twice (the terminal). */
    public Incoming(String personKey, String text, Instant receivedAt) {
        this(personKey, text, receivedAt, Optional.empty());
    }
}
