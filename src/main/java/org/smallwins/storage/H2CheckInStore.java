package org.smallwins.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smallwins.checkin.CheckInPlan;
import org.smallwins.checkin.CheckInState;
import org.smallwins.checkin.CheckInStore;
import org.smallwins.checkin.DueCheckIn;
import org.smallwins.checkin.Schedule;

/**
 * The {@link CheckInStore} on H2: the {@code checkins} table, joined to the thread's transaction. The
 * SQL is the portable kind (no H2 extensions), for the PostgreSQL path in DESIGN.md.
 */
public final class H2CheckInStore implements CheckInStore {
    private static final String DUE = "SELECT c.person_id, p.external_key, c.next_due, c.weekday, c.time_of_day,"
            + " c.zone_id FROM checkins c JOIN people p ON p.id = c.person_id WHERE c.next_due <= ?";
    private static final String DUE_ORDER = " ORDER BY c.next_due, c.person_id FETCH FIRST ? ROWS ONLY";

    private final Transactions transactions;

    public H2CheckInStore(Database database) {
        this.transactions = database.transactions();
    }

    @Override
    public Optional<CheckInPlan> find(long personId) {
        return transactions.run("Could not read a check-in plan", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT weekday, time_of_day, zone_id, state, next_due, unanswered, offered FROM checkins"
                            + " WHERE person_id = ? FOR UPDATE")) {
                select.setLong(1, personId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(plan(personId, rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(CheckInPlan plan) {
        transactions.run("Could not save a check-in plan", connection -> {
            // UPDATE, then INSERT when there was no row: portable, and the caller holds the row lock (find).
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE checkins SET weekday = ?, time_of_day = ?, zone_id = ?, state = ?, next_due = ?,"
                            + " unanswered = ?, offered = ? WHERE person_id = ?")) {
                bind(update, plan);
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO checkins (weekday, time_of_day, zone_id, state, next_due, unanswered, offered,"
                            + " person_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(insert, plan);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<DueCheckIn> due(Instant now, int limit) {
        return transactions.run("Could not find due check-ins", connection -> {
            try (PreparedStatement select = connection.prepareStatement(DUE + DUE_ORDER)) {
                select.setObject(1, H2ReviewStore.utc(now));
                select.setInt(2, limit);
                return dueList(select);
            }
        });
    }

    @Override
    public List<DueCheckIn> dueAfter(DueCheckIn last, Instant now, int limit) {
        return transactions.run("Could not find due check-ins", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    DUE + " AND (c.next_due > ? OR (c.next_due = ? AND c.person_id > ?))" + DUE_ORDER)) {
                select.setObject(1, H2ReviewStore.utc(now));
                select.setObject(2, H2ReviewStore.utc(last.due()));
                select.setObject(3, H2ReviewStore.utc(last.due()));
                select.setLong(4, last.personId());
                select.setInt(5, limit);
                return dueList(select);
            }
        });
    }

    @Override
    public boolean claim(long personId, Instant seenDue, Instant next) {
        return transactions.run("Could not claim a check-in", connection -> {
            // Compare-and-set: of any number of racing claims, the first to commit moves next_due and the
            // rest find it changed (H2 and PostgreSQL both re-check the WHERE once the row lock is free).
            try (PreparedStatement claim = connection.prepareStatement(
                    "UPDATE checkins SET next_due = ? WHERE person_id = ? AND next_due = ? AND state = 'ON'")) {
                claim.setObject(1, H2ReviewStore.utc(next.truncatedTo(ChronoUnit.SECONDS)));
                claim.setLong(2, personId);
                claim.setObject(3, H2ReviewStore.utc(seenDue));
                return claim.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void answered(long personId) {
        transactions.run("Could not note a reply to a check-in", connection -> {
            try (PreparedStatement reset = connection.prepareStatement(
                    "UPDATE checkins SET unanswered = 0 WHERE person_id = ? AND unanswered > 0")) {
                reset.setLong(1, personId);
                return reset.executeUpdate();
            }
        });
    }

    @Override
    public void blocked(String personKey) {
        transactions.run("Could not pause the check-ins of a blocked chat", connection -> {
            try (PreparedStatement block =
                    connection.prepareStatement("UPDATE checkins SET state = 'BLOCKED', next_due = NULL"
                            + " WHERE person_id = (SELECT id FROM people WHERE external_key = ?)")) {
                block.setString(1, personKey);
                return block.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement statement, CheckInPlan plan) throws SQLException {
        if (plan.day().isPresent()) {
            statement.setInt(1, plan.day().get().getValue());
        } else {
            statement.setNull(1, Types.SMALLINT);
        }
        statement.setObject(2, plan.time().orElse(null), Types.TIME);
        statement.setString(3, plan.zone().getId());
        statement.setString(4, plan.state().name());
        statement.setObject(5, plan.nextDue().map(H2ReviewStore::utc).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setInt(6, plan.unanswered());
        statement.setBoolean(7, plan.offered());
        statement.setLong(8, plan.personId());
    }

    private static CheckInPlan plan(long personId, ResultSet rs) throws SQLException {
        int weekday = rs.getInt(1);
        Optional<DayOfWeek> day = rs.wasNull() ? Optional.empty() : Optional.of(DayOfWeek.of(weekday));
        return new CheckInPlan(
                personId,
                day,
                Optional.ofNullable(rs.getObject(2, LocalTime.class)),
                ZoneId.of(rs.getString(3)),
                CheckInState.valueOf(rs.getString(4)),
                Optional.ofNullable(rs.getObject(5, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                rs.getInt(6),
                rs.getBoolean(7));
    }

    private static List<DueCheckIn> dueList(PreparedStatement select) throws SQLException {
        try (ResultSet rs = select.executeQuery()) {
            List<DueCheckIn> due = new ArrayList<>();
            while (rs.next()) {
                Schedule schedule = new Schedule(
                        DayOfWeek.of(rs.getInt(4)), rs.getObject(5, LocalTime.class), ZoneId.of(rs.getString(6)));
                due.add(new DueCheckIn(rs.getLong(1), rs.getString(2), H2ReviewStore.instant(rs, 3), schedule));
            }
            return due;
        }
    }
}
