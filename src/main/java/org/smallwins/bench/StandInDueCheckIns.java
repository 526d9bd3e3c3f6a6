package org.smallwins.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smallwins.storage.Database;

/**
 * A stand-in for the check-in store's due query, in a throwaway H2 file: our migrations (so the real
 * {@code people} table) plus a table shaped like the planned {@code checkins} table (weekday, local
 * time, zone, state, next check-in in UTC) with an index on {@code (next_due, person_id)}, queried the
 * way the sweeper pages: {@code WHERE next_due <= now ORDER BY next_due, person_id FETCH FIRST n ROWS
 * ONLY}, joined to {@code people} for the person's key. It measures H2 and the index, not our store code.
 */
public final class StandInDueCheckIns implements DueCheckIns {
    /** How the report names this source. */
    public static final String LABEL = "standin";

    private static final String TABLE = "CREATE TABLE bench_checkins (person_id BIGINT PRIMARY KEY REFERENCES"
            + " people(id), weekday SMALLINT, time_of_day TIME, zone_id VARCHAR(64) NOT NULL,"
            + " state VARCHAR(10) NOT NULL, next_due TIMESTAMP WITH TIME ZONE, unanswered INTEGER NOT NULL,"
            + " offered BOOLEAN NOT NULL)";
    private static final String INDEX = "CREATE INDEX bench_checkins_due ON bench_checkins(next_due, person_id)";
    private static final String DUE = "SELECT c.person_id, p.external_key, c.next_due FROM bench_checkins c"
            + " JOIN people p ON p.id = c.person_id WHERE c.next_due <= ?";
    private static final String AFTER = " AND (c.next_due > ? OR (c.next_due = ? AND c.person_id > ?))";
    private static final String ORDER = " ORDER BY c.next_due, c.person_id FETCH FIRST ? ROWS ONLY";

    private final Path folder;
    private final Database database;

    private StandInDueCheckIns(Path folder, Database database) {
        this.folder = folder;
        this.database = database;
    }

    /** A new, empty throwaway database (durable commits, as the bot's own). */
    public static StandInDueCheckIns create() {
        Path folder = TempFolders.create("smallwins-bench-due");
        try {
            Database database = Database.open(folder.resolve("due"), Optional.empty());
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(TABLE);
                statement.execute(INDEX);
            }
            return new StandInDueCheckIns(folder, database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the stand-in check-ins table", e);
        }
    }

    @Override
    public String label() {
        return LABEL;
    }

    @Override
    public void fill(List<Optional<Instant>> nextCheckIns) {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement person = connection.prepareStatement(
                            "INSERT INTO people (id, external_key, created_at) VALUES (?, ?, ?)");
                    PreparedStatement checkIn = connection.prepareStatement("INSERT INTO bench_checkins VALUES"
                            + " (?, ?, TIME '19:00:00', 'Europe/London', ?, ?, 0, TRUE)")) {
                OffsetDateTime created = OffsetDateTime.now(ZoneOffset.UTC);
                for (int i = 0; i < nextCheckIns.size(); i++) {
                    long id = i + 1;
                    person.setLong(1, id);
                    person.setString(2, "bench:due:" + id);
                    person.setObject(3, created);
                    person.addBatch();
                    Optional<Instant> due = nextCheckIns.get(i);
                    checkIn.setLong(1, id);
                    checkIn.setInt(2, 1 + i % 7);
                    checkIn.setString(3, due.isPresent() ? "ON" : "OFF");
                    checkIn.setObject(
                            4, due.map(d -> d.atOffset(ZoneOffset.UTC)).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE);
                    checkIn.addBatch();
                    if (id % 1_000 == 0 || id == nextCheckIns.size()) {
                        person.executeBatch();
                        checkIn.executeBatch();
                        connection.commit();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot fill the stand-in check-ins table", e);
        }
    }

    @Override
    public List<Due> page(Instant now, Optional<Due> after, int limit) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select =
                        connection.prepareStatement(DUE + (after.isPresent() ? AFTER : "") + ORDER)) {
            int at = 1;
            select.setObject(at++, now.atOffset(ZoneOffset.UTC));
            if (after.isPresent()) {
                select.setObject(at++, after.get().due().atOffset(ZoneOffset.UTC));
                select.setObject(at++, after.get().due().atOffset(ZoneOffset.UTC));
                select.setLong(at++, after.get().personId());
            }
            select.setInt(at, limit);
            List<Due> due = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(new Due(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("The stand-in due query failed", e);
        }
    }

    @Override
    public void close() {
        database.close();
        TempFolders.delete(folder);
    }
}
