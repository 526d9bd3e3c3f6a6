package org.smallwins.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link KeyboardStore} in the database: the adapter's own table, {@code telegram_keyboards}, one row
 * a chat (migration V8). Each call is a short transaction of its own; the SQL is portable to PostgreSQL.
 */
final class SqlKeyboards implements KeyboardStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DataSource database;
    private final Clock clock;

    SqlKeyboards(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Work on one connection. */
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T run(String what, Work<T> work) {
        try (Connection connection = database.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(what + " (" + e.getSQLState() + ")", e);
        }
    }

    @Override
    public Optional<Live> find(String personKey) {
        return run("Could not read a keyboard", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT keyboard_no, commands FROM telegram_keyboards WHERE external_key = ?")) {
                select.setString(1, personKey);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Live(rs.getLong(1), commands(rs.getString(2))))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(String personKey, Live keyboard) {
        String commands = json(keyboard.commands());
        run("Could not keep a keyboard", connection -> {
            // Update, else insert: portable, and only the sender thread saves, so two saves never race.
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE telegram_keyboards SET keyboard_no = ?, commands = ?, shown_at = ? WHERE external_key = ?")) {
                update.setLong(1, keyboard.number());
                update.setString(2, commands);
                update.setObject(3, clock.instant().atOffset(ZoneOffset.UTC));
                update.setString(4, personKey);
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO telegram_keyboards (external_key, keyboard_no, commands, shown_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, personKey);
                insert.setLong(2, keyboard.number());
                insert.setString(3, commands);
                insert.setObject(4, clock.instant().atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean retire(String personKey, long number) {
        return run("Could not retire a keyboard", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM telegram_keyboards WHERE external_key = ? AND keyboard_no = ?")) {
                delete.setString(1, personKey);
                delete.setLong(2, number);
                return delete.executeUpdate() == 1;
            }
        });
    }

    @Override
    public long highestNumber() {
        return run("Could not read the keyboards", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT COALESCE(MAX(keyboard_no), 0) FROM telegram_keyboards");
                    ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static String json(List<String> commands) {
        try {
            return JSON.writeValueAsString(commands);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }

    private static List<String> commands(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a keyboard row is not a list of commands", e);
        }
    }
}
