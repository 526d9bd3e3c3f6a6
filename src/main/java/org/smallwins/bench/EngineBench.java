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
 * Telegram adapter runs chats), and a sender-like thread taking replies out of the outbox meanwhile, at
 * the sender's pace (what is left is taken out after the clock stops).
 * Either all at once, for the throughput the core can give, or arriving at a fixed rate, for the delay
 * a person sees at that rate (from the moment the message arrives, queueing included).
 */
public final class EngineBench {
    private final Conversation conversation;
    private final Outbox outbox;
    private final SampleMessages samples;
    private final int workers;
    private final double sendsPerSecond;

    /**
     * @param workers threads handling messages (the Telegram adapter runs 8)
     * @param sendsPerSecond the pace at which replies are taken out of the outbox (the sender's)
     */
    public EngineBench(
            Conversation conversation, Outbox outbox, SampleMessages samples, int workers, double sendsPerSecond) {
        this.conversation = conversation;
        this.outbox = outbox;
        this.samples = samples;
        this.workers = workers;
        this.sendsPerSecond = sendsPerSecond;
    }

    /** What one run did. */
    public record Run(
            int people,
            int messages,
            double seconds,
            Latencies handling,
            Latencies response,
            long failures,
            double cpuSeconds) {
        public double messagesPerSecond() {
            return messages / seconds;
        }

        /** CPU used by the whole process per message (the drain and the JVM's own threads included). */
        public double cpuMillisPerMessage() {
            return cpuSeconds * 1000 / messages;
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
        Tally tally = new Tally(scripts.stream().mapToInt(List::size).sum());
        ExecutorService pool = Executors.newFixedThreadPool(workers, Threads.named("bench-worker"));
        OutboxDrain drain = OutboxDrain.start(outbox, keyPrefix, sendsPerSecond);
        // Each person's messages are chained: the next is handled only after the one before it.
        List<CompletableFuture<Void>> tails = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            tails.add(CompletableFuture.completedFuture(null));
        }
        long cpuStart = ProcessCpu.nanos();
        long start = System.nanoTime();
        int longest = scripts.stream().mapToInt(List::size).max().orElse(0);
        long arrived = 0;
        for (int m = 0; m < longest; m++) {
            for (int p = 0; p < people; p++) {
                if (m < scripts.get(p).size()) {
                    long arrival = perSecond > 0 ? start + (long) (arrived++ * 1e9 / perSecond) : start;
                    waitUntil(arrival);
                    Incoming message =
                            new Incoming(keyPrefix + p, scripts.get(p).get(m), Instant.EPOCH);
                    tails.set(p, tails.get(p).thenRunAsync(() -> tally.add(arrival, handle(message)), pool));
                }
            }
        }
        CompletableFuture.allOf(tails.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (ProcessCpu.nanos() - cpuStart) / 1e9;
        drain.stop();
        shutDown(pool);
        return tally.run(people, seconds, cpuSeconds);
    }

    /** Handles one message now; the time it took in the core, or -1 when it failed. */
    private long handle(Incoming message) {
        long begun = System.nanoTime();
        try {
            Handled handled = conversation.handle(
                    new Incoming(message.personKey(), message.text(), Instant.now(), message.deliveryKey()));
            boolean ok = handled.queued() && !handled.replies().isEmpty();
            return ok ? System.nanoTime() - begun : -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Times of handled messages, filled in by the workers. */
    private static final class Tally {
        private final long[] handling;
        private final long[] response;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicLong failures = new AtomicLong();

        Tally(int messages) {
            handling = new long[messages];
            response = new long[messages];
        }

        /** A message that arrived at {@code arrival} took {@code took} in the core (-1: it failed). */
        void add(long arrival, long took) {
            long end = System.nanoTime();
            int at = done.getAndIncrement();
            handling[at] = Math.max(took, 0);
            response[at] = end - arrival;
            if (took < 0) {
                failures.incrementAndGet();
            }
        }

        Run run(int people, double seconds, double cpuSeconds) {
            return new Run(
                    people,
                    handling.length,
                    seconds,
                    new Latencies(handling),
                    new Latencies(response),
                    failures.get(),
                    cpuSeconds);
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
