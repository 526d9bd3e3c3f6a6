package org.smallwins.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.language.Baseline;
import org.smallwins.review.Answer;
import org.smallwins.review.AnswerKind;
import org.smallwins.review.Review;

/** Any answer a person can send is stored whole, with every cue found in it. */
class RoomyAnswersIT {
    @TempDir
    Path folder;

    @Test
    void aTelegramLengthAnswerWithAThousandCuesIsStoredWhole() {
        String text = "only ".repeat(819) + "o"; // 4,096 characters, the most one Telegram message holds
        List<String> minimising = Collections.nCopies(1_000, "only");
        List<String> demands = Collections.nCopies(1_000, "should have");
        Answer answer =
                new Answer(1, AnswerKind.ANSWERED, text, minimising, demands, Baseline.IDEAL_FUTURE, Stored.NOW);
        assertThat(text).hasSize(4_096);

        try (Database database = Database.open(folder.resolve("db"), Optional.empty())) {
            H2ReviewStore store = new H2ReviewStore(database);
            long personId = store.person("telegram:1", Stored.NOW).id();
            long reviewId = store.startReview(personId, Stored.NOW).id();
            store.saveAnswer(reviewId, answer);

            Review stored = store.findOpenReview(personId).orElseThrow();
            assertThat(stored.answers()).containsExactly(answer);
        }
    }

    @Test
    void theAnswerColumnsKeepRefusingAMissingValue() throws Exception {
        try (Database database = Database.open(folder.resolve("db"), Optional.empty());
                Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT column_name, is_nullable FROM information_schema.columns"
                        + " WHERE LOWER(table_name) = 'answers'"
                        + " AND LOWER(column_name) IN ('answer_text', 'minimising', 'demands')")) {
            int columns = 0;
            while (rs.next()) {
                assertThat(rs.getString(2)).as(rs.getString(1)).isEqualTo("NO");
                columns++;
            }
            assertThat(columns).isEqualTo(3);
        }
    }
}
