package org.smallwins.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.smallwins.review.Outbox;
import org.smallwins.review.Outgoing;

/**
 * Does to the database what a transport's sender does, without sending anything: reads the oldest unsent
 * replies and removes each as if it had been delivered, so the engine benchmark carries that load too.
 */
final class OutboxDrain {
    private static final int BATCH = 100;

    private final Outbox outbox;
    private final String keyPrefix;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    private OutboxDrain(Outbox outbox, String keyPrefix) {
        this.outbox = outbox;
        this.keyPrefix = keyPrefix;
        this.thread = Threads.named("bench-drain").newThread(this::drain);
    }

    static OutboxDrain start(Outbox outbox, String keyPrefix) {
        OutboxDrain drain = new OutboxDrain(outbox, keyPrefix);
        drain.thread.start();
        return drain;
    }

    /** Until stopped and the outbox is empty: what was queued before the stop is still taken out. */
    private void drain() {
        while (true) {
            List<Outgoing> batch = outbox.pending(keyPrefix, BATCH);
            if (batch.isEmpty()) {
                if (!running.get()) {
                    return;
                }
                sleep();
            }
            batch.forEach(outgoing -> outbox.sent(outgoing.id()));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
