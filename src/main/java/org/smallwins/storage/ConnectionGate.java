package org.smallwins.storage;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The bot's one way to the database: pooled connections that pass a gate, which compaction can close for a
 * short exclusive window while it rewrites the file with no connection open, and then reopen on a new pool.
 *
 * <p>Each connection holds one permit until it is closed; the window takes them all. The semaphore is
 * fair, so a waiting window holds back new connections instead of starving behind them. Code must not
 * wait on anything else while it holds a connection, or the window times out (and is tried again later).
 */
final class ConnectionGate implements DataSource {
    private static final int ALL = 1 << 20;
    private final Semaphore permits = new Semaphore(ALL, true);
    private final Supplier<JdbcConnectionPool> pools;
    private volatile JdbcConnectionPool pool;
    private volatile boolean closed;

    ConnectionGate(Supplier<JdbcConnectionPool> pools, JdbcConnectionPool first) {
        this.pools = pools;
        this.pool = first;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the database", "08001");
        }
        try {
            if (closed) {
                throw new SQLException("The database is closed", "08003");
            }
            return released(pool.getConnection());
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** The work to do while no connection is open and the pool is gone. */
    interface Exclusive<T> {
        T run() throws SQLException;
    }

    /**
     * Waits up to {@code wait} for every connection to be closed, disposes of the pool, runs {@code work},
     * then opens a fresh pool. Connections asked for meanwhile wait for the window to end.
     */
    <T> T exclusively(Duration wait, Exclusive<T> work) throws SQLException {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(ALL, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the database to be free", "08001");
        }
        if (!acquired) {
            throw new SQLException("Connections were still open after " + wait.toSeconds() + " s", "HYT00");
        }
        try {
            pool.dispose();
            return work.run();
        } finally {
            try {
                if (!closed) {
                    pool = pools.get();
                }
            } finally {
                permits.release(ALL);
            }
        }
    }

    void close() {
        closed = true;
        pool.dispose();
    }

    /** A connection whose {@code close()} gives its permit back (once, however often it is called). */
    private Connection released(Connection connection) {
        AtomicBoolean released = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    boolean closing = method.getName().equals("close") && method.getParameterCount() == 0;
                    if (closing && released.get()) {
                        return null;
                    }
                    if (method.getName().equals("isClosed") && released.get()) {
                        return true;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (closing && released.compareAndSet(false, true)) {
                            permits.release();
                        }
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The gate hands out connections with the bot's own credentials");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
