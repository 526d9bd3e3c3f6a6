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

    /**
     * What an erasure removed, and what the file's rewrite measured.
     *
     * @param found false when nothing was stored about the person
     * @param rows rows deleted (rows deleted with their parent, such as answers with a review, not counted)
     * @param compacted false when the file could not be rewritten yet (the rows are gone all the same; the
     *     next erasure or retention run rewrites it)
     */
    record Erasure(
            boolean found,
            int rows,
            boolean compacted,
            long fileBytesBefore,
            long fileBytesAfter,
            java.time.Duration took) {}
}
