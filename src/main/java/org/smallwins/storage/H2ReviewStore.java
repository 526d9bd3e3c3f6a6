package org.smallwins.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.smallwins.language.Baseline;
import org.smallwins.review.Answer;
import org.smallwins.review.AnswerKind;
import org.smallwins.review.Person;
import org.smallwins.review.Review;
import org.smallwins.review.ReviewStatus;
import org.smallwins.review.ReviewStore;
import org.smallwins.safety.RiskLevel;

/** The {@link ReviewStore} on H2. Each method is one short transaction (auto-commit). */
public final class H2ReviewStore implements ReviewStore {
    private final DataSource dataSource;

    public H2ReviewStore(Database database) {
        this.dataSource = database.dataSource();
    }

    @Override
    public Person person(String externalKey, Instant now) {
        return query("find or create a person", connection -> {
            // MERGE keeps the first created_at and makes concurrent first contacts safe.
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO people p USING (VALUES (CAST(? AS VARCHAR(100)), CAST(? AS TIMESTAMP WITH TIME ZONE))) v(k, t)"
                            + " ON p.external_key = v.k WHEN NOT MATCHED THEN INSERT (external_key, created_at) VALUES (v.k, v.t)")) {
                merge.setString(1, externalKey);
                merge.setObject(2, utc(now));
                merge.executeUpdate();
            }
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT id, created_at FROM people WHERE external_key = ?")) {
                select.setString(1, externalKey);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return new Person(rs.getLong(1), externalKey, instant(rs, 2));
                }
            }
        });
    }

    @Override
    public Optional<Review> findOpenReview(long personId) {
        return query("find the open review", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, status, started_at FROM reviews WHERE person_id = ? AND status IN ('IN_PROGRESS', 'PAUSED')"
                            + " ORDER BY started_at DESC, id DESC LIMIT 1")) {
                select.setLong(1, personId);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long id = rs.getLong(1);
                    return Optional.of(new Review(
                            id,
                            personId,
                            ReviewStatus.valueOf(rs.getString(2)),
                            instant(rs, 3),
                            answers(connection, id)));
                }
            }
        });
    }

    @Override
    public Review startReview(long personId, Instant now) {
        return query("start a review", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO reviews (person_id, status, started_at, updated_at) VALUES (?, 'IN_PROGRESS', ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, personId);
                insert.setObject(2, utc(now));
                insert.setObject(3, utc(now));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new Review(keys.getLong(1), personId, ReviewStatus.IN_PROGRESS, now, List.of());
                }
            }
        });
    }

    @Override
    public void saveAnswer(long reviewId, Answer answer) {
        update("save an answer", connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO answers (review_id, question_no, kind, answer_text, minimising, demands, baseline, answered_at)"
                            + " KEY (review_id, question_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                merge.setLong(1, reviewId);
                merge.setInt(2, answer.question());
                merge.setString(3, answer.kind().name());
                merge.setString(4, answer.text());
                merge.setString(5, joined(answer.minimising()));
                merge.setString(6, joined(answer.demands()));
                merge.setString(7, answer.baseline().name());
                merge.setObject(8, utc(answer.answeredAt()));
                merge.executeUpdate();
            }
            touch(connection, reviewId, answer.answeredAt());
        });
    }

    @Override
    public void setStatus(long reviewId, ReviewStatus status, Instant now) {
        update("change a review's status", connection -> {
            try (PreparedStatement set = connection.prepareStatement("UPDATE reviews SET status = ? WHERE id = ?")) {
                set.setString(1, status.name());
                set.setLong(2, reviewId);
                set.executeUpdate();
            }
            touch(connection, reviewId, now);
        });
    }

    @Override
    public boolean claimDelivery(String deliveryKey, Instant at) {
        return query("claim a delivery", connection -> {
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO deliveries (delivery_key, received_at) VALUES (?, ?)")) {
                insert.setString(1, deliveryKey);
                insert.setObject(2, utc(at));
                insert.executeUpdate();
                return true;
            } catch (java.sql.SQLIntegrityConstraintViolationException repeat) {
                return false;
            }
        });
    }

    /** Forgets deliveries older than {@code before}: Telegram re-sends an update for a day at most. */
    public int forgetDeliveriesBefore(Instant before) {
        return query("forget old deliveries", connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM deliveries WHERE received_at < ?")) {
                delete.setObject(1, utc(before));
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public void recordEscalation(long personId, RiskLevel level, Instant at) {
        update("record an escalation", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO escalations (person_id, level, occurred_at) VALUES (?, ?, ?)")) {
                insert.setLong(1, personId);
                insert.setString(2, level.name());
                insert.setObject(3, utc(at));
                insert.executeUpdate();
            }
        });
    }

    private static List<Answer> answers(Connection connection, long reviewId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT question_no, kind, answer_text, minimising, demands, baseline, answered_at FROM answers"
                        + " WHERE review_id = ? ORDER BY question_no")) {
            select.setLong(1, reviewId);
            try (ResultSet rs = select.executeQuery()) {
                List<Answer> answers = new ArrayList<>();
                while (rs.next()) {
                    answers.add(new Answer(
                            rs.getInt(1),
                            AnswerKind.valueOf(rs.getString(2)),
                            rs.getString(3),
                            split(rs.getString(4)),
                            split(rs.getString(5)),
                            Baseline.valueOf(rs.getString(6)),
                            instant(rs, 7)));
                }
                return answers;
            }
        }
    }

    private static void touch(Connection connection, long reviewId, Instant now) throws SQLException {
        try (PreparedStatement touch = connection.prepareStatement("UPDATE reviews SET updated_at = ? WHERE id = ?")) {
            touch.setObject(1, utc(now));
            touch.setLong(2, reviewId);
            touch.executeUpdate();
        }
    }

    private static String joined(List<String> cues) {
        return String.join(",", cues);
    }

    private static List<String> split(String cues) {
        return cues.isEmpty() ? List.of() : Arrays.asList(cues.split(","));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private interface Update {
        void run(Connection connection) throws SQLException;
    }

    private <T> T query(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StorageException("Could not " + what, e);
        }
    }

    private void update(String what, Update work) {
        query(what, connection -> {
            work.run(connection);
            return null;
        });
    }
}
