package org.smallwins.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.review.UnitOfWork;

/**
 * The sender's writes (a delivered reply leaving the outbox, a keyboard becoming live), on a thread of
 * their own so that a slow disk never holds up the pace, in order, and as many as are waiting in one
 * transaction. A write that fails is handed back ({@code failed}) to be tried again later.
 */
final class OutboxWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxWriter.class);

    /** One write, and what to do once it is committed. */
    record Write(Runnable work, Runnable done, Runnable failed) {}

    private final UnitOfWork transactions;
    private final Consumer<Runnable> onSenderThread;
    private final BlockingQueue<Write> writes = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** {@code onSenderThread} runs the callbacks where the sender's state lives. */
    OutboxWriter(UnitOfWork transactions, Consumer<Runnable> onSenderThread) {
        this.transactions = transactions;
        this.onSenderThread = onSenderThread;
        this.thread = new Thread(this::run, "outbox-writer");
        thread.setDaemon(true);
        thread.start();
    }

    void submit(Write write) {
        writes.add(write);
    }

    private void run() {
        while (running || !writes.isEmpty()) {
            try {
                Write first = writes.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Write> batch = new ArrayList<>(List.of(first));
                writes.drainTo(batch, 499);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void commit(List<Write> batch) {
        try {
            transactions.inTransaction(() -> {
                batch.forEach(write -> write.work().run());
                return null;
            });
            batch.forEach(write -> onSenderThread.accept(write.done()));
        } catch (RuntimeException e) {
            log.warn(
                    "Could not write {} sends to the database ({}); tried again later",
                    batch.size(),
                    e.getClass().getName());
            batch.forEach(write -> onSenderThread.accept(write.failed()));
        }
    }

    /** Finishes the writes already submitted (up to {@code limit}), then stops. */
    void finish(Duration limit) {
        running = false;
        try {
            thread.join(limit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finish(Duration.ofSeconds(1));
    }
}
