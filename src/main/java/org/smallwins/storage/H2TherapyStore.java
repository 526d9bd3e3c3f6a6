package org.smallwins.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smallwins.progress.DueEve;
import org.smallwins.progress.TherapyDay;
import org.smallwins.progress.TherapyStore;

/** The {@link TherapyStore} on H2: the {@code therapy_days} table (SQL kept portable to PostgreSQL). */
public final class H2TherapyStore implements TherapyStore {
    private final Transactions transactions;

    public H2TherapyStore(Database database) {
        this.transactions = database.transactions();
    }

    @Override
    public Optional<TherapyDay> find(long personId) {
        return transactions.run("Could not read a therapy day", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT weekday, session_time FROM therapy_days WHERE person_id = ?")) {
                select.setLong(1, personId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(therapyDay(rs, 1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(long personId, TherapyDay therapy, Instant nextEve) {
        transactions.run("Could not save a therapy day", connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO therapy_days t USING (VALUES (CAST(? AS BIGINT))) v(p) ON t.person_id = v.p"
                            + " WHEN MATCHED THEN UPDATE SET weekday = ?, session_time = ?, next_eve = ?"
                            + " WHEN NOT MATCHED THEN INSERT (person_id, weekday, session_time, next_eve)"
                            + " VALUES (v.p, ?, ?, ?)")) {
                merge.setLong(1, personId);
                for (int first : new int[] {2, 5}) {
                    merge.setInt(first, therapy.day().getValue());
                    merge.setObject(first + 1, therapy.time().orElse(null), java.sql.Types.TIME);
                    merge.setObject(first + 2, H2ReviewStore.utc(nextEve));
                }
                return merge.executeUpdate();
            }
        });
    }

    @Override
    public boolean clear(long personId) {
        return transactions.run("Could not forget a therapy day", connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM therapy_days WHERE person_id = ?")) {
                delete.setLong(1, personId);
                return delete.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<DueEve> due(Instant now, Optional<DueEve> after, int limit) {
        return transactions.run("Could not find due evening-before messages", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT t.person_id, p.external_key, t.next_eve, t.weekday, t.session_time"
                            + " FROM therapy_days t JOIN people p ON p.id = t.person_id WHERE t.next_eve <= ?"
                            + (after.isPresent() ? " AND (t.next_eve > ? OR (t.next_eve = ? AND t.person_id > ?))" : "")
                            + " ORDER BY t.next_eve, t.person_id LIMIT ?")) {
                int p = 1;
                select.setObject(p++, H2ReviewStore.utc(now));
                if (after.isPresent()) {
                    select.setObject(p++, H2ReviewStore.utc(after.get().due()));
                    select.setObject(p++, H2ReviewStore.utc(after.get().due()));
                    select.setLong(p++, after.get().personId());
                }
                select.setInt(p, limit);
                try (ResultSet rs = select.executeQuery()) {
                    List<DueEve> due = new ArrayList<>();
                    while (rs.next()) {
                        due.add(new DueEve(
                                rs.getLong(1), rs.getString(2), H2ReviewStore.instant(rs, 3), therapyDay(rs, 4)));
                    }
                    return due;
                }
            }
        });
    }

    @Override
    public boolean claim(long personId, Instant due, Instant next) {
        return transactions.run("Could not claim an evening-before message", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE therapy_days SET next_eve = ? WHERE person_id = ? AND next_eve = ?")) {
                update.setObject(1, H2ReviewStore.utc(next));
                update.setLong(2, personId);
                update.setObject(3, H2ReviewStore.utc(due));
                return update.executeUpdate() == 1;
            }
        });
    }

    private static TherapyDay therapyDay(ResultSet rs, int first) throws SQLException {
        return new TherapyDay(
                DayOfWeek.of(rs.getInt(first)), Optional.ofNullable(rs.getObject(first + 1, LocalTime.class)));
    }
}
