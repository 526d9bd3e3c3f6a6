package org.smallwins.progress;

import java.time.Instant;
import org.smallwins.review.Initiative;

/**
 * How the sweeper reaches a person: the core runs the initiative as one event of theirs, in one
 * transaction with its replies. In the application this is {@code conversation::initiate}.
 */
@FunctionalInterface
public interface Initiator {
    void initiate(String personKey, Initiative initiative, Instant at);
}
