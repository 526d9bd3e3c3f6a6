package org.smallwins.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the full analysis of each message against the bare library calls on the same message. The two
 * are interleaved message by message (in alternating order), so that a burst of load from elsewhere on
 * the machine falls on both alike and their ratio stays meaningful on a shared machine.
 */
public final class AnalysisBench {
    /** Keeps every result reachable, so the JIT cannot drop the work that made it. */
    private static volatile int sink;

    private final List<String> messages;
    private final int warmUpPasses;
    private final int passes;

    public AnalysisBench(List<String> messages, int warmUpPasses, int passes) {
        if (messages.isEmpty() || passes < 1 || warmUpPasses < 0) {
            throw new IllegalArgumentException("need messages, a pass or more, and no negative warm-up");
        }
        this.messages = List.copyOf(messages);
        this.warmUpPasses = warmUpPasses;
        this.passes = passes;
    }

    /** The full and the bare handling of every message, {@code passes} times after the warm-up. */
    public Paired paired(MessageWork full, MessageWork bare) {
        int n = messages.size();
        long[] fullNanos = new long[n * passes];
        long[] bareNanos = new long[n * passes];
        for (int pass = -warmUpPasses; pass < passes; pass++) {
            for (int i = 0; i < n; i++) {
                String message = messages.get(i);
                long f;
                long b;
                if ((i + pass) % 2 == 0) {
                    b = time(bare, message, i);
                    f = time(full, message, i);
                } else {
                    f = time(full, message, i);
                    b = time(bare, message, i);
                }
                if (pass >= 0) {
                    fullNanos[pass * n + i] = f;
                    bareNanos[pass * n + i] = b;
                }
            }
        }
        return new Paired(new Latencies(fullNanos), new Latencies(bareNanos));
    }

    /** Each part alone over every message, once (run after {@link #paired}, so already warm). */
    public Map<String, Latencies> parts(Map<String, MessageWork> parts) {
        Map<String, Latencies> result = new LinkedHashMap<>();
        parts.forEach((name, work) -> {
            long[] nanos = new long[messages.size()];
            for (int i = 0; i < messages.size(); i++) {
                nanos[i] = time(work, messages.get(i), i);
            }
            result.put(name, new Latencies(nanos));
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

    /** The full analysis and the bare calls, over the same messages. */
    public record Paired(Latencies full, Latencies bare) {
        /** Our own overhead: the median full analysis over the median bare calls. */
        public double ratio() {
            return (double) full.percentile(50) / bare.percentile(50);
        }
    }
}
