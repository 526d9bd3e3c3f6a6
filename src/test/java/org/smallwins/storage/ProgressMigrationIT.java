package org.smallwins.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V6 splits the cue words of answers given before it into answer_cues, one row each, in order. */
class ProgressMigrationIT {
    @TempDir
    Path folder;

    @Test
    void cueWordsOfEarlierAnswersAreSplitIntoOneRowEach() throws SQLException {
        Path file = folder.resolve("db");
        JdbcDataSource before = new JdbcDataSource();
        before.setURL("jdbc:h2:file:" + file.toAbsolutePath());
        before.setUser("smallwins");
        before.setPassword("smallwins");
        // Every migration before V6, whichever of them this branch holds.
        MigrationVersion six = MigrationVersion.fromVersion("6");
        MigrationVersion last = Arrays.stream(
                        Flyway.configure().dataSource(before).load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(six) < 0)
                .max(MigrationVersion::compareTo)
                .orElseThrow();
        Flyway.configure().dataSource(before).target(last).load().migrate();
        try (Connection c = before.getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    "INSERT INTO people (external_key, created_at) VALUES ('test:old', TIMESTAMP WITH TIME ZONE '2026-01-04 18:00:00+00')");
            s.execute("INSERT INTO reviews (person_id, status, started_at, updated_at)"
                    + " SELECT id, 'COMPLETED', created_at, created_at FROM people");
            s.execute(
                    "INSERT INTO answers (review_id, question_no, kind, answer_text, minimising, demands, baseline, answered_at)"
                            + " SELECT id, 1, 'ANSWERED', 'words', 'only,nothing special', 'should', 'IDEAL_FUTURE', started_at FROM reviews");
            s.execute(
                    "INSERT INTO answers (review_id, question_no, kind, answer_text, minimising, demands, baseline, answered_at)"
                            + " SELECT id, 2, 'ANSWERED', 'more words', '', '', 'NONE', started_at FROM reviews");
        }

        try (Database database = Database.open(file, Optional.empty());
                Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT question_no, kind, cue_no, cue FROM answer_cues ORDER BY 1, 2, 3")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getString(4));
            }
            assertThat(rows)
                    .containsExactly("1 DEMAND 1 should", "1 MINIMISING 1 only", "1 MINIMISING 2 nothing special");
            assertThat(new H2ReviewStore(database).findOpenReview(1)).isEmpty();
        }
    }
}
