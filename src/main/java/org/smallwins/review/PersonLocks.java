package org.smallwins.review;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One event of a person at a time, whoever triggers it (a message, a button, a check-in). Striped
 * locks keep memory fixed however many people there are; two people sharing a stripe only wait for
 * each other's few milliseconds.
 */
final class PersonLocks {
    private static final int STRIPES = 256;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    PersonLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    <T> T with(String personKey, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(personKey.hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
