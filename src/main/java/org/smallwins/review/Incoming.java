package org.smallwins.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One message from a person, as any transport hands it to the core.
 *
 * @param personKey who sent it, stable across restarts: {@code console:local}, {@code telegram:12345}
 * @param text what they wrote (a command or an answer); may be empty, never null
 * @param receivedAt when it arrived
 */
public record Incoming(String personKey, String text, Instant receivedAt) {
    public Incoming {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (personKey.isBlank()) {
            throw new IllegalArgumentException("personKey is blank");
        }
        text = text == null ? "" : text;
    }
}
