package org.smallwins.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.smallwins.review.Conversation;
import org.smallwins.review.Handled;
import org.smallwins.review.Incoming;
import org.smallwins.review.Outbox;

/**
 * Simulated people doing whole reviews ({@code /review} and five answers) through the core, with no
 * transport: each person's messages in order, people in parallel on a fixed pool of workers (as the
 * Telegram adapter runs chats), and a sender-like thread taking replies out of the outbox meanwhile.
 * Either all at once, for the throughput the core can give, or arriving at a fixed rate, for the delay
 * a person sees at that rate (from the moment the message arrives, queueing included).
 */
public final class EngineBench {
    private final Conversation conversation;
    private final Outbox outbox;
    private final SampleMessages samples;
    private final int workers;

    public EngineBench(Conversation conversation, Outbox outbox, SampleMessages samples, int workers) {
        this.conversation = conversation;
        this.outbox = outbox;
        this.samples = samples;
        this.workers = workers;
    }

    /** What one run did. */
    public record Run(int people, int messages, double seconds, Latencies handling, Latencies response, long failures) {
        public double messagesPerSecond() {
            return messages / seconds;
        }
    }

    /** Every person sends their next message the moment the previous one is handled. */
    public Run allAtOnce(String keyPrefix, int people, long seed) {
        return drive(keyPrefix, scripts(people, seed), 0);
    }

    /** Messages arrive at {@code perSecond}, the people taking turns. */
    public Run paced(String keyPrefix, int people, long seed, double perSecond) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("a rate above zero: " + perSecond);
        }
        return drive(keyPrefix, scripts(people, seed), perSecond);
    }

    private List<List<String>> scripts(int people, long seed) {
        Random random = new Random(seed);
        List<List<String>> scripts = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            List<String> script = new ArrayList<>();
            script.add("/review");
            for (int q = 0; q < 5; q++) {
                script.add(samples.answer(random));
            }
            scripts.add(script);
        }
        return scripts;
    }

    private Run drive(String keyPrefix, List<List<String>> scripts, double perSecond) {
        int people = scripts.size();
        int total = scripts.stream().mapToInt(List::size).sum();
        long[] handling = new long[total];
        long[] response = new long[total];
        AtomicInteger done = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers, Threads.named("bench-worker"));
        OutboxDrain drain = OutboxDrain.start(outbox, keyPrefix);
        List<CompletableFuture<Void>> tails = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            tails.add(CompletableFuture.completedFuture(null));
        }
        long start = System.nanoTime();
        int longest = scripts.stream().mapToInt(List::size).max().orElse(0);
        long k = 0;
        for (int m = 0; m < longest; m++) {
            for (int p = 0; p < people; p++) {
                if (m >= scripts.get(p).size()) {
                    continue;
                }
                long arrival = perSecond > 0 ? start + (long) (k++ * 1e9 / perSecond) : start;
                waitUntil(arrival);
                String key = keyPrefix + p;
                String text = scripts.get(p).get(m);
                tails.set(
                        p,
                        tails.get(p)
                                .thenRunAsync(
                                        () -> {
                                            long begun = System.nanoTime();
                                            boolean ok = handle(key, text);
                                            long end = System.nanoTime();
                                            int at = done.getAndIncrement();
                                            handling[at] = end - begun;
                                            response[at] = end - arrival;
                                            if (!ok) {
                                                failures.incrementAndGet();
                                            }
                                        },
                                        pool));
            }
        }
        CompletableFuture.allOf(tails.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        drain.stop();
        shutDown(pool);
        return new Run(people, total, seconds, new Latencies(handling), new Latencies(response), failures.get());
    }

    private boolean handle(String key, String text) {
        try {
            Handled handled = conversation.handle(new Incoming(key, text, Instant.now()));
            return handled.queued() && !handled.replies().isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void waitUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    private static void shutDown(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
