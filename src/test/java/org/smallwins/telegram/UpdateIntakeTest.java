package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smallwins.review.InboxItem;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Nothing is confirmed before it is stored; unreadable updates are skipped; storage failing loses nothing. */
class UpdateIntakeTest {
    private final MemoryStores.MemoryInbox inbox = new MemoryStores.MemoryInbox();
    private final List<String> handed = new CopyOnWriteArrayList<>();
    private final UpdateIntake intake = new UpdateIntake(
            inbox,
            new UpdateIntake.Dispatch() {
                @Override
                public void stored(InboxItem item) {
                    handed.add("stored " + item.deliveryKey());
                }

                @Override
                public void unstored(InboxItem item) {
                    handed.add("unstored " + item.deliveryKey());
                }
            },
            Clock.systemUTC());

    @AfterEach
    void stop() {
        intake.close();
    }

    private static Update message(int id, long chat, String text) {
        return new TolerantGetUpdates.Received(
                id,
                """
                {"update_id": %d, "message": {"message_id": %d, "date": 1763600000,
                 "chat": {"id": %d, "type": "private"}, "text": "%s"}}"""
                        .formatted(id, id, chat, text));
    }

    private static Update raw(int id, String json) {
        return new TolerantGetUpdates.Received(id, json);
    }

    private int offset() {
        return intake.nextRequest(null).getOffset();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    @Test
    void theOffsetConfirmsOnlyWhatIsStoredOnePastTheLastStoredUpdate() throws Exception {
        intake.start();
        assertThat(offset()).isZero(); // nothing yet: Telegram's earliest unconfirmed update

        intake.received(List.of(message(7, 1, "a"), message(8, 2, "b"), message(9, 1, "c")));

        await(() -> handed.size() == 3);
        assertThat(offset()).isEqualTo(10);
        assertThat(inbox.all())
                .extracting(InboxItem::deliveryKey)
                .containsExactly("telegram:update:7", "telegram:update:8", "telegram:update:9");
        assertThat(inbox.all())
                .extracting(InboxItem::personKey)
                .containsExactly("telegram:1", "telegram:2", "telegram:1");
        assertThat(handed)
                .containsExactly("stored telegram:update:7", "stored telegram:update:8", "stored telegram:update:9");
        // TelegramBots would hand the last update received (9); the request ignores it.
        assertThat(intake.nextRequest(9).getOffset()).isEqualTo(10);
        assertThat(intake.nextRequest(9).getTimeout()).isEqualTo(UpdateIntake.POLL_TIMEOUT_SECONDS);
    }

    @Test
    void unreadableUpdatesAndKindsTheBotDoesNotHandleAreSkippedAndConfirmed() throws Exception {
        intake.start();
        intake.received(List.of(
                raw(
                        1,
                        "{\"update_id\": 1, \"message\": {\"date\": \"soon\", \"chat\": {\"id\": 3, \"type\": \"private\"}}}"),
                raw(2, "{\"update_id\": 2, \"message\": {\"message_id\": 2, \"date\": 1, \"text\": \"no chat\"}}"),
                raw(3, "{\"update_id\": 3, \"message_reaction\": {\"chat\": {\"id\": 3, \"type\": \"private\"}}}"),
                raw(4, "{\"update_id\": 4, \"callback_query\": {\"from\": {\"id\": 3}}}"),
                raw(5, "not json at all"),
                message(6, 3, "fine")));

        await(() -> handed.size() == 1);
        assertThat(offset()).isEqualTo(7);
        assertThat(inbox.all()).extracting(InboxItem::deliveryKey).containsExactly("telegram:update:6");
        assertThat(handed).containsExactly("stored telegram:update:6");
    }

    @Test
    void whileStorageFailsNothingIsConfirmedEachUpdateIsHandedOverOnceAndStoredLater() throws Exception {
        intake.start();
        intake.received(List.of(message(1, 5, "stored before the failure")));
        await(() -> handed.size() == 1);
        assertThat(offset()).isEqualTo(2);

        inbox.failing.set(true);
        intake.received(List.of(message(2, 5, "I want to end it all")));
        long asked = System.nanoTime();
        assertThat(offset()).isEqualTo(2); // asked again after at most a second, confirming nothing new
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofMillis(1500));
        await(() -> handed.contains("unstored telegram:update:2"));
        intake.received(List.of(message(3, 6, "another")));
        await(() -> handed.contains("unstored telegram:update:3"));
        Thread.sleep(300); // the writer keeps retrying meanwhile
        assertThat(handed).filteredOn(h -> h.startsWith("unstored")).hasSize(2);

        inbox.failing.set(false);
        await(() -> handed.size() == 5);
        assertThat(offset()).isEqualTo(4);
        assertThat(handed).endsWith("stored telegram:update:2", "stored telegram:update:3");
    }

    @Test
    void whatTheInboxHeldAtStartIsHandedOverFirstAndNotStoredAgainWhenTelegramSendsItAgain() throws Exception {
        inbox.add(new InboxItem("telegram:update:40", "telegram:8", "{\"update_id\": 40}", Instant.now()));
        intake.start();
        assertThat(handed).containsExactly("stored telegram:update:40");

        // Not confirmed before the stop, so Telegram sends it again, with what came after it.
        intake.received(List.of(message(40, 8, "again"), message(41, 8, "new")));

        await(() -> handed.size() == 2);
        assertThat(offset()).isEqualTo(42);
        assertThat(handed).containsExactly("stored telegram:update:40", "stored telegram:update:41");
    }

    @Test
    void anUpdateReceivedTwiceInOneRunIsTakenOnce() throws Exception {
        intake.start();
        intake.received(List.of(message(1, 1, "a")));
        intake.received(new ArrayList<>(List.of(message(1, 1, "a"), message(2, 1, "b"))));
        await(() -> handed.size() == 2);
        assertThat(offset()).isEqualTo(3);
        assertThat(handed).hasSize(2);
    }
}
