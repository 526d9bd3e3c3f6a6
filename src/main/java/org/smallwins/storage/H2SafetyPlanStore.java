package org.smallwins.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smallwins.safetyplan.Asking;
import org.smallwins.safetyplan.PlanStep;
import org.smallwins.safetyplan.SafetyPlan;
import org.smallwins.safetyplan.SafetyPlanStore;

/**
 * The {@link SafetyPlanStore} on H2 (tables {@code safety_plans} and {@code safety_plan_steps}, V7),
 * joined to the thread's transaction. Reads run under a savepoint: a crisis reply reads the plan, and a
 * failed read must leave the event's transaction usable (PostgreSQL refuses every later statement of a
 * transaction in which one failed), so that the crisis reply and its record are still kept.
 */
public final class H2SafetyPlanStore implements SafetyPlanStore {
    private final Transactions transactions;

    public H2SafetyPlanStore(Database database) {
        this.transactions = database.transactions();
    }

    @Override
    public SafetyPlan find(long personId) {
        return read("read a safety plan", connection -> select(connection, personId));
    }

    /** A read inside the event's transaction that, failing, takes nothing else down with it. */
    private <T> T read(String what, Transactions.Work<T> work) {
        return transactions.run("Could not " + what, connection -> {
            Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
            try {
                T result = work.run(connection);
                if (savepoint != null) {
                    connection.releaseSavepoint(savepoint);
                }
                return result;
            } catch (SQLException e) {
                if (savepoint != null) {
                    rollBackTo(connection, savepoint, e);
                }
                throw e;
            }
        });
    }

    private static SafetyPlan select(Connection connection, long personId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT step, step_text, updated_at FROM safety_plan_steps WHERE person_id = ?")) {
            select.setLong(1, personId);
            try (ResultSet rs = select.executeQuery()) {
                List<SafetyPlan.Entry> entries = new ArrayList<>();
                while (rs.next()) {
                    entries.add(new SafetyPlan.Entry(
                            PlanStep.valueOf(rs.getString(1)), rs.getString(2), H2ReviewStore.instant(rs, 3)));
                }
                return new SafetyPlan(personId, entries);
            }
        }
    }

    private static void rollBackTo(Connection connection, Savepoint savepoint, SQLException cause) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void save(long personId, PlanStep step, String text, Instant at) {
        update("save a step of a safety plan", connection -> {
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO safety_plan_steps s USING (VALUES"
                    + " (CAST(? AS BIGINT), CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(4000)),"
                    + " CAST(? AS TIMESTAMP WITH TIME ZONE))) v(p, st, t, u) ON s.person_id = v.p AND s.step = v.st"
                    + " WHEN MATCHED THEN UPDATE SET step_text = v.t, updated_at = v.u"
                    + " WHEN NOT MATCHED THEN INSERT (person_id, step, step_text, updated_at)"
                    + " VALUES (v.p, v.st, v.t, v.u)")) {
                merge.setLong(1, personId);
                merge.setString(2, step.name());
                merge.setString(3, text);
                merge.setObject(4, H2ReviewStore.utc(at));
                merge.executeUpdate();
            }
        });
    }

    @Override
    public void clear(long personId, PlanStep step) {
        update("clear a step of a safety plan", connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM safety_plan_steps WHERE person_id = ? AND step = ?")) {
                delete.setLong(1, personId);
                delete.setString(2, step.name());
                delete.executeUpdate();
            }
        });
    }

    @Override
    public void clearAll(long personId) {
        update("clear a safety plan", connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM safety_plan_steps WHERE person_id = ?")) {
                delete.setLong(1, personId);
                delete.executeUpdate();
            }
            // The row stays for the one-time offer after a crisis; only where the conversation was goes.
            try (PreparedStatement reset = connection.prepareStatement(
                    "UPDATE safety_plans SET asking_step = NULL, asking_guided = FALSE, asking_number = FALSE"
                            + " WHERE person_id = ?")) {
                reset.setLong(1, personId);
                reset.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Asking> asking(long personId) {
        return read("read where a safety plan is", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT asking_step, asking_guided, asking_number FROM safety_plans WHERE person_id = ?")) {
                select.setLong(1, personId);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next() || rs.getString(1) == null) {
                        return Optional.empty();
                    }
                    return Optional.of(
                            new Asking(PlanStep.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getBoolean(3)));
                }
            }
        });
    }

    @Override
    public void setAsking(long personId, Optional<Asking> asking, Instant at) {
        update("keep where a safety plan is", connection -> {
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO safety_plans s USING (VALUES"
                    + " (CAST(? AS BIGINT), CAST(? AS VARCHAR(20)), CAST(? AS BOOLEAN), CAST(? AS BOOLEAN),"
                    + " CAST(? AS TIMESTAMP WITH TIME ZONE))) v(p, st, g, n, u) ON s.person_id = v.p"
                    + " WHEN MATCHED THEN UPDATE SET asking_step = v.st, asking_guided = v.g, asking_number = v.n,"
                    + " updated_at = v.u WHEN NOT MATCHED THEN INSERT"
                    + " (person_id, asking_step, asking_guided, asking_number, updated_at)"
                    + " VALUES (v.p, v.st, v.g, v.n, v.u)")) {
                merge.setLong(1, personId);
                merge.setString(2, asking.map(a -> a.step().name()).orElse(null));
                merge.setBoolean(3, asking.map(Asking::guided).orElse(false));
                merge.setBoolean(4, asking.map(Asking::forNumber).orElse(false));
                merge.setObject(5, H2ReviewStore.utc(at));
                merge.executeUpdate();
            }
        });
    }

    @Override
    public boolean claimCrisisOffer(long personId, Instant at) {
        return transactions.run("Could not note the offer of a safety plan", connection -> {
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO safety_plans s USING (VALUES"
                    + " (CAST(? AS BIGINT), CAST(? AS TIMESTAMP WITH TIME ZONE))) v(p, u) ON s.person_id = v.p"
                    + " WHEN MATCHED AND s.crisis_offer_at IS NULL THEN UPDATE SET crisis_offer_at = v.u"
                    + " WHEN NOT MATCHED THEN INSERT (person_id, asking_guided, asking_number, crisis_offer_at,"
                    + " updated_at) VALUES (v.p, FALSE, FALSE, v.u, v.u)")) {
                merge.setLong(1, personId);
                merge.setObject(2, H2ReviewStore.utc(at));
                return merge.executeUpdate() == 1;
            }
        });
    }

    private void update(String what, Update work) {
        transactions.run("Could not " + what, connection -> {
            work.run(connection);
            return null;
        });
    }

    private interface Update {
        void run(Connection connection) throws SQLException;
    }
}
