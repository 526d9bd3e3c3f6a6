package org.smallwins.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.smallwins.review.Answer;

/**
 * The {@code answer_cues} rows of one answer: each cue word found in it, one row each, so that weekly
 * patterns are counted by the database. Rewritten whenever the answer is saved, in its transaction.
 */
final class AnswerCues {
    static final String MINIMISING = "MINIMISING";
    static final String DEMAND = "DEMAND";

    private AnswerCues() {}

    static void replace(Connection connection, long reviewId, Answer answer) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM answer_cues WHERE review_id = ? AND question_no = ?")) {
            delete.setLong(1, reviewId);
            delete.setInt(2, answer.question());
            delete.executeUpdate();
        }
        if (answer.minimising().isEmpty() && answer.demands().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO answer_cues (review_id, question_no, kind, cue_no, cue) VALUES (?, ?, ?, ?, ?)")) {
            add(insert, reviewId, answer.question(), MINIMISING, answer.minimising());
            add(insert, reviewId, answer.question(), DEMAND, answer.demands());
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, long reviewId, int question, String kind, List<String> cues)
            throws SQLException {
        for (int i = 0; i < cues.size(); i++) {
            insert.setLong(1, reviewId);
            insert.setInt(2, question);
            insert.setString(3, kind);
            insert.setInt(4, i + 1);
            insert.setString(5, cues.get(i));
            insert.addBatch();
        }
    }
}
