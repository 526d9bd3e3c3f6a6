package org.smallwins.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.smallwins.review.Outbox;
import org.smallwins.review.Outgoing;

/**
 * Does to the database what a transport's sender does, without sending anything: reads the oldest unsent
 * replies and removes each as if it had been delivered, at the sender's pace (Telegram's cap for one bot,
 * 25 a second by default), so the engine benchmark carries that load too, and no more than it.
 */
final class OutboxDrain {
    private static final int BATCH = 100;

    private final Outbox outbox;
    private final String keyPrefix;
    private final long nanosPerReply;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    private OutboxDrain(Outbox outbox, String keyPrefix, double perSecond) {
        this.outbox = outbox;
        this.keyPrefix = keyPrefix;
        this.nanosPerReply = (long) (1e9 / perSecond);
        this.thread = Threads.named("bench-drain").newThread(this::drain);
    }

    static OutboxDrain start(Outbox outbox, String keyPrefix, double perSecond) {
        OutboxDrain drain = new OutboxDrain(outbox, keyPrefix, perSecond);
        drain.thread.start();
        return drain;
    }

    /** Until stopped; paced while the benchmark runs, then at once for what is left. */
    private void drain() {
        long next = System.nanoTime();
        while (true) {
            List<Outgoing> batch = outbox.pending(keyPrefix, BATCH);
            if (batch.isEmpty()) {
                if (!running.get()) {
                    return;
                }
                sleep(5_000_000);
            }
            for (Outgoing outgoing : batch) {
                if (running.get()) {
                    next = Math.max(next + nanosPerReply, System.nanoTime());
                    sleep(next - System.nanoTime());
                }
                outbox.sent(outgoing.id());
            }
        }
    }

    private static void sleep(long nanos) {
        if (nanos > 0) {
            LockSupport.parkNanos(nanos);
        }
    }

    void stop() {
        running.set(false);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
