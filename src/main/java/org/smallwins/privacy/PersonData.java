package org.smallwins.privacy;

import java.time.Instant;
import java.util.Optional;

/** What the person's rights need from storage: everything about them, erased for good, or aged out. */
public interface PersonData {
    /** Everything stored about the person with this transport key; empty when nothing is. */
    Optional<PersonExport> export(String personKey, Instant now);

    /**
     * Deletes every row about the person in every table, then rewrites the database file so that their words
     * are not left in its free pages. Durable on return.
     */
    Erasure erase(String personKey);

    /** Deletes the reviews (with their answers) last updated before {@code cutoff}, for everyone; the count. */
    int deleteReviewsOlderThan(Instant cutoff);

    /** What an erasure removed, and what the file's rewrite measured. */
    record Erasure(boolean found, int rows, long fileBytesBefore, long fileBytesAfter, java.time.Duration took) {}
}
