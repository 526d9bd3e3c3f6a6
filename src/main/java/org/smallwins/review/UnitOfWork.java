package org.smallwins.review;

import java.util.function.Supplier;

/**
 * Runs work as one transaction (implemented in {@code storage}): every store, outbox and inbox call made
 * inside it on the same thread commits together or not at all. A call made inside another joins it.
 */
@FunctionalInterface
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);

    /** For stores kept in memory (tests): the work runs as it is. */
    UnitOfWork NONE = new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
}
