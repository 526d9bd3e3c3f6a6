package org.smallwins.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the full analysis of each message against the bare library calls on the same message. The two
 * are interleaved message by message (in alternating order), so that a burst of load from elsewhere on
 * the machine falls on both alike and their ratio stays meaningful on a shared machine. Each call's CPU
 * time is taken beside its wall time: on a busy machine the CPU time still says what the work costs.
 */
public final class AnalysisBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Keeps every result reachable, so the JIT cannot drop the work that made it. */
    private static volatile int sink;

    private final List<String> messages;
    private final int warmUpMessages;
    private final int passes;

    /**
     * @param warmUpMessages calls of each kind before timing starts (over the messages, round and round)
     * @param passes timed passes over all the messages
     */
    public AnalysisBench(List<String> messages, int warmUpMessages, int passes) {
        if (messages.isEmpty() || passes < 1 || warmUpMessages < 0) {
            throw new IllegalArgumentException("need messages, a pass or more, and no negative warm-up");
        }
        this.messages = List.copyOf(messages);
        this.warmUpMessages = warmUpMessages;
        this.passes = passes;
    }

    /** The full and the bare handling of every message, {@code passes} times after the warm-up. */
    public Paired paired(MessageWork full, MessageWork bare) {
        for (int i = 0; i < warmUpMessages; i++) {
            int at = i % messages.size();
            time(full, messages.get(at), at);
            time(bare, messages.get(at), at);
        }
        int n = messages.size();
        Samples fullSamples = new Samples(n * passes);
        Samples bareSamples = new Samples(n * passes);
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < n; i++) {
                String message = messages.get(i);
                if ((i + pass) % 2 == 0) {
                    bareSamples.add(bare, message, i);
                    fullSamples.add(full, message, i);
                } else {
                    fullSamples.add(full, message, i);
                    bareSamples.add(bare, message, i);
                }
            }
        }
        return new Paired(fullSamples.wall(), bareSamples.wall(), fullSamples.cpu(), bareSamples.cpu());
    }

    /** Each part alone over every message, once (run after {@link #paired}, so already warm): wall time. */
    public Map<String, Latencies> parts(Map<String, MessageWork> parts) {
        Map<String, Latencies> result = new LinkedHashMap<>();
        parts.forEach((name, work) -> {
            Samples samples = new Samples(messages.size());
            for (int i = 0; i < messages.size(); i++) {
                samples.add(work, messages.get(i), i);
            }
            result.put(name, samples.wall());
        });
        return result;
    }

    private static long time(MessageWork work, String message, int number) {
        long start = System.nanoTime();
        Object result = work.run(message, number);
        long elapsed = System.nanoTime() - start;
        sink += System.identityHashCode(result);
        return elapsed;
    }

    /** Wall and CPU times of calls, in order. */
    private static final class Samples {
        private final long[] wall;
        private final long[] cpu;
        private int count;

        Samples(int size) {
            wall = new long[size];
            cpu = new long[size];
        }

        void add(MessageWork work, String message, int number) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            wall[count] = time(work, message, number);
            cpu[count++] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }

        Latencies wall() {
            return Latencies.of(wall, count);
        }

        Latencies cpu() {
            return Latencies.of(cpu, count);
        }
    }

    /** The full analysis and the bare calls over the same messages: wall and CPU times. */
    public record Paired(Latencies full, Latencies bare, Latencies fullCpu, Latencies bareCpu) {
        /** Our own overhead: the median full analysis over the median bare calls. */
        public double ratio() {
            return (double) full.percentile(50) / bare.percentile(50);
        }

        /** The same in CPU time, which load from elsewhere on the machine hardly moves. */
        public double cpuRatio() {
            return (double) fullCpu.percentile(50) / bareCpu.percentile(50);
        }
    }
}
