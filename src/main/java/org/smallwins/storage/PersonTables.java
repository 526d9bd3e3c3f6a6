package org.smallwins.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which tables hold rows about a person, read from the catalogue so that a table added by a later
 * migration is exported and erased without anyone remembering to list it here.
 *
 * <p>The convention every migration follows: a table with rows about a person has a {@code person_id}
 * column (referencing {@code people}) or an {@code external_key} column (the transport key, e.g. for
 * what arrives before a person row exists), or is listed in {@link #ERASED_WITH_PARENT} because its rows
 * are deleted with their parent's (ON DELETE CASCADE). A table about no one is listed in
 * {@link #ABOUT_NO_ONE}. Names are unquoted in the migrations (H2 stores them upper case, PostgreSQL lower
 * case). {@code PersonDataIT} fails when a table fits none of these rules.
 */
final class PersonTables {
    /** Tables whose rows go with a parent row that is about a person (foreign key ON DELETE CASCADE). */
    static final Set<String> ERASED_WITH_PARENT = Set.of(
            "answers", // with their review
            "answer_cues"); // with their answer: the same cue words, one to a row, for weekly counts

    /** Tables that hold nothing about anyone. */
    static final Set<String> ABOUT_NO_ONE = Set.of(
            "deliveries", // Telegram update ids already handled, kept a week: no chat, no text
            "flyway_schema_history");

    /** The tables in this schema keyed by person, {@code people} itself left out. */
    record Keyed(List<String> byPersonId, List<String> byExternalKey) {}

    private PersonTables() {}

    static Keyed find(Connection connection) throws SQLException {
        return new Keyed(
                withColumn(connection, "person_id"), without(withColumn(connection, "external_key"), "people"));
    }

    /** Every table of the current schema (lower case), for the check that each one is covered. */
    static List<String> all(Connection connection) throws SQLException {
        return spelled(connection).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    /** Every table of the current schema, spelled as the catalogue spells it (ready for {@code "…"}). */
    static List<String> spelled(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT table_name FROM information_schema.tables"
                        + " WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND table_type IN ('BASE TABLE', 'TABLE')"
                        + " ORDER BY 1");
                ResultSet rs = select.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    /** An identifier from the catalogue, quoted as the catalogue spells it (upper case in H2, lower in PostgreSQL). */
    static String quoted(Connection connection, String table) throws SQLException {
        String spelled = connection.getMetaData().storesUpperCaseIdentifiers()
                ? table.toUpperCase(Locale.ROOT)
                : table.toLowerCase(Locale.ROOT);
        return '"' + spelled.replace("\"", "\"\"") + '"';
    }

    private static List<String> withColumn(Connection connection, String column) throws SQLException {
        return names(
                connection,
                "SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t"
                        + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                        + " WHERE LOWER(c.table_schema) = LOWER(CURRENT_SCHEMA) AND t.table_type IN ('BASE TABLE', 'TABLE')"
                        + " AND LOWER(c.column_name) = ?",
                column);
    }

    private static List<String> names(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql + " ORDER BY 1")) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            try (ResultSet rs = select.executeQuery()) {
                List<String> names = new ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
                return names;
            }
        }
    }

    private static List<String> without(List<String> tables, String left) {
        return tables.stream().filter(t -> !t.equals(left)).toList();
    }
}
