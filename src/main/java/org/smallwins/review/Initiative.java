package org.smallwins.review;

import java.time.Instant;
import java.util.List;

/**
 * Something the core says to a person that no message of theirs started: a check-in falling due, the
 * evening before a therapy session. It runs like a message does: one event of that person at a time,
 * in one transaction with the replies it returns, which go out through the {@link Outbox}.
 */
@FunctionalInterface
public interface Initiative {
    /**
     * What to say, if anything.
     *
     * @param inCrisis the person is in the crisis state: nothing but help may be offered
     */
    List<Reply> run(Person person, boolean inCrisis, Instant at);
}
