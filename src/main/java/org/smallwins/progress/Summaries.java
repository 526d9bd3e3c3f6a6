package org.smallwins.progress;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.smallwins.language.TextAnalyzer;
import org.smallwins.reframe.Messages;
import org.smallwins.review.Review;

/** The summaries a person can ask for or be sent: the latest review, the last weeks, the week before a session. */
final class Summaries {
    /** The weeks the therapy-eve message draws its patterns from. */
    static final int EVE_PATTERN_WEEKS = 4;

    private final ProgressStore store;
    private final Messages messages;
    private final SummaryWriter writer;
    private final Patterns patterns;

    Summaries(ProgressStore store, Messages messages, TextAnalyzer analyzer) {
        this.store = store;
        this.messages = messages;
        this.writer = new SummaryWriter(messages, new Wins(analyzer));
        this.patterns = new Patterns(messages);
    }

    /** The person's latest review; empty when they have none in their words yet. */
    Optional<String> latest(long personId, ZoneId zone) {
        return store.latest(personId)
                .map(review -> String.join(
                        "\n\n",
                        messages.format(
                                "summary.header.review",
                                "date",
                                SummaryWriter.DATE.format(review.startedAt().atZone(zone))),
                        writer.body(List.of(review), Optional.empty(), zone, false),
                        writer.footer()));
    }

    /** The last {@code count} weeks up to {@code now}, with patterns; empty when no review falls in them. */
    Optional<String> weeks(long personId, int count, Instant now, ZoneId zone) {
        List<Week> weeks = Week.upTo(now, zone, count);
        List<Review> reviews = store.reviews(personId, weeks.get(0).from(), now);
        if (reviews.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(
                "\n\n",
                messages.format(
                        "summary.header.weeks",
                        "weeks",
                        String.valueOf(count),
                        "from",
                        SummaryWriter.DATE.format(weeks.get(0).monday()),
                        "to",
                        SummaryWriter.DATE.format(now.atZone(zone))),
                writer.body(reviews, patternSection("summary.patterns", personId, weeks, reviews), zone, true),
                writer.footer()));
    }

    /**
     * For the evening before a session: the reviews since {@code from}, and patterns over the last four
     * weeks. Empty when there was no review since {@code from}.
     */
    Optional<String> since(long personId, Instant from, Instant now, ZoneId zone) {
        List<Review> reviews = store.reviews(personId, from, now);
        if (reviews.isEmpty()) {
            return Optional.empty();
        }
        List<Week> weeks = Week.upTo(now, zone, EVE_PATTERN_WEEKS);
        List<Review> recent = store.reviews(personId, weeks.get(0).from(), now);
        return Optional.of(
                writer.body(reviews, patternSection("therapy.eve.patterns", personId, weeks, recent), zone, true));
    }

    private Optional<String> patternSection(String titleKey, long personId, List<Week> weeks, List<Review> reviews) {
        SortedSet<Integer> reviewed = new TreeSet<>();
        for (Review review : reviews) {
            weeks.stream().filter(w -> w.contains(review.startedAt())).forEach(w -> reviewed.add(w.weeksAgo()));
        }
        if (reviewed.size() < 2) {
            return Optional.empty(); // no pattern in one week: and no need to query for one
        }
        return writer.patterns(
                titleKey,
                patterns.lines(reviewed, store.cueCounts(personId, weeks), store.stickCounts(personId, weeks)));
    }
}
