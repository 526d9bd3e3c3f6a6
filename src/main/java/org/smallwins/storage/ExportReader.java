package org.smallwins.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smallwins.privacy.PersonExport;

/**
 * Reads one person's rows into a {@link PersonExport}, every query scoped to that person. Reviews, answers
 * and escalations have sections of their own; any other table keyed by the person (settings, schedule,
 * safety plan, as later migrations add them) is read whole into {@code otherData}, so nothing stored is
 * missing from an export. To give such a table a section of its own, read it here and add it to
 * {@link #OWN_SECTIONS}.
 */
final class ExportReader {
    private static final Set<String> OWN_SECTIONS = Set.of("reviews", "escalations");
    private static final Set<String> INTERNAL_COLUMNS = Set.of("id", "person_id");

    private ExportReader() {}

    static Optional<PersonExport> read(Connection connection, String personKey, Instant now) throws SQLException {
        Optional<Instant> firstContact = firstContact(connection, personKey);
        if (firstContact.isEmpty()) {
            return Optional.empty();
        }
        long personId = H2PersonData.personId(connection, personKey).orElseThrow();
        List<PersonExport.Table> other = new ArrayList<>();
        PersonTables.Keyed tables = PersonTables.find(connection);
        for (String table : tables.byPersonId()) {
            if (!OWN_SECTIONS.contains(table)) {
                other.add(table(connection, table, "person_id", personId));
            }
        }
        for (String table : tables.byExternalKey()) {
            other.add(table(connection, table, "external_key", personKey));
        }
        return Optional.of(new PersonExport(
                personKey,
                firstContact.get(),
                now,
                reviews(connection, personId),
                escalations(connection, personId),
                other.stream().filter(t -> !t.rows().isEmpty()).toList()));
    }

    private static Optional<Instant> firstContact(Connection connection, String personKey) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT created_at FROM people WHERE external_key = ?")) {
            select.setString(1, personKey);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(instant(rs, 1)) : Optional.empty();
            }
        }
    }

    private static List<PersonExport.Review> reviews(Connection connection, long personId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, status, started_at, updated_at"
                + " FROM reviews WHERE person_id = ? ORDER BY started_at, id")) {
            select.setLong(1, personId);
            try (ResultSet rs = select.executeQuery()) {
                List<PersonExport.Review> reviews = new ArrayList<>();
                while (rs.next()) {
                    reviews.add(new PersonExport.Review(
                            rs.getString(2), instant(rs, 3), instant(rs, 4), answers(connection, rs.getLong(1))));
                }
                return reviews;
            }
        }
    }

    private static List<PersonExport.Answer> answers(Connection connection, long reviewId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT question_no, kind, answer_text, minimising, demands, baseline, answered_at,"
                        + " CASE WHEN follow_up_state = 'ANSWERED' THEN follow_up ELSE '' END"
                        + " FROM answers WHERE review_id = ? ORDER BY question_no")) {
            select.setLong(1, reviewId);
            try (ResultSet rs = select.executeQuery()) {
                List<PersonExport.Answer> answers = new ArrayList<>();
                while (rs.next()) {
                    answers.add(new PersonExport.Answer(
                            rs.getInt(1),
                            rs.getString(2),
                            rs.getString(3),
                            cues(rs.getString(4)),
                            cues(rs.getString(5)),
                            rs.getString(6),
                            instant(rs, 7),
                            rs.getString(8)));
                }
                return answers;
            }
        }
    }

    private static List<PersonExport.Escalation> escalations(Connection connection, long personId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT level, occurred_at FROM escalations WHERE person_id = ? ORDER BY occurred_at, id")) {
            select.setLong(1, personId);
            try (ResultSet rs = select.executeQuery()) {
                List<PersonExport.Escalation> escalations = new ArrayList<>();
                while (rs.next()) {
                    escalations.add(new PersonExport.Escalation(rs.getString(1), instant(rs, 2)));
                }
                return escalations;
            }
        }
    }

    /** Every row of {@code table} whose {@code column} is the person's, ids left out, values as text. */
    private static PersonExport.Table table(Connection connection, String table, String column, Object key)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM " + PersonTables.quoted(connection, table) + " WHERE " + column + " = ?")) {
            select.setObject(1, key);
            try (ResultSet rs = select.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, String>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        String name = meta.getColumnLabel(c).toLowerCase(Locale.ROOT);
                        if (!INTERNAL_COLUMNS.contains(name)) {
                            row.put(name, Optional.ofNullable(rs.getString(c)).orElse(""));
                        }
                    }
                    rows.add(row);
                }
                return new PersonExport.Table(table, rows);
            }
        }
    }

    private static List<String> cues(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
