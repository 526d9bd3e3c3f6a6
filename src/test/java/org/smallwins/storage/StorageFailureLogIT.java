package org.smallwins.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A storage failure logged with its stack trace holds none of the words the driver quoted. */
class StorageFailureLogIT {
    private static final String WORDS = "I finally told my sister how low I have been";

    @TempDir
    Path folder;

    @Test
    void theDriversMessageQuotesTheRejectedValueSoTheTestBelowCanFail() throws Exception {
        try (Database database = Database.open(folder.resolve("db"), Optional.empty());
                Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO people (external_key, created_at)" + " VALUES (?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, WORDS + "x".repeat(100)); // longer than the column's 100 characters
            SQLException e = catchThrowableOfType(SQLException.class, insert::executeUpdate);
            assertThat(e.getMessage()).contains(WORDS);
        }
    }

    @Test
    void aStorageFailureLoggedWithItsStackTraceHoldsNoneOfThePersonsWords() {
        StorageException failure;
        try (Database database = Database.open(folder.resolve("db"), Optional.empty())) {
            H2ReviewStore store = new H2ReviewStore(database);
            long reviewId = Stored.review(store, "p", Stored.NOW);
            narrowAnswers(database); // as the cue columns were before V3: too narrow for some answers
            // H2 refuses the value and quotes it: the person's words.
            failure = catchThrowableOfType(
                    StorageException.class, () -> store.saveAnswer(reviewId, Stored.answer(WORDS)));
        }
        Logger logger = (Logger) LoggerFactory.getLogger("org.smallwins.test.StorageFailureLog");
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        try {
            logger.error("Could not handle an update", failure);
        } finally {
            logger.detachAppender(captured);
        }

        ILoggingEvent event = captured.list.get(0);
        String logged = event.getFormattedMessage() + "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
        assertThat(logged)
                .doesNotContain(WORDS)
                .doesNotContain("sister")
                .contains("Could not save an answer (SQL state 22001, error 22001)")
                .contains("JdbcSQLDataException")
                .contains("message withheld")
                .contains("at org.h2."); // the stack frames are kept for whoever has to fix it
        assertThat(ThrowableProxyUtil.asString(new ThrowableProxy(failure))).doesNotContain(WORDS);
    }

    private static void narrowAnswers(Database database) {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE answers ALTER COLUMN answer_text SET DATA TYPE VARCHAR(20)");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
