package org.smallwins.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.smallwins.review.Inbox;
import org.smallwins.review.InboxItem;

/** The {@link Inbox} on H2: the {@code inbox} table. */
public final class H2Inbox implements Inbox {
    private final Transactions transactions;

    public H2Inbox(Database database) {
        this.transactions = database.transactions();
    }

    @Override
    public boolean add(InboxItem item) {
        return transactions.run("Could not store a delivery", connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO inbox i USING (VALUES (CAST(? AS VARCHAR(64)))) v(k) ON i.delivery_key = v.k"
                            + " WHEN NOT MATCHED THEN INSERT (delivery_key, external_key, payload, received_at)"
                            + " VALUES (v.k, ?, ?, ?)")) {
                merge.setString(1, item.deliveryKey());
                merge.setString(2, item.personKey());
                merge.setString(3, item.payload());
                merge.setObject(4, H2ReviewStore.utc(item.receivedAt()));
                return merge.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<InboxItem> all() {
        return transactions.run("Could not read the inbox", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT delivery_key, external_key, payload, received_at FROM inbox ORDER BY seq");
                    ResultSet rs = select.executeQuery()) {
                List<InboxItem> items = new ArrayList<>();
                while (rs.next()) {
                    items.add(new InboxItem(
                            rs.getString(1), rs.getString(2), rs.getString(3), H2ReviewStore.instant(rs, 4)));
                }
                return items;
            }
        });
    }

    @Override
    public void remove(String deliveryKey) {
        transactions.run("Could not forget a delivery", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM inbox WHERE delivery_key = ?")) {
                delete.setString(1, deliveryKey);
                return delete.executeUpdate();
            }
        });
    }
}
