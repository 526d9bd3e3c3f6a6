package org.smallwins.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each chat's work in arrival order, and different chats in parallel on a shared pool. A chat
 * runs one piece of work at a time and then goes to the back of the pool's line, so a chat with a long
 * queue does not hold a thread while others wait. A piece of work that fails is logged and the chat's
 * next piece runs all the same.
 */
final class ChatQueues implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChatQueues.class);
    private final ExecutorService pool;
    /** Work waiting per chat; a chat is here while it has work waiting or running. Guarded by {@code this}. */
    private final Map<String, Deque<Runnable>> chats = new HashMap<>();

    private boolean stopping;

    ChatQueues(ExecutorService pool) {
        this.pool = pool;
    }

    void submit(String chat, Runnable work) {
        synchronized (this) {
            if (stopping) {
                return;
            }
            Deque<Runnable> queue = chats.get(chat);
            if (queue != null) {
                queue.add(work);
                return;
            }
            queue = new ArrayDeque<>();
            queue.add(work);
            chats.put(chat, queue);
        }
        pool.execute(() -> runNext(chat));
    }

    private void runNext(String chat) {
        Runnable work;
        synchronized (this) {
            work = stopping ? null : chats.get(chat).poll();
            if (work == null) {
                chats.remove(chat);
                notifyAll();
                return;
            }
        }
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            log.error(
                    "A chat's work failed ({}); its next work goes on",
                    e.getClass().getName());
        }
        boolean more;
        synchronized (this) {
            more = !stopping && !chats.get(chat).isEmpty();
            if (!more) {
                chats.remove(chat);
                notifyAll();
            }
        }
        if (more) {
            pool.execute(() -> runNext(chat));
        }
    }

    /** Waits until all work submitted so far is done, or {@code limit} passes; true when idle. */
    synchronized boolean awaitIdle(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!chats.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /**
     * Starts no more work: what is running finishes (up to {@code limit}), what waits is left (its update
     * stays in the inbox for the next start). True when everything running finished in time.
     */
    boolean stop(Duration limit) throws InterruptedException {
        synchronized (this) {
            stopping = true;
        }
        boolean finished = awaitIdle(limit);
        pool.shutdown();
        return finished;
    }

    @Override
    public void close() {
        synchronized (this) {
            stopping = true;
        }
        pool.shutdownNow();
    }
}
