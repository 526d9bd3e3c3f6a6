package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.smallwins.cli.InProcessBot;

/**
 * The bot at Telegram's pace behind an API that faults (429 with retry_after, 502, a dropped connection,
 * a call that stalls, a person who blocked the bot): replies are delayed but none is lost or sent twice,
 * and a fault in one chat holds up no other. A bot, emulator and database of its own, so it runs beside
 * {@link DeliveryIT}; the bot runs in this JVM ({@link InProcessBot}), since what is tested is how it meets
 * the API, and DeliveryIT starts the jar for what only a process shows (a kill, SIGTERM).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryFaultsIT {
    private static final String TOKEN = "779:e2e-faults";
    private static final int PEOPLE = 19;
    private static final long FIRST = 7101;
    private static final long BLOCKER = 7600;
    private static TelegramEmulator emulator;
    private static FaultProxy proxy;
    private static Path db;
    private static InProcessBot bot;
    private static Crowd crowd;

    @BeforeAll
    static void startTheEmulatorAndTheBot() throws Exception {
        db = Files.createTempDirectory("smallwins-faults").resolve("db");
        emulator = new TelegramEmulator();
        crowd = new Crowd(emulator, TOKEN, FIRST, PEOPLE);
        proxy = new FaultProxy(emulator.apiUrl());
        bot = InProcessBot.start(TOKEN, proxy.apiUrl(), db, Map.of());
    }

    @AfterAll
    static void stopThem() {
        if (bot != null) {
            bot.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    @Order(1)
    void faultsFromTheApiDelayRepliesButLoseOrRepeatNothingAndHoldUpNoOtherChat() throws Exception {
        List<Long> chats = crowd.chats();
        for (long chat : chats) {
            emulator.sendText(TOKEN, chat, "/review");
        }
        crowd.awaitQuestion(chats, 1, Duration.ofSeconds(30));
        proxy.faulty(true, BLOCKER);
        long started = System.currentTimeMillis();
        emulator.sendText(TOKEN, BLOCKER, "/start");
        for (long chat : chats) {
            emulator.sendText(TOKEN, chat, Crowd.answer(chat, 1));
        }
        crowd.awaitQuestion(chats, 2, Duration.ofSeconds(60));
        awaitACallFor(BLOCKER, Duration.ofSeconds(10)); // answered 403: the bot drops that chat's replies
        proxy.faulty(false, 0);

        assertThat(crowd.repeats(chats, 2, 2))
                .as("replies sent twice through the faults")
                .isZero();
        List<FaultProxy.Event> sends = proxy.events.stream()
                .filter(e -> e.method().equals("sendmessage"))
                .toList();
        assertThat(sends).extracting(FaultProxy.Event::outcome).contains("429", "502", "drop", "stall", "403");
        assertThat(proxy.eventsFor(BLOCKER))
                .as("tries to reach the person who blocked the bot")
                .hasSize(1);
        for (FaultProxy.Event tooMany :
                sends.stream().filter(e -> e.outcome().equals("429")).toList()) {
            List<FaultProxy.Event> chat = proxy.eventsFor(tooMany.chatId());
            FaultProxy.Event next = chat.get(chat.indexOf(tooMany) + 1);
            assertThat(next.atMillis() - tooMany.atMillis())
                    .as("retry_after honoured")
                    .isGreaterThanOrEqualTo(FaultProxy.RETRY_AFTER_SECONDS * 1000L - 50);
        }
        // The stalled send held up only its own chat: most people had their reply before it ended.
        FaultProxy.Event stall = sends.stream()
                .filter(e -> e.outcome().equals("stall"))
                .findFirst()
                .orElseThrow();
        long doneBeforeStallEnded = 0;
        for (long chat : chats) {
            if (chat != stall.chatId()
                    && firstAt(chat, Crowd.question(2)) < stall.atMillis() + FaultProxy.STALL.toMillis()) {
                doneBeforeStallEnded++;
            }
        }
        System.out.printf(
                "Faults: %d calls faulted (%s); all %d people answered once, %d before the stalled call ended; %d s%n",
                proxy.events.stream()
                        .filter(e -> !e.outcome().equals("forward"))
                        .count(),
                proxy.events.stream()
                        .map(FaultProxy.Event::outcome)
                        .filter(o -> !o.equals("forward"))
                        .distinct()
                        .toList(),
                chats.size(),
                doneBeforeStallEnded,
                (System.currentTimeMillis() - started) / 1000);
        assertThat(doneBeforeStallEnded).isGreaterThanOrEqualTo(chats.size() / 2);
        assertThat(bot.log()).noneMatch(line -> line.contains("walked to the shop"));
    }

    private static void awaitACallFor(long chat, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (proxy.eventsFor(chat).isEmpty()) {
            assertThat(System.nanoTime()).as("a call for chat %d", chat).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static long firstAt(long chat, String fragment) throws Exception {
        return emulator.sentAfter(TOKEN, 0, Duration.ZERO).stream()
                .filter(s -> s.chatId() == chat && s.text().contains(fragment))
                .mapToLong(TelegramEmulator.Sent::atMillis)
                .min()
                .orElse(Long.MAX_VALUE);
    }

    @Test
    @Order(2)
    void afterTheFaultsEveryAnswerIsStoredOnceAndNothingIsLeftWaiting() throws Exception {
        List<Long> chats = crowd.chats();
        assertThat(bot.stop()).as("seconds to stop").isLessThan(10);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + db, "smallwins", "smallwins")) {
            for (long chat : chats) {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT COUNT(*), MIN(a.answer_text) FROM answers a JOIN reviews r ON r.id = a.review_id"
                                + " JOIN people p ON p.id = r.person_id WHERE p.external_key = ?")) {
                    select.setString(1, "telegram:" + chat);
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        assertThat(rs.getLong(1)).as("answers of chat %d", chat).isEqualTo(1);
                        assertThat(rs.getString(2)).isEqualTo(Crowd.answer(chat, 1));
                    }
                }
            }
            for (String table : List.of("inbox", "outbox")) {
                try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                        ResultSet rs = select.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("rows left in " + table).isZero();
                }
            }
        }
    }
}
