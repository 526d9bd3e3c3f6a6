package org.smallwins.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smallwins.language.Baseline;
import org.smallwins.progress.CueCount;
import org.smallwins.progress.CueKind;
import org.smallwins.progress.ProgressStore;
import org.smallwins.progress.StickCount;
import org.smallwins.progress.Week;
import org.smallwins.review.Review;
import org.smallwins.review.ReviewStatus;

/**
 * The {@link ProgressStore} on H2 (SQL kept portable to PostgreSQL). Weekly counts are one GROUP BY
 * over the weeks given as a VALUES table, so weeks in the person's time zone need no date functions.
 */
public final class H2ProgressStore implements ProgressStore {
    /** Reviews that hold the person's own words: a win, or an answered follow-up. */
    private static final String HAS_WORDS = "EXISTS (SELECT 1 FROM answers w WHERE w.review_id = r.id"
            + " AND (w.kind = 'ANSWERED' OR w.follow_up_state = 'ANSWERED'))";

    private final Transactions transactions;

    public H2ProgressStore(Database database) {
        this.transactions = database.transactions();
    }

    @Override
    public List<Review> reviews(long personId, Instant from, Instant to) {
        return transactions.run("Could not read the reviews of a period", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT r.id, r.status, r.started_at, "
                    + H2ReviewStore.ANSWER_COLUMNS
                    + " FROM reviews r JOIN answers a ON a.review_id = r.id"
                    + " WHERE r.person_id = ? AND r.started_at >= ? AND r.started_at < ?"
                    + " ORDER BY r.started_at, r.id, a.question_no")) {
                select.setLong(1, personId);
                select.setObject(2, H2ReviewStore.utc(from));
                select.setObject(3, H2ReviewStore.utc(to));
                return reviews(select, personId);
            }
        });
    }

    @Override
    public Optional<Review> latest(long personId) {
        return history(personId, 0, 1).stream().findFirst();
    }

    @Override
    public int historySize(long personId) {
        return transactions.run("Could not count the reviews", connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM reviews r WHERE r.person_id = ? AND " + HAS_WORDS)) {
                count.setLong(1, personId);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public List<Review> history(long personId, int offset, int limit) {
        return transactions.run("Could not read a page of reviews", connection -> {
            List<Long> ids = pageIds(connection, personId, offset, limit);
            if (ids.isEmpty()) {
                return List.of();
            }
            String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT r.id, r.status, r.started_at, "
                    + H2ReviewStore.ANSWER_COLUMNS
                    + " FROM reviews r JOIN answers a ON a.review_id = r.id WHERE r.id IN (" + marks + ")"
                    + " ORDER BY r.started_at DESC, r.id DESC, a.question_no")) {
                for (int i = 0; i < ids.size(); i++) {
                    select.setLong(i + 1, ids.get(i));
                }
                return reviews(select, personId);
            }
        });
    }

    @Override
    public List<CueCount> cueCounts(long personId, List<Week> weeks) {
        return perWeek(
                "Could not count cue words",
                "SELECT w.n, c.kind, c.cue, COUNT(*)",
                " JOIN answer_cues c ON c.review_id = r.id GROUP BY w.n, c.kind, c.cue",
                personId,
                weeks,
                rs -> new CueCount(rs.getInt(1), CueKind.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4)));
    }

    @Override
    public List<StickCount> stickCounts(long personId, List<Week> weeks) {
        return perWeek(
                "Could not count measuring sticks",
                "SELECT w.n, a.baseline, COUNT(*)",
                " JOIN answers a ON a.review_id = r.id AND a.kind = 'ANSWERED' AND a.baseline <> 'NONE'"
                        + " GROUP BY w.n, a.baseline",
                personId,
                weeks,
                rs -> new StickCount(rs.getInt(1), Baseline.valueOf(rs.getString(2)), rs.getInt(3)));
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** {@code select} over the weeks (a VALUES table w(n, from_at, to_at)) joined to the person's reviews. */
    private <T> List<T> perWeek(
            String what, String select, String joinAndGroup, long personId, List<Week> weeks, Row<T> row) {
        if (weeks.isEmpty()) {
            return List.of();
        }
        String values = String.join(
                ", ",
                Collections.nCopies(
                        weeks.size(),
                        "(CAST(? AS INTEGER), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE))"));
        String sql = select + " FROM (VALUES " + values + ") w(n, from_at, to_at)"
                + " JOIN reviews r ON r.person_id = ? AND r.started_at >= w.from_at AND r.started_at < w.to_at"
                + joinAndGroup + " ORDER BY 1";
        return transactions.run(what, connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                int p = 1;
                for (Week week : weeks) {
                    query.setInt(p++, week.weeksAgo());
                    query.setObject(p++, H2ReviewStore.utc(week.from()));
                    query.setObject(p++, H2ReviewStore.utc(week.to()));
                }
                query.setLong(p, personId);
                try (ResultSet rs = query.executeQuery()) {
                    List<T> counts = new ArrayList<>();
                    while (rs.next()) {
                        counts.add(row.read(rs));
                    }
                    return counts;
                }
            }
        });
    }

    private static List<Long> pageIds(Connection connection, long personId, int offset, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT r.id FROM reviews r WHERE r.person_id = ?"
                + " AND " + HAS_WORDS + " ORDER BY r.started_at DESC, r.id DESC LIMIT ? OFFSET ?")) {
            select.setLong(1, personId);
            select.setInt(2, limit);
            select.setInt(3, offset);
            try (ResultSet rs = select.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids;
            }
        }
    }

    /** Rows of (review id, status, started_at, answer columns…), a review's rows together, in the query's order. */
    private static List<Review> reviews(PreparedStatement select, long personId) throws SQLException {
        Map<Long, Review> reviews = new LinkedHashMap<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Review review = reviews.get(id);
                if (review == null) {
                    review = new Review(
                            id,
                            personId,
                            ReviewStatus.valueOf(rs.getString(2)),
                            H2ReviewStore.instant(rs, 3),
                            List.of());
                }
                reviews.put(id, review.withAnswer(H2ReviewStore.answer(rs, 4)));
            }
        }
        return List.copyOf(reviews.values());
    }
}
