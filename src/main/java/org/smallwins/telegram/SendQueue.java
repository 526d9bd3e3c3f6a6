package org.smallwins.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import org.smallwins.review.Reply;

/**
 * The replies waiting in each chat, and which goes next: the sender's decisions, kept apart from its
 * thread and its calls so that they can be tested with a hand-moved clock. Overall, sends are spaced
 * evenly at the {@link Pace}; within a chat, one goes at a time, in order, a {@code perChat} interval
 * apart. A chat waiting (for its interval, a {@code retry_after} or a backoff) never holds up another.
 * Crisis replies go first: before every other chat's, and past their own chat's interval. Not
 * thread-safe: the sender's thread owns it.
 */
final class SendQueue {
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Comparator<Row> ROW_ORDER =
            Comparator.comparing((Row row) -> !row.urgent()).thenComparingLong(Row::order);

    /**
     * A reply on its way.
     *
     * @param outboxId its outbox row, 0 for one sent without the outbox (storage was failing)
     * @param order the order it goes in among the chat's replies of its urgency (oldest first)
     */
    record Row(long outboxId, long order, String personKey, long chatId, Reply reply, boolean urgent) {}

    /** One chat's replies, and when it may next be sent to. */
    static final class Line {
        final String personKey;
        final long chatId;
        private final PriorityQueue<Row> rows = new PriorityQueue<>(ROW_ORDER);
        private Row current;
        private final Deque<Part> parts = new ArrayDeque<>();
        private boolean inFlight;
        private Instant nextAt = Instant.MIN;
        private Instant retryAt = Instant.MIN;
        private int failures;

        Line(String personKey, long chatId) {
            this.personKey = personKey;
            this.chatId = chatId;
        }

        private Row head() {
            return current != null ? current : rows.peek();
        }

        private boolean waiting() {
            return !inFlight && head() != null;
        }

        private Instant readyAt() {
            // A crisis reply does not wait out the chat's interval, but does honour a retry_after or backoff.
            return head().urgent() ? retryAt : (nextAt.isAfter(retryAt) ? nextAt : retryAt);
        }

        /** The part to send now; the row's parts are made the first time it comes up. */
        Part part(Function<Row, List<Part>> partsOf) {
            if (current == null) {
                current = rows.poll();
                parts.addAll(partsOf.apply(current));
            }
            return parts.peek();
        }

        Row current() {
            return current;
        }
    }

    private final Pace pace;
    private final int maxInFlight;
    private final Map<String, Line> lines = new HashMap<>();
    private final Set<Long> known = new HashSet<>();
    private Instant nextSlot = Instant.MIN;
    private int inFlight;

    SendQueue(Pace pace, int maxInFlight) {
        this.pace = pace;
        this.maxInFlight = maxInFlight;
    }

    /** Adds a reply; false when this outbox row is already here. */
    boolean add(Row row) {
        if (row.outboxId() != 0 && !known.add(row.outboxId())) {
            return false;
        }
        lines.computeIfAbsent(row.personKey(), key -> new Line(key, row.chatId()))
                .rows
                .add(row);
        return true;
    }

    boolean knows(long outboxId) {
        return known.contains(outboxId);
    }

    /** Replies waiting or on their way. */
    int size() {
        int size = 0;
        for (Line line : lines.values()) {
            size += line.rows.size() + (line.current == null ? 0 : 1);
        }
        return size;
    }

    int inFlight() {
        return inFlight;
    }

    /**
     * The chat whose next part goes now, if any may: its part is then in flight until {@link #delivered}
     * or {@link #failed} is called, and the overall slot is taken.
     */
    Optional<Line> next(Instant now) {
        if (inFlight >= maxInFlight || now.isBefore(nextSlot)) {
            return Optional.empty();
        }
        Line best = null;
        for (Line line : lines.values()) {
            if (line.waiting() && !line.readyAt().isAfter(now) && (best == null || goesBefore(line, best))) {
                best = line;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        // Even spacing without drift: a late wake-up does not push every later slot back, but an idle
        // spell earns no burst beyond one slot.
        Instant earliest = now.minus(pace.interval());
        nextSlot = (nextSlot.isBefore(earliest) ? earliest : nextSlot).plus(pace.interval());
        best.inFlight = true;
        inFlight++;
        return Optional.of(best);
    }

    private static boolean goesBefore(Line a, Line b) {
        return ROW_ORDER.compare(a.head(), b.head()) < 0;
    }

    /** When {@link #next} may next have something (a far-off instant when nothing waits). */
    Instant nextChance(Instant far) {
        if (inFlight >= maxInFlight) {
            return far;
        }
        Instant soonest = far;
        for (Line line : lines.values()) {
            if (line.waiting() && line.readyAt().isBefore(soonest)) {
                soonest = line.readyAt();
            }
        }
        return soonest.equals(far) || soonest.isAfter(nextSlot) ? soonest : nextSlot;
    }

    /**
     * The part went out: returns the row when it was its last part (the row is done). The chat's interval
     * counts from now, when Telegram's answer came, so that however long the call took in transit the
     * next message cannot reach Telegram within the interval of this one.
     */
    Optional<Row> delivered(Line line, Instant now) {
        landed(line);
        line.failures = 0;
        line.nextAt = now.plus(pace.perChat());
        line.parts.poll();
        if (!line.parts.isEmpty()) {
            return Optional.empty();
        }
        Row done = line.current;
        line.current = null;
        forget(line, List.of(done));
        return Optional.of(done);
    }

    /** The part failed: returns the rows given up on (none when it will be tried again). */
    List<Row> failed(Line line, Failure failure, Instant now) {
        landed(line);
        List<Row> dropped = new ArrayList<>();
        switch (failure.kind()) {
            case LATER -> {
                line.failures++;
                line.retryAt = now.plus(failure.retryAfter().orElseGet(() -> backoff(line.failures)));
            }
            case REFUSED -> {
                dropped.add(line.current);
                line.current = null;
                line.parts.clear();
            }
            case BLOCKED -> {
                if (line.current != null) {
                    dropped.add(line.current);
                }
                dropped.addAll(line.rows);
                line.rows.clear();
                line.current = null;
                line.parts.clear();
            }
        }
        forget(line, dropped);
        return dropped;
    }

    static Duration backoff(int failures) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(failures - 1, 10));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private void landed(Line line) {
        line.inFlight = false;
        inFlight--;
    }

    private void forget(Line line, List<Row> rows) {
        for (Row row : rows) {
            known.remove(row.outboxId());
        }
        if (!line.inFlight && line.head() == null) {
            lines.remove(line.personKey);
        }
    }
}
