package org.smallwins.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.review.Outbox;
import org.smallwins.review.Outgoing;
import org.smallwins.review.Reply;
import org.smallwins.review.UnitOfWork;

/**
 * Delivers the outbox to Telegram at a fair pace ({@link SendQueue} decides what goes next). One thread
 * owns the queue and only ever waits for the next slot or for news: calls are asynchronous, so a chat
 * waiting for its interval, a {@code retry_after} or a backoff holds up no one, and no chat worker ever
 * waits on Telegram. A reply leaves the outbox once Telegram has taken it; a reply that storage could
 * not queue ({@link #sendNow}) is sent the same way, from memory. 400 drops the one reply (logged
 * without text); 403 drops the chat's replies and tells {@code blocked}.
 */
final class PacedSender implements ReplySink, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PacedSender.class);
    static final String TRANSPORT = "telegram:";
    private static final int LOAD_LIMIT = 500;
    private static final int MAX_IN_FLIGHT = 64;
    /** The outbox is read again this often in case something was queued without a wake (a check-in). */
    static final Duration FALLBACK_READ = Duration.ofSeconds(2);

    private static final Duration STOP_WAIT = Duration.ofSeconds(2);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);
    private static final Instant FAR = Instant.parse("9999-01-01T00:00:00Z");

    private final Outbox outbox;
    private final BotApi api;
    private final Keyboards keyboards;
    private final Clock clock;
    private final Consumer<String> blocked;
    private final BlockingQueue<Runnable> news = new LinkedBlockingQueue<>();
    private final OutboxWriter writer;
    private final Thread thread;
    private volatile boolean running = true;

    // Owned by the sender thread.
    private final SendQueue queue;
    /** Replies delivered or given up whose removal from the outbox is not committed yet: never sent again. */
    private final Set<Long> leaving = new HashSet<>();
    /** Of those, the ones whose removal failed, to be tried again at the next read. */
    private final Set<Long> stuck = new HashSet<>();

    private long directOrder = Long.MIN_VALUE / 2;
    private Instant nextRead = Instant.MIN;
    private Instant nextReport = Instant.MIN;
    private int sentSinceReport;

    PacedSender(
            Outbox outbox,
            UnitOfWork transactions,
            BotApi api,
            Keyboards keyboards,
            Pace pace,
            Clock clock,
            Consumer<String> blocked) {
        this.outbox = outbox;
        this.writer = new OutboxWriter(transactions, news::add);
        this.api = api;
        this.keyboards = keyboards;
        this.clock = clock;
        this.blocked = blocked;
        this.queue = new SendQueue(pace, MAX_IN_FLIGHT);
        this.thread = new Thread(this::run, "sender");
        thread.setDaemon(true);
    }

    /** Starts sending, beginning with whatever the outbox held at start. */
    void start() {
        thread.start();
    }

    /** The core queued replies for this person: read them now rather than at the next fallback read. */
    @Override
    public void wake(String personKey) {
        news.add(() -> read(() -> outbox.pendingFor(personKey)));
    }

    /** Replies that are not in the outbox (storage failed): sent from memory, ahead of queued ones. */
    @Override
    public void sendNow(String personKey, List<Reply> replies) {
        news.add(() -> {
            Optional<Long> chatId = chatId(personKey);
            if (chatId.isEmpty()) {
                return;
            }
            for (Reply reply : replies) {
                queue.add(new SendQueue.Row(0, directOrder++, personKey, chatId.get(), reply, true));
            }
        });
    }

    private void run() {
        while (running) {
            try {
                step();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error(
                        "The sender met an unexpected {}; carrying on",
                        e.getClass().getName());
                pause();
            }
        }
        finishInFlight();
    }

    private void step() throws InterruptedException {
        Instant now = clock.instant();
        if (!now.isBefore(nextRead)) {
            readAll(now);
        }
        for (Optional<SendQueue.Line> line = queue.next(now); line.isPresent(); line = queue.next(clock.instant())) {
            fire(line.get());
        }
        Instant wakeAt = queue.nextChance(FAR);
        if (nextRead.isBefore(wakeAt)) {
            wakeAt = nextRead;
        }
        long waitMillis = Math.max(1, Duration.between(clock.instant(), wakeAt).toMillis());
        for (Runnable item = news.poll(waitMillis, TimeUnit.MILLISECONDS); item != null; item = news.poll()) {
            item.run();
        }
    }

    private void readAll(Instant now) {
        nextRead = now.plus(FALLBACK_READ);
        report(now);
        retryForgetting();
        read(() -> outbox.pending(TRANSPORT, LOAD_LIMIT));
    }

    private void read(Supplier<List<Outgoing>> reading) {
        List<Outgoing> pending;
        try {
            pending = reading.get();
        } catch (RuntimeException e) {
            // Storage is failing: the fallback read tries again shortly.
            log.warn("Could not read the outbox ({})", e.getClass().getName());
            return;
        }
        for (Outgoing outgoing : pending) {
            if (queue.knows(outgoing.id()) || leaving.contains(outgoing.id())) {
                continue;
            }
            Optional<Long> chatId = chatId(outgoing.personKey());
            if (chatId.isEmpty()) {
                forget(outgoing.id());
                continue;
            }
            queue.add(new SendQueue.Row(
                    outgoing.id(),
                    outgoing.id(),
                    outgoing.personKey(),
                    chatId.get(),
                    outgoing.reply(),
                    outgoing.urgent()));
        }
    }

    private void fire(SendQueue.Line line) {
        Part part = line.part(row -> Parts.of(row.chatId(), row.reply(), keyboards));
        api.send(part).whenComplete((ok, error) -> news.add(() -> landed(line, part, error)));
    }

    private void landed(SendQueue.Line line, Part part, Throwable error) {
        if (error == null) {
            sentSinceReport++;
            part.keyboard().ifPresent(keyboard -> showKeyboard(line.personKey, keyboard));
            queue.delivered(line, clock.instant()).ifPresent(row -> forget(row.outboxId()));
            return;
        }
        Failure failure = Failure.of(error);
        String method = part instanceof Part.Text ? "sendMessage" : "sendFile";
        SendQueue.Row row = line.current();
        List<SendQueue.Row> dropped = queue.failed(line, failure, clock.instant());
        switch (failure.kind()) {
            case LATER ->
                log.warn("{} failed ({}); reply {} is tried again later", method, Failure.describe(error), id(row));
            case REFUSED ->
                log.error("Telegram refused reply {} ({} {}); it is dropped", id(row), method, failure.code());
            case BLOCKED -> {
                log.warn("A chat no longer takes messages (403); {} replies to it are dropped", dropped.size());
                dropAllFor(line.personKey);
                tellBlocked(line.personKey);
            }
        }
        dropped.forEach(d -> forget(d.outboxId()));
    }

    /** A line every ten seconds while replies go out: how many went, and how many wait. */
    private void report(Instant now) {
        if (now.isBefore(nextReport)) {
            return;
        }
        if (sentSinceReport > 0 || queue.size() > 0) {
            log.info(
                    "Sent {} messages in the last {} s; {} replies waiting",
                    sentSinceReport,
                    REPORT_EVERY.toSeconds(),
                    queue.size());
        }
        sentSinceReport = 0;
        nextReport = now.plus(REPORT_EVERY);
    }

    private void tellBlocked(String personKey) {
        try {
            blocked.accept(personKey);
        } catch (RuntimeException e) {
            log.error(
                    "Could not note that a chat blocked the bot ({})",
                    e.getClass().getName());
        }
    }

    private static String id(SendQueue.Row row) {
        return row == null || row.outboxId() == 0 ? "(not queued)" : "#" + row.outboxId();
    }

    private void showKeyboard(String personKey, Keyboards.Prepared keyboard) {
        writer.submit(new OutboxWriter.Write(() -> keyboards.shown(personKey, keyboard), () -> {}, () -> {
            log.error("Could not keep a keyboard; its buttons will answer as expired");
        }));
    }

    /** Replies queued for a chat that blocked the bot, beyond those in memory. */
    private void dropAllFor(String personKey) {
        try {
            for (Outgoing outgoing : outbox.pendingFor(personKey)) {
                if (!queue.knows(outgoing.id())) {
                    forget(outgoing.id());
                }
            }
        } catch (RuntimeException e) {
            log.error(
                    "Could not drop the replies of a chat that blocked the bot ({})",
                    e.getClass().getName());
        }
    }

    /** Takes a delivered (or given up) reply out of the outbox, on the writer thread; retried while that fails. */
    private void forget(long outboxId) {
        if (outboxId == 0 || !leaving.add(outboxId)) {
            return;
        }
        writer.submit(new OutboxWriter.Write(
                () -> outbox.sent(outboxId), () -> leaving.remove(outboxId), () -> stuck.add(outboxId)));
    }

    private void retryForgetting() {
        for (Long id : new ArrayList<>(stuck)) {
            stuck.remove(id);
            leaving.remove(id);
            forget(id);
        }
    }

    private static Optional<Long> chatId(String personKey) {
        try {
            return Optional.of(Long.parseLong(personKey.substring(TRANSPORT.length())));
        } catch (RuntimeException e) {
            log.error("An outbox row has a person key that is not a Telegram chat; it is dropped");
            return Optional.empty();
        }
    }

    private void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Lets replies already on their way land (and leave the outbox) before the thread ends. */
    private void finishInFlight() {
        try {
            landInFlight();
        } finally {
            writer.finish(Duration.ofSeconds(1));
        }
    }

    private void landInFlight() {
        Instant deadline = clock.instant().plus(STOP_WAIT);
        try {
            while (queue.inFlight() > 0 && clock.instant().isBefore(deadline)) {
                Runnable item = news.poll(50, TimeUnit.MILLISECONDS);
                if (item != null) {
                    item.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Stopping the sender: {}", e.getClass().getName());
        }
    }

    /** Stops sending new replies; those on their way get up to two seconds to land. Unsent ones stay queued. */
    @Override
    public void close() {
        running = false;
        news.add(() -> {});
        try {
            thread.join(STOP_WAIT.plusSeconds(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
