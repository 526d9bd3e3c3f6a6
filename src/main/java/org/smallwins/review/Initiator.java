package org.smallwins.review;

import java.time.Instant;

/**
 * How a sweeper reaches a person: the core runs {@code initiative} as one event of that person, in one
 * transaction with its replies, which go to the durable outbox. In the application this is
 * {@code conversation::initiate}; tests give a small stand-in.
 */
@FunctionalInterface
public interface Initiator {
    void initiate(String personKey, Initiative initiative, Instant at);
}
