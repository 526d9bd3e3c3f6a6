package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatQueuesTest {
    @Test
    void aChatsWorkRunsInOrderWhileOtherChatsRunInParallel() throws Exception {
        ChatQueues queues = new ChatQueues(Executors.newFixedThreadPool(4));
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch slowChatStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        queues.submit("telegram:1", () -> {
            slowChatStarted.countDown();
            await(release);
        });
        for (int i = 0; i < 50; i++) {
            int n = i;
            queues.submit("telegram:2", () -> order.add(n));
        }
        assertThat(slowChatStarted.await(5, TimeUnit.SECONDS)).isTrue();
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

    @Test
    void workThatFailsDoesNotDropTheWorkQueuedBehindIt() throws Exception {
        ChatQueues queues = new ChatQueues(Executors.newFixedThreadPool(2));
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        queues.submit("telegram:1", () -> done.add("first"));
        queues.submit("telegram:1", () -> {
            throw new IllegalStateException("a bug in one update's handling");
        });
        queues.submit("telegram:1", () -> {
            throw new AssertionError("even an Error");
        });
        queues.submit("telegram:1", () -> done.add("after"));

        assertThat(queues.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(done).containsExactly("first", "after");
        queues.close();
    }

    @Test
    void stoppingFinishesWhatRunsAndStartsNothingMore() throws Exception {
        ChatQueues queues = new ChatQueues(Executors.newFixedThreadPool(1));
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch running = new CountDownLatch(1);
        queues.submit("telegram:1", () -> {
            running.countDown();
            sleep(200);
            done.add("running");
        });
        queues.submit("telegram:1", () -> done.add("waiting"));
        queues.submit("telegram:2", () -> done.add("other chat"));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(queues.stop(Duration.ofSeconds(5))).isTrue();
        queues.submit("telegram:3", () -> done.add("too late"));
        Thread.sleep(50);
        assertThat(done).containsExactly("running");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
