package org.smallwins.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.smallwins.review.Outbox;
import org.smallwins.review.Outgoing;
import org.smallwins.review.Reply;

/** The {@link Outbox} on H2: the {@code outbox} table, joined to the thread's transaction. */
public final class H2Outbox implements Outbox {
    private final Transactions transactions;

    public H2Outbox(Database database) {
        this.transactions = database.transactions();
    }

    @Override
    public void add(String personKey, List<Reply> replies, boolean urgent, Instant at) {
        if (replies.isEmpty()) {
            return;
        }
        transactions.run("Could not queue a reply", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO outbox (external_key, urgent, body, created_at) VALUES (?, ?, ?, ?)")) {
                for (Reply reply : replies) {
                    insert.setString(1, personKey);
                    insert.setBoolean(2, urgent);
                    insert.setString(3, ReplyJson.write(reply));
                    insert.setObject(4, H2ReviewStore.utc(at));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<Outgoing> pending(String transportPrefix, int limit) {
        return transactions.run(
                "Could not read the outbox",
                connection -> select(
                        connection,
                        "SELECT id, external_key, urgent, body, created_at FROM outbox WHERE external_key LIKE ?"
                                + " ORDER BY urgent DESC, id LIMIT ?",
                        transportPrefix.replace("%", "\\%").replace("_", "\\_") + "%",
                        limit));
    }

    @Override
    public List<Outgoing> pendingFor(String personKey) {
        return transactions.run(
                "Could not read the outbox",
                connection -> select(
                        connection,
                        "SELECT id, external_key, urgent, body, created_at FROM outbox WHERE external_key = ? ORDER BY id LIMIT ?",
                        personKey,
                        Integer.MAX_VALUE));
    }

    @Override
    public void sent(long id) {
        transactions.run("Could not mark a reply sent", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    private static List<Outgoing> select(Connection connection, String sql, String key, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key);
            select.setInt(2, limit);
            try (ResultSet rs = select.executeQuery()) {
                List<Outgoing> pending = new ArrayList<>();
                while (rs.next()) {
                    pending.add(new Outgoing(
                            rs.getLong(1),
                            rs.getString(2),
                            ReplyJson.read(rs.getString(4)),
                            rs.getBoolean(3),
                            H2ReviewStore.instant(rs, 5)));
                }
                return pending;
            }
        }
    }
}
