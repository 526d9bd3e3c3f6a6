package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smallwins.review.Reply;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The sender's decisions, on a clock the test moves: pace, fairness, crisis first, failures. */
class SendQueueTest {
    private static final Pace PACE = new Pace(25, Duration.ofSeconds(1));
    private final SendQueue queue = new SendQueue(PACE, 64);
    private Instant now = Instant.parse("2026-11-20T10:00:00Z");
    private long ids;

    private SendQueue.Row row(long chat, boolean urgent, String text) {
        long id = ++ids;
        return new SendQueue.Row(id, id, "telegram:" + chat, chat, Reply.of(text), urgent);
    }

    private static List<Part> onePart(SendQueue.Row row) {
        return List.of(new Part.Text(row.chatId(), row.reply().text(), Optional.empty()));
    }

    /** Takes what may go now, lets it land at once, and returns the texts sent. */
    private List<String> sendDue() {
        List<String> sent = new ArrayList<>();
        for (Optional<SendQueue.Line> line = queue.next(now); line.isPresent(); line = queue.next(now)) {
            Part.Text part = (Part.Text) line.get().part(SendQueueTest::onePart);
            sent.add(part.text());
            queue.delivered(line.get(), now);
        }
        return sent;
    }

    private List<String> runFor(Duration span, Duration step) {
        List<String> sent = new ArrayList<>();
        for (Instant end = now.plus(span); now.isBefore(end); now = now.plus(step)) {
            sent.addAll(sendDue());
        }
        return sent;
    }

    private static TelegramApiRequestException refusal(int code, Integer retryAfter) {
        return new TelegramApiRequestException(
                "refused",
                ApiResponse.builder()
                        .ok(false)
                        .errorCode(code)
                        .errorDescription("refused")
                        .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter))
                        .build());
    }

    @Test
    void manyChatsAreServedAt25ASecondEvenlySpaced() {
        for (int chat = 1; chat <= 200; chat++) {
            queue.add(row(chat, false, "hello " + chat));
        }
        List<String> firstSecond = runFor(Duration.ofSeconds(1), Duration.ofMillis(5));
        List<String> next3Seconds = runFor(Duration.ofSeconds(3), Duration.ofMillis(5));

        assertThat(firstSecond).hasSizeBetween(25, 26);
        assertThat(next3Seconds).hasSize(75);
        assertThat(firstSecond.get(0)).isEqualTo("hello 1"); // oldest first
    }

    @Test
    void aLateWakeUpDoesNotLowerTheRate() {
        for (int chat = 1; chat <= 300; chat++) {
            queue.add(row(chat, false, "hi"));
        }
        // The sender thread wakes 7 ms late every time: the pace still averages 25 a second.
        assertThat(runFor(Duration.ofSeconds(10), Duration.ofMillis(47))).hasSizeBetween(249, 251);
    }

    @Test
    void aChatWaitingForItsIntervalDoesNotHoldUpAnotherChat() {
        for (int i = 1; i <= 3; i++) {
            queue.add(row(1, false, "busy " + i));
        }
        queue.add(row(2, false, "other"));

        List<String> first = runFor(Duration.ofMillis(200), Duration.ofMillis(10));
        assertThat(first).containsExactly("busy 1", "other");
        assertThat(runFor(Duration.ofMillis(790), Duration.ofMillis(10))).isEmpty();
        assertThat(runFor(Duration.ofSeconds(2), Duration.ofMillis(10))).containsExactly("busy 2", "busy 3");
    }

    @Test
    void aChatsRepliesKeepTheirOrderAndOnlyOneIsOnItsWayAtATime() {
        queue.add(row(1, false, "first"));
        queue.add(row(1, false, "second"));
        Optional<SendQueue.Line> line = queue.next(now);
        assertThat(line).isPresent();
        line.get().part(SendQueueTest::onePart);

        now = now.plusSeconds(5); // the first has not landed yet: the second must wait for it
        assertThat(queue.next(now)).isEmpty();
        queue.delivered(line.get(), now);
        now = now.plusSeconds(1);
        assertThat(sendDue()).containsExactly("second");
    }

    @Test
    void aCrisisReplyGoesBeforeEveryOtherChatAndPastItsOwnChatsInterval() {
        for (int chat = 1; chat <= 100; chat++) {
            queue.add(row(chat, false, "question"));
        }
        queue.add(row(7, false, "earlier in chat 7"));
        runFor(Duration.ofMillis(500), Duration.ofMillis(5)); // chat 7 had its message just now
        queue.add(row(7, true, "crisis"));

        now = now.plusMillis(40);
        assertThat(sendDue()).containsExactly("crisis");
        // And within its own chat it went before the reply that was queued earlier.
        assertThat(runFor(Duration.ofSeconds(6), Duration.ofMillis(5))).endsWith("earlier in chat 7");
    }

    @Test
    void aSplitReplyGoesOutPartByPartAndIsDoneAfterItsLastPart() {
        queue.add(row(1, false, "long"));
        SendQueue.Line line = queue.next(now).orElseThrow();
        Part first = line.part(r ->
                List.of(new Part.Text(1, "part 1", Optional.empty()), new Part.Text(1, "part 2", Optional.empty())));
        assertThat(((Part.Text) first).text()).isEqualTo("part 1");
        assertThat(queue.delivered(line, now)).isEmpty();

        now = now.plusSeconds(1);
        SendQueue.Line again = queue.next(now).orElseThrow();
        assertThat(((Part.Text) again.part(r -> List.of())).text()).isEqualTo("part 2");
        assertThat(queue.delivered(again, now)).map(SendQueue.Row::outboxId).hasValue(1L);
        assertThat(queue.size()).isZero();
    }

    @Test
    void tooManyRequestsWaitsRetryAfterInThatChatOnly() {
        queue.add(row(1, false, "to 1"));
        queue.add(row(2, false, "to 2"));
        SendQueue.Line line = queue.next(now).orElseThrow();
        line.part(SendQueueTest::onePart);
        assertThat(queue.failed(line, Failure.of(refusal(429, 7)), now)).isEmpty();

        assertThat(runFor(Duration.ofSeconds(6), Duration.ofMillis(10))).containsExactly("to 2");
        assertThat(runFor(Duration.ofSeconds(2), Duration.ofMillis(10))).containsExactly("to 1");
    }

    @Test
    void serverErrorsAndLostConnectionsBackOffUpToThirtySeconds() {
        assertThat(SendQueue.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(SendQueue.backoff(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SendQueue.backoff(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SendQueue.backoff(60)).isEqualTo(Duration.ofSeconds(30));

        queue.add(row(1, false, "flaky"));
        SendQueue.Line line = queue.next(now).orElseThrow();
        line.part(SendQueueTest::onePart);
        queue.failed(line, Failure.of(refusal(502, null)), now);
        now = now.plusMillis(400);
        assertThat(sendDue()).isEmpty();
        now = now.plusMillis(200);
        assertThat(sendDue()).containsExactly("flaky");
    }

    @Test
    void aMessageTelegramRefusesIsDroppedAndTheChatGoesOn() {
        queue.add(row(1, false, "refused"));
        queue.add(row(1, false, "next"));
        SendQueue.Line line = queue.next(now).orElseThrow();
        line.part(SendQueueTest::onePart);

        List<SendQueue.Row> dropped = queue.failed(line, Failure.of(refusal(400, null)), now);

        assertThat(dropped).extracting(r -> r.reply().text()).containsExactly("refused");
        now = now.plusSeconds(1);
        assertThat(sendDue()).containsExactly("next");
    }

    @Test
    void aChatThatBlockedTheBotLosesAllItsReplies() {
        queue.add(row(1, false, "a"));
        queue.add(row(1, false, "b"));
        queue.add(row(2, false, "other"));
        SendQueue.Line line = queue.next(now).orElseThrow();
        line.part(SendQueueTest::onePart);

        List<SendQueue.Row> dropped = queue.failed(line, Failure.of(refusal(403, null)), now);

        assertThat(dropped).extracting(r -> r.reply().text()).containsExactly("a", "b");
        assertThat(runFor(Duration.ofSeconds(3), Duration.ofMillis(10))).containsExactly("other");
        assertThat(queue.knows(1)).isFalse();
    }

    @Test
    void noMoreThanTheLimitAreOnTheirWayAtOnce() {
        SendQueue small = new SendQueue(new Pace(1000, Duration.ZERO), 3);
        for (int chat = 1; chat <= 10; chat++) {
            small.add(row(chat, false, "x"));
        }
        int started = 0;
        for (int i = 0; i < 10; i++) {
            now = now.plusMillis(5);
            if (small.next(now).isPresent()) {
                started++;
            }
        }
        assertThat(started).isEqualTo(3);
        assertThat(small.nextChance(Instant.MAX)).isEqualTo(Instant.MAX);
    }

    @Test
    void anOutboxRowIsTakenOnce() {
        SendQueue.Row row = row(1, false, "once");
        assertThat(queue.add(row)).isTrue();
        assertThat(queue.add(row)).isFalse();
        assertThat(queue.size()).isEqualTo(1);
    }
}
