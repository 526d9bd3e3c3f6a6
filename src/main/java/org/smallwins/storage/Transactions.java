package org.smallwins.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.smallwins.review.UnitOfWork;

/**
 * Transactions over the database, shared by every store: work run in {@link #inTransaction} binds one
 * connection to the thread, and every store call on that thread uses it, so an event's state changes
 * and its replies commit together. Outside a transaction each call is its own (auto-commit).
 */
public final class Transactions implements UnitOfWork {
    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = ThreadLocal.withInitial(ArrayList::new);

    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        T result;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                result = work.get();
                connection.commit();
            } catch (RuntimeException | Error e) {
                afterCommit.get().clear();
                rollback(connection, e);
                throw e;
            } finally {
                current.remove();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            afterCommit.get().clear();
            throw new StorageException("Could not commit a transaction", e);
        }
        // The connection is back in the pool: the actions may take the whole database (compaction).
        List<Runnable> actions = List.copyOf(afterCommit.get());
        afterCommit.get().clear();
        actions.forEach(Runnable::run);
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        if (current.get() == null) {
            action.run();
        } else {
            afterCommit.get().add(action);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(new StorageException("Could not roll a transaction back", e));
        }
    }

    /** Work on one connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} on the thread's transaction, or on a connection of its own when there is none. */
    <T> T run(String what, Work<T> work) {
        Connection bound = current.get();
        try {
            if (bound != null) {
                return work.run(bound);
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw new StorageException(what, e);
        }
    }
}
