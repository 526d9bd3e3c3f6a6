package org.smallwins.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The readings of one message (each sentence, then the message whole), worked on by the caller's thread
 * and, side by side with it, by helper threads on the other cores, for a long message's wait: six
 * sentences are seven embeddings. Each reading is done exactly once, by whichever thread claims it first;
 * the caller takes them in order and does any not yet started itself, so it never waits behind a queue
 * when the helpers are busy with other people's messages, and with every core busy it is no slower than
 * one thread alone. Nothing is skipped: a reading that fails fails the whole, as it would on one thread.
 */
final class SideBySide {
    private static final class Shared {
        static final SideBySide INSTANCE = new SideBySide(Runtime.getRuntime().availableProcessors() - 1);
    }

    private final ExecutorService helpers; // null on one core: everything on the caller's thread

    SideBySide(int helperThreads) {
        this.helpers = helperThreads < 1
                ? null
                : Executors.newFixedThreadPool(helperThreads, runnable -> {
                    Thread thread = new Thread(runnable, "risk-readings");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** One helper a spare core, for the whole process. */
    static SideBySide shared() {
        return Shared.INSTANCE;
    }

    /** The highest level of the readings; once one is URGENT the ones not yet started are left. */
    RiskLevel highest(List<Supplier<RiskLevel>> readings) {
        if (helpers == null || readings.size() < 2) {
            RiskLevel level = RiskLevel.NONE;
            for (Supplier<RiskLevel> reading : readings) {
                level = level.max(reading.get());
                if (level == RiskLevel.URGENT) {
                    break;
                }
            }
            return level;
        }
        List<Claim> claims = new ArrayList<>();
        readings.forEach(reading -> claims.add(new Claim(reading)));
        // The helpers start from the end (the whole, the longest), the caller from the start.
        for (int i = claims.size() - 1; i >= 1; i--) {
            helpers.execute(claims.get(i)::runIfUnclaimed);
        }
        RiskLevel level = RiskLevel.NONE;
        try {
            for (Claim claim : claims) {
                level = level.max(claim.result());
                if (level == RiskLevel.URGENT) {
                    break;
                }
            }
        } finally {
            claims.forEach(Claim::leave);
        }
        return level;
    }

    /** One reading, done by the first thread to claim it. */
    private static final class Claim {
        private static final int OPEN = 0;
        private static final int TAKEN = 1;
        private static final int LEFT = 2;
        private final Supplier<RiskLevel> reading;
        private final AtomicInteger state = new AtomicInteger(OPEN);
        private final CompletableFuture<RiskLevel> done = new CompletableFuture<>();

        Claim(Supplier<RiskLevel> reading) {
            this.reading = reading;
        }

        void runIfUnclaimed() {
            if (state.compareAndSet(OPEN, TAKEN)) {
                try {
                    done.complete(reading.get());
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                }
            }
        }

        /** The level: read here if no helper has started it, else what the helper reads. */
        RiskLevel result() {
            runIfUnclaimed();
            try {
                return done.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error failure) {
                    throw failure;
                }
                throw e;
            }
        }

        /** No longer needed: a helper that has not started it will not. */
        void leave() {
            state.compareAndSet(OPEN, LEFT);
        }
    }
}
