package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.smallwins.review.Choice;
import org.smallwins.testing.Fixtures;

class TelegramPartsTest {
    /** A clock a test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-20T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @Test
    void everyMenuCommandHasADescriptionWithinTelegramsLimit() {
        var commands = Fixtures.builder(
                        new org.smallwins.testing.InMemoryReviewStore(),
                        new org.smallwins.testing.InMemoryOutbox(),
                        org.smallwins.review.UnitOfWork.NONE)
                .build()
                .commands()
                .listed();
        assertThat(commands).extracting(c -> c.name()).contains("review", "help", "privacy");
        for (var command : commands) {
            // Telegram takes 3 to 256 characters for a command's description.
            assertThat(Fixtures.messages().require(command.helpKey().orElseThrow()))
                    .as(command.name())
                    .hasSizeBetween(3, 256);
        }
    }

    @Test
    void theRateLimiterSpacesOneChatASecondApartAndAllChatsAt25ASecond() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(25, Duration.ofSeconds(1), clock);

        assertThat(limiter.reserve(1)).isEqualTo(Duration.ZERO);
        assertThat(limiter.reserve(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(limiter.reserve(1)).isEqualTo(Duration.ofSeconds(2));
        // Another chat waits only for the overall pace (40 ms a message at 25 a second).
        assertThat(limiter.reserve(2)).isEqualTo(Duration.ofMillis(2040));
        clock.advance(Duration.ofSeconds(10));
        assertThat(limiter.reserve(3)).isEqualTo(Duration.ZERO);
        assertThat(limiter.reserve(4)).isEqualTo(Duration.ofMillis(40));
    }

    @Test
    void aHundredMessagesToManyChatsTakeFourSecondsAt25ASecond() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(25, Duration.ofSeconds(1), clock);
        Duration last = Duration.ZERO;
        for (int chat = 0; chat < 100; chat++) {
            last = limiter.reserve(chat);
        }
        assertThat(last).isEqualTo(Duration.ofMillis(99 * 40));
    }

    @Test
    void longRepliesAreSplitAtBreaksIntoTelegramSizedParts() {
        String paragraph = "A line of a long summary that goes on for a while. ".repeat(30);
        String text = String.join("\n\n", Collections.nCopies(6, paragraph.strip()));
        List<String> parts = MessageSplitter.split(text, MessageSplitter.MAX);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length())
                .isLessThanOrEqualTo(4096));
        assertThat(String.join("\n\n", parts)).isEqualTo(text);
        assertThat(MessageSplitter.split("short", MessageSplitter.MAX)).containsExactly("short");
        assertThat(MessageSplitter.split("x".repeat(9000), MessageSplitter.MAX))
                .extracting(String::length)
                .containsExactly(4096, 4096, 808);
    }

    @Test
    void onlyTheNewestKeyboardOfAChatIsLive() {
        Keyboards keyboards = new Keyboards();
        var first = keyboards.markup(7, List.of(new Choice("Skip this one", "/skip")));
        String firstData = first.getKeyboard().get(0).get(0).getCallbackData();
        assertThat(keyboards.command(7, firstData)).hasValue("/skip");
        assertThat(keyboards.command(8, firstData)).isEmpty(); // pressed in another chat

        var second = keyboards.markup(7, List.of(new Choice("Go on", "/review")));
        assertThat(keyboards.command(7, firstData)).isEmpty(); // stale
        assertThat(keyboards.command(7, second.getKeyboard().get(0).get(0).getCallbackData()))
                .hasValue("/review");
        assertThat(keyboards.command(7, "garbage")).isEmpty();
        assertThat(keyboards.command(7, null)).isEmpty();
    }

    @Test
    void aChatsWorkRunsInOrderWhileOtherChatsRunInParallel() throws Exception {
        ChatQueues queues = new ChatQueues(Executors.newFixedThreadPool(4));
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch slowChatStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        queues.submit(1, () -> {
            slowChatStarted.countDown();
            await(release);
        });
        for (int i = 0; i < 50; i++) {
            int n = i;
            queues.submit(2, () -> order.add(n));
        }
        slowChatStarted.await(5, TimeUnit.SECONDS);
        // Chat 2 finishes all its work while chat 1 is still blocked.
        for (int i = 0; i < 100 && order.size() < 50; i++) {
            Thread.sleep(20);
        }
        assertThat(order).hasSize(50).isSorted();
        assertThat(queues.awaitIdle(Duration.ofMillis(100))).isFalse();
        release.countDown();
        assertThat(queues.awaitIdle(Duration.ofSeconds(5))).isTrue();
        queues.close();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
