package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.smallwins.cli.InProcessBot;
import org.smallwins.reframe.Messages;

/**
 * The bot at Telegram's pace (25 messages a second, one a second per chat) against the emulator,
 * killed and stopped in the middle of reviews: nothing anyone sent is lost, answered twice or stored
 * twice; buttons survive the restart. The tests run in order on one database: a bot process killed, a second
 * one stopped with SIGTERM, and after it a bot in this JVM ({@link InProcessBot}: what follows a stop is the
 * same code meeting the database that was left, without a third start of the jar).
 * An API that faults is {@link DeliveryFaultsIT}, with a bot of its own, so the two run side by side.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryIT {
    private static final String TOKEN = "777:e2e-delivery";
    private static final Messages TEXT = Messages.load();
    private static final int PEOPLE = 20;
    private static final long FIRST = 7001;
    private static final long NEWCOMER = 7500;
    private static TelegramEmulator emulator;
    private static Path db;
    private static BotProcess bot;
    private static InProcessBot afterTheStop;
    private static Crowd crowd;

    @BeforeAll
    static void startTheEmulatorAndTheBot() throws Exception {
        db = Files.createTempDirectory("smallwins-delivery").resolve("db");
        emulator = new TelegramEmulator();
        crowd = new Crowd(emulator, TOKEN, FIRST, PEOPLE);
        bot = start();
    }

    @AfterAll
    static void stopThem() {
        if (bot != null) {
            bot.close();
        }
        if (afterTheStop != null) {
            afterTheStop.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    /** A bot process on the emulator, at Telegram's pace. */
    private static BotProcess start() throws Exception {
        BotProcess started = new BotProcess(TOKEN, emulator.apiUrl(), db, BotProcess.Pacing.DEFAULT);
        started.awaitLog("Small Wins is up", Duration.ofSeconds(90));
        return started;
    }

    @Test
    @Order(1)
    void twentyPeopleMidReviewLoseNothingToASigkill() throws Exception {
        List<Long> chats = crowd.chats();
        for (long chat : chats) {
            emulator.sendText(TOKEN, chat, "/review");
        }
        crowd.awaitQuestion(chats, 1, Duration.ofSeconds(30));
        for (long chat : chats) {
            emulator.sendText(TOKEN, chat, Crowd.answer(chat, 1));
        }
        crowd.awaitQuestion(chats, 2, Duration.ofSeconds(30));
        for (long chat : chats) {
            emulator.sendText(TOKEN, chat, Crowd.answer(chat, 2));
        }
        Thread.sleep(400); // some answers handled, some replies sent, some neither
        long before = 0;
        for (long chat : chats) {
            before += crowd.count(chat, Crowd.question(3));
        }
        long killedAt = System.currentTimeMillis();
        bot.kill();
        System.out.printf("SIGKILL: %d of %d people had their third question before the kill%n", before, PEOPLE);

        bot = start();
        crowd.awaitQuestion(chats, 3, Duration.ofSeconds(60));

        long repeats = crowd.repeats(chats, 1, 3);
        System.out.printf("SIGKILL: every person got every reply; %d sent twice%n", repeats);
        // Delivery is at least once: a reply Telegram took in the moment before the kill, before the bot
        // could note it, comes again. A chat has one send in flight at a time (a second apart), so that is at
        // most one reply a chat, and only one that reached Telegram just before the kill.
        for (long chat : chats) {
            assertThat(crowd.repeats(List.of(chat), 1, 3))
                    .as("replies sent twice to chat %d", chat)
                    .isLessThanOrEqualTo(1);
        }
        for (TelegramEmulator.Sent twice : crowd.repeated(chats, 1, 3)) {
            assertThat(twice.atMillis())
                    .as("a reply sent twice was first taken just before the kill: %s", twice.text())
                    .isBetween(killedAt - 3_000, killedAt + 1_000);
        }
    }

    @Test
    @Order(2)
    void aSigtermInTheMiddleFinishesWithinTenSecondsAndLosesNothing() throws Exception {
        List<Long> chats = crowd.chats();
        // Someone new is welcomed, with a button to start, by the process about to stop.
        emulator.sendText(TOKEN, NEWCOMER, "/start");
        emulator.awaitText(TOKEN, NEWCOMER, "not a crisis service");
        for (long chat : chats) {
            emulator.sendText(TOKEN, chat, Crowd.answer(chat, 3));
        }
        Thread.sleep(300);
        double seconds = bot.terminate(Duration.ofSeconds(10));
        System.out.printf("SIGTERM with 20 answers arriving: stopped in %.1f s%n", seconds);
        assertThat(seconds).isLessThan(10);
        assertThat(bot.log()).anyMatch(line -> line.contains("Small Wins has stopped"));

        afterTheStop = InProcessBot.start(TOKEN, emulator.apiUrl(), db, Map.of());
        crowd.awaitQuestion(chats, 4, Duration.ofSeconds(60));
        assertThat(crowd.repeats(chats, 4, 4))
                .as("replies sent twice after a SIGTERM")
                .isZero();
    }

    @Test
    @Order(3)
    void buttonsShownBeforeARestartRunWhatTheyShowedAndOlderOnesStayExpired() throws Exception {
        // Person one's third question came from an earlier process, their fourth is the live one.
        long chat = FIRST;
        List<JsonNode> messages = emulator.messages(TOKEN, chat);
        String oldSkip = skipButton(messages, Crowd.question(3)); // shown by an earlier process
        String liveSkip = skipButton(messages, Crowd.question(4));

        emulator.press(TOKEN, chat, 1, oldSkip);
        awaitToast(TEXT.require("telegram.buttonExpired"), 1);
        emulator.press(TOKEN, chat, 1, liveSkip);
        emulator.awaitText(TOKEN, chat, Crowd.question(5));
        assertThat(crowd.count(chat, Crowd.question(5))).isEqualTo(1);

        // The welcome's button, shown by the process before this one, still starts a review.
        JsonNode welcome = emulator.messages(TOKEN, NEWCOMER).get(0);
        String start =
                welcome.at("/reply_markup/inline_keyboard/0/0/callback_data").asText();
        emulator.press(TOKEN, NEWCOMER, welcome.get("message_id").asLong(), start);
        emulator.awaitText(TOKEN, NEWCOMER, Crowd.question(1));
    }

    private static String skipButton(List<JsonNode> messages, String question) {
        for (JsonNode message : messages) {
            if (TelegramEmulator.text(message).contains(question)) {
                return message.at("/reply_markup/inline_keyboard/0/0/callback_data")
                        .asText();
            }
        }
        throw new AssertionError("no message asked: " + question);
    }

    private static void awaitToast(String toast, int times) throws Exception {
        for (int i = 0; i < 200; i++) {
            long seen = 0;
            for (JsonNode answer : emulator.callbackAnswers()) {
                seen += toast.equals(answer.path("text").asText()) ? 1 : 0;
            }
            if (seen >= times) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no button press was answered with: " + toast);
    }

    @Test
    @Order(6)
    void everyAnswerIsStoredOnceAndNothingIsLeftWaiting() throws Exception {
        assertThat(afterTheStop.stop()).as("seconds to stop").isLessThan(10);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + db, "smallwins", "smallwins")) {
            for (long chat : crowd.chats()) {
                Map<Integer, String> answers = answers(connection, "telegram:" + chat);
                assertThat(answers).as("chat %d", chat).containsEntry(1, Crowd.answer(chat, 1));
                assertThat(answers).containsEntry(2, Crowd.answer(chat, 2)).containsEntry(3, Crowd.answer(chat, 3));
                assertThat(reviews(connection, "telegram:" + chat))
                        .as("reviews of chat %d", chat)
                        .isEqualTo(1);
            }
            assertThat(rows(connection, "inbox")).as("updates left unhandled").isZero();
            assertThat(rows(connection, "outbox")).as("replies left unsent").isZero();
        }
    }

    private static Map<Integer, String> answers(Connection connection, String personKey) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT a.question_no, a.answer_text FROM answers a JOIN reviews r ON r.id = a.review_id"
                        + " JOIN people p ON p.id = r.person_id WHERE p.external_key = ? AND a.kind = 'ANSWERED'")) {
            select.setString(1, personKey);
            try (ResultSet rs = select.executeQuery()) {
                Map<Integer, String> answers = new TreeMap<>();
                while (rs.next()) {
                    assertThat(answers.put(rs.getInt(1), rs.getString(2))).isNull();
                }
                return answers;
            }
        }
    }

    private static long reviews(Connection connection, String personKey) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM reviews r JOIN people p ON p.id = r.person_id WHERE p.external_key = ?")) {
            select.setString(1, personKey);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long rows(Connection connection, String table) throws Exception {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
