package org.smallwins.review;

import java.util.function.Supplier;

/**
 * Runs work as one transaction (implemented in {@code storage}): every store, outbox and inbox call made
 * inside it on the same thread commits together or not at all. A call made inside another joins it.
 */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code action} once the current transaction has committed (at once when there is none), on the
     * same thread: for work that must not hold the event's transaction open, such as rewriting the database
     * file after an erasure. Not run when the transaction rolls back.
     */
    void afterCommit(Runnable action);

    /** For stores kept in memory (tests): the work runs as it is. */
    UnitOfWork NONE = new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }

        @Override
        public void afterCommit(Runnable action) {
            action.run();
        }
    };
}
