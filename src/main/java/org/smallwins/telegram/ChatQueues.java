package org.smallwins.telegram;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each chat's work in arrival order, and different chats in parallel on a shared pool: every chat
 * has a tail future and new work is chained after it.
 */
final class ChatQueues implements AutoCloseable {
    private final ExecutorService pool;
    private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    ChatQueues(ExecutorService pool) {
        this.pool = pool;
    }

    void submit(long chatId, Runnable work) {
        CompletableFuture<Void> tail = tails.compute(
                chatId, (id, previous) -> (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
                        .thenRunAsync(work, pool));
        // Forget a chat once its last piece of work is done, so the map does not grow with every chat ever seen.
        tail.whenComplete((ignored, error) -> tails.remove(chatId, tail));
    }

    /** Waits until all work submitted so far is done, or {@code limit} passes; true when idle. */
    boolean awaitIdle(Duration limit) throws InterruptedException {
        try {
            CompletableFuture.allOf(tails.values().toArray(CompletableFuture[]::new))
                    .exceptionally(error -> null)
                    .get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
