package org.smallwins.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.review.Inbox;
import org.smallwins.review.InboxItem;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where updates come in: nothing is confirmed to Telegram before it is in the {@link Inbox}. The polling
 * thread only hands what arrived to the writer thread, which stores each update in order and passes it
 * on to be handled; the next long poll confirms (offset = last stored + 1) only what the writer has
 * stored or deliberately skipped (unreadable updates and kinds the bot does not handle, logged without
 * their text). When storing fails the updates stay unconfirmed, are handed over unstored so that a
 * crisis message still gets its crisis reply, and are stored once storage works again.
 */
final class UpdateIntake implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);
    static final int POLL_TIMEOUT_SECONDS = 25;
    static final List<String> KINDS = List.of("message", "edited_message", "callback_query");
    static final String DELIVERY_PREFIX = "telegram:update:";
    /** How long a poll waits for the writer to catch up before it asks again without confirming more. */
    private static final Duration CATCH_UP = Duration.ofSeconds(1);

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final TolerantGetUpdates.Received STOP = new TolerantGetUpdates.Received(-1, "");

    /** Where stored (or, while storage fails, unstored) updates go to be handled. */
    interface Dispatch {
        void stored(InboxItem item);

        void unstored(InboxItem item);
    }

    private final Inbox inbox;
    private final Dispatch dispatch;
    private final Clock clock;
    private final BlockingQueue<TolerantGetUpdates.Received> arrived = new LinkedBlockingQueue<>();
    private final Set<String> recovered = ConcurrentHashMap.newKeySet();
    private final Thread writer;
    private volatile boolean running = true;
    private volatile long lastPollNanos = System.nanoTime();

    private final Object progress = new Object();
    /** The highest update id handed to the writer (guarded by {@code progress}). */
    private long receivedThrough;
    /** Every update id up to this one is stored or skipped (guarded by {@code progress}). */
    private long doneThrough;

    UpdateIntake(Inbox inbox, Dispatch dispatch, Clock clock) {
        this.inbox = inbox;
        this.dispatch = dispatch;
        this.clock = clock;
        this.writer = new Thread(this::write, "inbox-writer");
        writer.setDaemon(true);
    }

    /** Hands over what was received but not handled before the last stop, then starts the writer. */
    int start() {
        // Jackson takes a second or more to learn TelegramBots' Update on a small machine: not on the first message.
        UpdateJson.read("{\"update_id\": 0, \"message\": {\"message_id\": 0, \"date\": 0, \"chat\": {\"id\": 0}}}");
        int count = 0;
        try {
            for (InboxItem item : inbox.all()) {
                recovered.add(item.deliveryKey());
                dispatch.stored(item);
                count++;
            }
        } catch (RuntimeException e) {
            log.error(
                    "Could not read the inbox at start ({}); it is read again at the next start",
                    e.getClass().getName());
        }
        writer.start();
        return count;
    }

    /**
     * The next long poll (TelegramBots' generator, on the polling thread). TelegramBots hands it the last
     * update <em>received</em>, which is ignored: the offset confirms only what is stored, one past it.
     */
    GetUpdates nextRequest(Integer lastReceivedIgnored) {
        lastPollNanos = System.nanoTime();
        long confirm;
        synchronized (progress) {
            long deadline = System.nanoTime() + CATCH_UP.toNanos();
            try {
                while (running && doneThrough < receivedThrough && System.nanoTime() < deadline) {
                    TimeUnit.NANOSECONDS.timedWait(progress, deadline - System.nanoTime());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            confirm = doneThrough;
        }
        return new TolerantGetUpdates(
                confirm == 0 ? 0 : Math.toIntExact(confirm + 1), 100, POLL_TIMEOUT_SECONDS, KINDS);
    }

    /** TelegramBots' consumer, on the polling thread: queues what is new for the writer, and never throws. */
    void received(List<Update> updates) {
        try {
            for (Update update : updates) {
                if (!(update instanceof TolerantGetUpdates.Received received)) {
                    continue;
                }
                synchronized (progress) {
                    if (received.getUpdateId() <= receivedThrough) {
                        continue;
                    }
                    receivedThrough = received.getUpdateId();
                }
                arrived.add(received);
            }
        } catch (RuntimeException e) {
            // Polling must go on: what was not queued is not confirmed, so it comes again after a restart.
            log.error("Queueing received updates failed: {}", e.getClass().getName());
        }
    }

    /** Nanoseconds since the long poll last asked for its next request (to see a poller that died). */
    long sinceLastPollNanos() {
        return System.nanoTime() - lastPollNanos;
    }

    /** An update waiting to be stored, and whether it was already handed over unstored. */
    private static final class Waiting {
        final long updateId;
        final Optional<InboxItem> item;
        boolean handedOver;

        Waiting(long updateId, Optional<InboxItem> item) {
            this.updateId = updateId;
            this.item = item;
        }
    }

    private void write() {
        Deque<Waiting> waiting = new ArrayDeque<>();
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                if (waiting.isEmpty()) {
                    take(waiting, arrived.poll(1, TimeUnit.SECONDS));
                }
                for (TolerantGetUpdates.Received next = arrived.poll(); next != null; next = arrived.poll()) {
                    take(waiting, next);
                }
                if (storeInOrder(waiting)) {
                    backoff = Duration.ofMillis(100);
                } else {
                    for (Waiting w : waiting) {
                        if (!w.handedOver && w.item.isPresent()) {
                            w.handedOver = true;
                            dispatch.unstored(w.item.get());
                        }
                    }
                    // Wait before trying again, but take anything new at once (it may be a crisis message).
                    take(waiting, arrived.poll(backoff.toMillis(), TimeUnit.MILLISECONDS));
                    backoff =
                            backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error(
                        "The inbox writer met an unexpected {}; carrying on",
                        e.getClass().getName());
            }
        }
    }

    private void take(Deque<Waiting> waiting, TolerantGetUpdates.Received received) {
        if (received == null || received == STOP) {
            return;
        }
        waiting.add(new Waiting(received.getUpdateId(), item(received)));
    }

    /** Stores the waiting updates in order; false when storage failed (the rest stay waiting). */
    private boolean storeInOrder(Deque<Waiting> waiting) {
        while (!waiting.isEmpty()) {
            Waiting next = waiting.peekFirst();
            if (next.item.isPresent() && !recovered.contains(next.item.get().deliveryKey())) {
                boolean added;
                try {
                    added = inbox.add(next.item.get());
                } catch (RuntimeException e) {
                    log.warn(
                            "Could not store update {} ({}); it stays unconfirmed",
                            next.updateId,
                            e.getClass().getName());
                    return false;
                }
                // Already there: an update stored by an earlier run, which handles it from the inbox.
                if (added) {
                    dispatch.stored(next.item.get());
                }
            }
            waiting.removeFirst();
            done(next.updateId);
        }
        return true;
    }

    private void done(long updateId) {
        synchronized (progress) {
            doneThrough = Math.max(doneThrough, updateId);
            progress.notifyAll();
        }
    }

    /** What the inbox keeps of an update; empty for one the bot skips (logged here, without text). */
    private Optional<InboxItem> item(TolerantGetUpdates.Received received) {
        UpdateJson.Read read = UpdateJson.read(received.json());
        if (read.update().isEmpty()) {
            log.warn("Update {} could not be read ({}); skipped", received.getUpdateId(), read.problem());
            return Optional.empty();
        }
        Optional<String> personKey = UpdateJson.personKey(read.update().get());
        if (personKey.isEmpty()) {
            log.warn(
                    "Update {} has nothing the bot can answer ({}); skipped",
                    received.getUpdateId(),
                    UpdateJson.kinds(received.json()));
            return Optional.empty();
        }
        return Optional.of(new InboxItem(
                DELIVERY_PREFIX + received.getUpdateId(), personKey.get(), received.json(), clock.instant()));
    }

    /** Stops the writer (what it has not stored stays unconfirmed, so Telegram sends it again). */
    @Override
    public void close() {
        running = false;
        arrived.add(STOP);
        synchronized (progress) {
            progress.notifyAll();
        }
        try {
            writer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
