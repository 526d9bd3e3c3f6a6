package org.smallwins.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.privacy.PersonData;
import org.smallwins.privacy.PersonExport;

/**
 * The person's rights on H2: export everything about them, erase it for good (rows, then the file's free
 * pages), and delete reviews with age. Tables are found through {@link PersonTables}, so one added later
 * is covered without a change here.
 */
public final class H2PersonData implements PersonData {
    private static final Logger log = LoggerFactory.getLogger(H2PersonData.class);
    private final Database database;
    private final DataSource dataSource;

    public H2PersonData(Database database) {
        this.database = database;
        this.dataSource = database.dataSource();
    }

    @Override
    public Optional<PersonExport> export(String personKey, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            // One snapshot: an answer saved while the export is read is either wholly in it or not at all.
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try {
                return ExportReader.read(connection, personKey, now);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw new StorageException("Could not export a person's data", e);
        }
    }

    @Override
    public Erasure erase(String personKey) {
        final int rows;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                rows = deleteEverything(connection, personKey);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("Could not erase a person's data", e);
        }
        long size = database.fileBytes();
        if (rows < 0) {
            return new Erasure(false, 0, false, size, size, Duration.ZERO);
        }
        return compacted()
                .map(c -> new Erasure(true, rows, true, c.bytesBefore(), c.bytesAfter(), c.took()))
                .orElseGet(() -> new Erasure(true, rows, false, size, database.fileBytes(), Duration.ZERO));
    }

    @Override
    public int deleteReviewsOlderThan(Instant cutoff) {
        int deleted;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM reviews WHERE updated_at < ?")) {
            delete.setObject(1, utc(cutoff)); // their answers go with them (ON DELETE CASCADE)
            deleted = delete.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("Could not delete old reviews", e);
        }
        if (deleted > 0) {
            compacted(); // the deleted answers must not stay readable in the file's free pages
        }
        return deleted;
    }

    /**
     * Compacts the file; a failure (connections held past the wait) is logged, not thrown, because the rows
     * are already gone: the next erasure or retention run compacts again.
     */
    private Optional<Database.Compaction> compacted() {
        try {
            return Optional.of(database.compact());
        } catch (StorageException e) {
            log.warn("Deleted rows are not compacted out of the file yet; the next deletion tries again", e);
            return Optional.empty();
        }
    }

    /** Deletes every row about the person; the number deleted, or -1 when there is no such person. */
    private static int deleteEverything(Connection connection, String personKey) throws SQLException {
        Optional<Long> personId = personId(connection, personKey);
        if (personId.isEmpty()) {
            return -1;
        }
        PersonTables.Keyed tables = PersonTables.find(connection);
        int rows = 0;
        // Children of a person's rows (answers of their reviews) go by ON DELETE CASCADE and are not counted.
        for (String table : tables.byPersonId()) {
            rows += delete(connection, table, "person_id", personId.get());
        }
        for (String table : tables.byExternalKey()) {
            rows += delete(connection, table, "external_key", personKey);
        }
        return rows + delete(connection, "people", "id", personId.get());
    }

    private static int delete(Connection connection, String table, String column, Object key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + PersonTables.quoted(connection, table) + " WHERE " + column + " = ?")) {
            delete.setObject(1, key);
            return delete.executeUpdate();
        }
    }

    static Optional<Long> personId(Connection connection, String personKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM people WHERE external_key = ?")) {
            select.setString(1, personKey);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
