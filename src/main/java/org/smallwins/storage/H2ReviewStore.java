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
import org.smallwins.language.Baseline;
import org.smallwins.review.Answer;
import org.smallwins.review.AnswerKind;
import org.smallwins.review.FollowUp;
import org.smallwins.review.Person;
import org.smallwins.review.Review;
import org.smallwins.review.ReviewStatus;
import org.smallwins.review.ReviewStore;
import org.smallwins.safety.RiskLevel;

/**
 * The {@link ReviewStore} on H2. Each method joins the thread's transaction ({@link Transactions}), or is
 * one short transaction of its own when there is none.
 */
public final class H2ReviewStore implements ReviewStore {
    private final Transactions transactions;

    public H2ReviewStore(Database database) {
        this.transactions = database.transactions();
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
                    "INSERT INTO reviews (person_id, status, started_at, updated_at, open_person_id)"
                            + " VALUES (?, 'IN_PROGRESS', ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, personId);
                insert.setObject(2, utc(now));
                insert.setObject(3, utc(now));
                insert.setLong(4, personId);
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
                    "MERGE INTO answers (review_id, question_no, kind, answer_text, minimising, demands, baseline, answered_at,"
                            + " follow_up_state, follow_up) KEY (review_id, question_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                merge.setLong(1, reviewId);
                merge.setInt(2, answer.question());
                merge.setString(3, answer.kind().name());
                merge.setString(4, answer.text());
                merge.setString(5, joined(answer.minimising()));
                merge.setString(6, joined(answer.demands()));
                merge.setString(7, answer.baseline().name());
                merge.setObject(8, utc(answer.answeredAt()));
                merge.setString(9, answer.followUp().state().name());
                merge.setString(10, answer.followUp().text());
                merge.executeUpdate();
            }
            AnswerCues.replace(connection, reviewId, answer);
            touch(connection, reviewId, answer.answeredAt());
        });
    }

    @Override
    public void setStatus(long reviewId, ReviewStatus status, Instant now) {
        update("change a review's status", connection -> {
            try (PreparedStatement set = connection.prepareStatement(
                    "UPDATE reviews SET status = ?, open_person_id = CASE WHEN ? THEN person_id END WHERE id = ?")) {
                set.setString(1, status.name());
                set.setBoolean(2, status.isOpen());
                set.setLong(3, reviewId);
                set.executeUpdate();
            }
            touch(connection, reviewId, now);
        });
    }

    @Override
    public boolean claimDelivery(String deliveryKey, Instant at) {
        return query("claim a delivery", connection -> {
            // MERGE rather than INSERT: a failed INSERT would abort the whole transaction on PostgreSQL.
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO deliveries d USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS TIMESTAMP WITH TIME ZONE))) v(k, t)"
                            + " ON d.delivery_key = v.k WHEN NOT MATCHED THEN INSERT (delivery_key, received_at) VALUES (v.k, v.t)")) {
                merge.setString(1, deliveryKey);
                merge.setObject(2, utc(at));
                return merge.executeUpdate() == 1;
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

    @Override
    public Optional<Person> findPerson(String externalKey) {
        return query("find a person", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT id, created_at FROM people WHERE external_key = ?")) {
                select.setString(1, externalKey);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Person(rs.getLong(1), externalKey, instant(rs, 2)))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<Instant> crisisUntil(long personId) {
        return query("read the crisis state", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT crisis_until FROM people WHERE id = ?")) {
                select.setLong(1, personId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() && rs.getObject(1) != null ? Optional.of(instant(rs, 1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void setCrisisUntil(long personId, Optional<Instant> until) {
        update("set the crisis state", connection -> {
            try (PreparedStatement set =
                    connection.prepareStatement("UPDATE people SET crisis_until = ? WHERE id = ?")) {
                set.setObject(1, until.map(H2ReviewStore::utc).orElse(null));
                set.setLong(2, personId);
                set.executeUpdate();
            }
        });
    }

    @Override
    public Optional<String> awaiting(long personId) {
        return query("read what is awaited", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT awaiting FROM people WHERE id = ?")) {
                select.setLong(1, personId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void setAwaiting(long personId, Optional<String> command) {
        update("set what is awaited", connection -> {
            try (PreparedStatement set = connection.prepareStatement("UPDATE people SET awaiting = ? WHERE id = ?")) {
                set.setString(1, command.orElse(null));
                set.setLong(2, personId);
                set.executeUpdate();
            }
        });
    }

    private static List<Answer> answers(Connection connection, long reviewId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + ANSWER_COLUMNS + " FROM answers WHERE review_id = ? ORDER BY question_no")) {
            select.setLong(1, reviewId);
            try (ResultSet rs = select.executeQuery()) {
                List<Answer> answers = new ArrayList<>();
                while (rs.next()) {
                    answers.add(answer(rs, 1));
                }
                return answers;
            }
        }
    }

    /** The columns {@link #answer} reads, in its order. */
    static final String ANSWER_COLUMNS = "question_no, kind, answer_text, minimising, demands, baseline, answered_at,"
            + " follow_up_state, follow_up";

    /** The answer in the row's {@link #ANSWER_COLUMNS}, which start at column {@code first}. */
    static Answer answer(ResultSet rs, int first) throws SQLException {
        String followUp = rs.getString(first + 8);
        return new Answer(
                rs.getInt(first),
                AnswerKind.valueOf(rs.getString(first + 1)),
                rs.getString(first + 2),
                split(rs.getString(first + 3)),
                split(rs.getString(first + 4)),
                Baseline.valueOf(rs.getString(first + 5)),
                instant(rs, first + 6),
                new FollowUp(FollowUp.State.valueOf(rs.getString(first + 7)), followUp));
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

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private <T> T query(String what, Transactions.Work<T> work) {
        return transactions.run("Could not " + what, work);
    }

    private void update(String what, Update work) {
        query(what, connection -> {
            work.run(connection);
            return null;
        });
    }

    private interface Update {
        void run(Connection connection) throws SQLException;
    }
}
