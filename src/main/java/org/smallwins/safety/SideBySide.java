package org.smallwins.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The readings of one message (each sentence, then the message whole), worked on by the caller's thread
 * and, side by side with it, by helper threads on the other cores, for a long message's wait: six
 * sentences are seven embeddings. Each reading is done exactly once, by whichever thread claims it first;
 * the caller takes them in order and does any not yet started itself, so it never waits behind a queue
 * when the helpers are busy with other people's messages, and with every core busy it is no slower than
 * one thread alone. Nothing is skipped: a reading that fails fails the whole, as it would on one thread.
 * (Each reading is a {@link FutureTask}, which runs once, for the first thread that runs it.)
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
        // A FutureTask runs at most once, by the first thread to run it; a later run() returns at once.
        List<FutureTask<RiskLevel>> tasks = new ArrayList<>();
        readings.forEach(reading -> tasks.add(new FutureTask<>(reading::get)));
        // The helpers start from the end (the whole, the longest), the caller from the start.
        for (int i = tasks.size() - 1; i >= 1; i--) {
            helpers.execute(tasks.get(i));
        }
        RiskLevel level = RiskLevel.NONE;
        try {
            for (FutureTask<RiskLevel> task : tasks) {
                task.run(); // here, unless a helper has started it
                level = level.max(result(task));
                if (level == RiskLevel.URGENT) {
                    break;
                }
            }
        } finally {
            tasks.forEach(task -> task.cancel(false)); // a helper that has not started one will not
        }
        return level;
    }

    /**
     * What the reading gave, or what it threw, as it threw it. A reading lasts milliseconds: an interrupt
     * (a shutdown) waits for it and is kept, as on one thread.
     */
    private static RiskLevel result(FutureTask<RiskLevel> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    if (e.getCause() instanceof Error failure) {
                        throw failure;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
