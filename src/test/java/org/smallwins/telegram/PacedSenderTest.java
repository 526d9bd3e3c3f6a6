package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smallwins.review.Choice;
import org.smallwins.review.Reply;
import org.smallwins.review.UnitOfWork;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The sender on its own thread, against a fake Bot API: the outbox drained at a fair pace. */
class PacedSenderTest {
    private final MemoryStores.MemoryOutbox outbox = new MemoryStores.MemoryOutbox();
    private final MemoryStores.MemoryKeyboards keyboardStore = new MemoryStores.MemoryKeyboards();
    private final Keyboards keyboards = new Keyboards(keyboardStore, Clock.systemUTC());
    private final FakeBotApi api = new FakeBotApi();
    private final List<String> blocked = new CopyOnWriteArrayList<>();
    private PacedSender sender = sender(new Pace(100, Duration.ofMillis(50)));

    private PacedSender sender(Pace pace) {
        return new PacedSender(outbox, UnitOfWork.NONE, api, keyboards, pace, Clock.systemUTC(), blocked::add);
    }

    @AfterEach
    void stop() {
        sender.close();
    }

    private void queue(long chat, String... texts) {
        for (String text : texts) {
            outbox.add("telegram:" + chat, List.of(Reply.of(text)), false, Instant.now());
        }
    }

    /** How long a test waits for what must happen: generous, since a shared machine can stall a thread. */
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private static void await(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toMillis() + " ms");
            }
            Thread.sleep(5);
        }
    }

    private static CompletableFuture<?> refused(int code, Integer retryAfter) {
        return CompletableFuture.failedFuture(new TelegramApiRequestException(
                "refused",
                ApiResponse.builder()
                        .ok(false)
                        .errorCode(code)
                        .errorDescription("refused")
                        .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter))
                        .build()));
    }

    @Test
    void sendsWhatTheOutboxHeldAtStartInOrderAndRemovesEachOnceSent() throws Exception {
        queue(1, "one", "two");
        queue(2, "three");
        sender.start();

        await(() -> outbox.all().isEmpty(), PATIENCE);
        assertThat(api.to(1)).extracting(FakeBotApi.Call::text).containsExactly("one", "two");
        assertThat(api.to(2)).extracting(FakeBotApi.Call::text).containsExactly("three");
        Duration apart =
                Duration.between(api.to(1).get(0).at(), api.to(1).get(1).at());
        assertThat(apart).isGreaterThanOrEqualTo(Duration.ofMillis(45)); // one chat's interval
    }

    @Test
    void aWakeSendsNewRepliesWithoutWaitingForTheFallbackRead() throws Exception {
        sender.start();
        Thread.sleep(100); // the first read of the outbox is over
        queue(5, "fresh");
        long woken = System.nanoTime();
        sender.wake("telegram:5");

        await(() -> api.calls.size() == 1, PATIENCE);
        assertThat(Duration.ofNanos(System.nanoTime() - woken)).isLessThan(PacedSender.FALLBACK_READ.dividedBy(2));
    }

    @Test
    void aChatWhoseSendsKeepFailingHoldsUpNoOtherChat() throws Exception {
        api.answering(part -> part.chatId() == 1 ? refused(502, null) : CompletableFuture.completedFuture(null));
        queue(1, "never lands");
        queue(2, "a", "b", "c", "d", "e");
        sender.start();

        await(() -> api.to(2).size() == 5 && outbox.all().size() == 1, PATIENCE);
        assertThat(outbox.all()).extracting(o -> o.reply().text()).containsExactly("never lands");
    }

    @Test
    void tooManyRequestsIsWaitedOutForRetryAfterWhileOthersGoOn() throws Exception {
        api.answering(part -> part.chatId() == 1 && api.to(1).size() == 1
                ? refused(429, 1)
                : CompletableFuture.completedFuture(null));
        queue(1, "patient");
        queue(2, "meanwhile");
        sender.start();

        await(() -> api.to(1).size() == 2, PATIENCE);
        Duration waited =
                Duration.between(api.to(1).get(0).at(), api.to(1).get(1).at());
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(990));
        assertThat(api.to(2).get(0).at()).isBefore(api.to(1).get(1).at());
        await(() -> outbox.all().isEmpty(), PATIENCE);
    }

    @Test
    void aChatThatBlockedTheBotLosesItsRepliesAndTheHookIsTold() throws Exception {
        api.answering(part -> part.chatId() == 1 ? refused(403, null) : CompletableFuture.completedFuture(null));
        queue(1, "a", "b", "c");
        queue(2, "other");
        sender.start();

        await(() -> outbox.all().isEmpty(), PATIENCE);
        assertThat(blocked).containsExactly("telegram:1");
        assertThat(api.to(1)).hasSize(1);
        assertThat(api.to(2)).hasSize(1);
    }

    @Test
    void aMessageTelegramRefusesIsDroppedAndTheChatsNextReplyGoes() throws Exception {
        api.answering(part ->
                ((Part.Text) part).text().equals("bad") ? refused(400, null) : CompletableFuture.completedFuture(null));
        queue(1, "bad", "good");
        sender.start();

        await(() -> outbox.all().isEmpty(), PATIENCE);
        assertThat(api.to(1)).extracting(FakeBotApi.Call::text).containsExactly("bad", "good");
    }

    @Test
    void repliesStorageCouldNotQueueAreSentFromMemory() throws Exception {
        outbox.failing.set(true);
        sender.start();
        sender.sendNow("telegram:9", List.of(Reply.of("crisis resources"), Reply.of("more")));

        await(() -> api.to(9).size() == 2, PATIENCE);
        assertThat(api.to(9)).extracting(FakeBotApi.Call::text).containsExactly("crisis resources", "more");
    }

    @Test
    void aCrisisReplyOvertakesABacklog() throws Exception {
        sender = sender(new Pace(20, Duration.ofSeconds(1)));
        for (int chat = 1; chat <= 100; chat++) {
            queue(chat, "question");
        }
        sender.start();
        await(() -> api.calls.size() >= 3, PATIENCE);
        outbox.add("telegram:500", List.of(Reply.of("crisis")), true, Instant.now());
        long queued = System.nanoTime();
        sender.wake("telegram:500");

        await(() -> api.to(500).size() == 1, PATIENCE);
        assertThat(Duration.ofNanos(System.nanoTime() - queued)).isLessThan(Duration.ofMillis(300));
        assertThat(api.calls.size()).isLessThan(20);
    }

    @Test
    void aKeyboardIsLiveOnlyOnceTelegramTookItsMessage() throws Exception {
        CompletableFuture<Object> telegram = new CompletableFuture<>();
        api.answering(part -> telegram);
        outbox.add(
                "telegram:3",
                List.of(Reply.of("Ready?", new Choice("Start now", "/review"), new Choice("Later", "/later"))),
                false,
                Instant.now());
        sender.start();
        await(() -> api.calls.size() == 1, PATIENCE);
        Part.Text part = (Part.Text) api.calls.get(0).part();
        String data = part.keyboard()
                .orElseThrow()
                .markup()
                .getKeyboard()
                .get(1)
                .get(0)
                .getCallbackData();
        assertThat(data.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
        assertThat(keyboards.press("telegram:3", data)).isEmpty(); // on its way, not shown yet

        telegram.complete(null);
        await(() -> outbox.all().isEmpty(), PATIENCE);
        assertThat(keyboards.press("telegram:3", data)).hasValue("/later");
        assertThat(keyboards.press("telegram:3", data)).isEmpty(); // used once
    }

    @Test
    void aSlowDiskDoesNotSlowThePace() throws Exception {
        MemoryStores.MemoryOutbox slow = new MemoryStores.MemoryOutbox() {
            @Override
            public synchronized void sent(long id) {
                try {
                    Thread.sleep(100); // a commit waiting on a busy disk
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.sent(id);
            }
        };
        for (int chat = 1; chat <= 20; chat++) {
            slow.add("telegram:" + chat, List.of(Reply.of("hello")), false, Instant.now());
        }
        sender = new PacedSender(
                slow,
                UnitOfWork.NONE,
                api,
                keyboards,
                new Pace(100, Duration.ofMillis(50)),
                Clock.systemUTC(),
                blocked::add);
        long started = System.nanoTime();
        sender.start();

        await(() -> api.calls.size() == 20, PATIENCE);
        // 20 sends at 100 a second take 0.2 s; waiting on each removal would have taken 2 s.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1200));
        await(() -> slow.all().isEmpty(), PATIENCE);
    }
}
