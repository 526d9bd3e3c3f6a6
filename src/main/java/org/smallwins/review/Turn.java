package org.smallwins.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a person asked of the core, as a command handler sees it.
 *
 * @param person who asked
 * @param arguments the words after the command ({@code "sun 18:00 Europe/London"}), or the whole text
 *     when the person was answering a handler's question; never null
 * @param at when it arrived
 */
public record Turn(Person person, String arguments, Instant at) {
    public Turn {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(at, "at");
    }
}
