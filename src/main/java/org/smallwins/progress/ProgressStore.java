package org.smallwins.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.smallwins.review.Review;

/**
 * What progress reads from storage (implemented in {@code storage}): a person's reviews with their
 * answers and follow-ups, and counts per week made by the database. Every call joins the event's
 * transaction when there is one.
 */
public interface ProgressStore {
    /** The person's reviews that started in [{@code from}, {@code to}), oldest first, with their answers. */
    List<Review> reviews(long personId, Instant from, Instant to);

    /** The person's newest review that holds a win or an answered follow-up. */
    Optional<Review> latest(long personId);

    /** How many of the person's reviews hold a win or an answered follow-up. */
    int historySize(long personId);

    /** Those reviews, newest first: {@code limit} of them after skipping {@code offset}. */
    List<Review> history(long personId, int offset, int limit);

    /** Each cue word's count in each of {@code weeks} (by review start); weeks and words with none are left out. */
    List<CueCount> cueCounts(long personId, List<Week> weeks);

    /** How many answers of each week used each measuring stick; NONE and empty weeks are left out. */
    List<StickCount> stickCounts(long personId, List<Week> weeks);
}
